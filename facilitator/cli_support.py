"""Small facts about the machine that both the CLI and the app need."""

from __future__ import annotations

from datetime import datetime, tzinfo


def local_zone() -> tzinfo:
    """The machine's own time zone: the chair reads the clock on the wall."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
