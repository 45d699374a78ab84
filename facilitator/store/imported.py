"""The mark an imported session folder carries: `.overdraget.json`.

A session that came from another laptop's handover is the past here: nothing resumes it
(`store/resume.py` passes it over, the chair's and the referent's seats refuse it), even
when the meeting was never ended over there. The mark also keeps what was imported (a
checksum of it), so a later import can tell whether this laptop changed its copy since.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write, read_text_inside

IMPORTED_NAME = ".overdraget.json"
MARK_FORMAT = 1


def is_imported(folder: Path) -> bool:
    return os.path.lexists(folder / IMPORTED_NAME)


def imported_digest(folder: Path) -> str | None:
    """The checksum of what the last import wrote; None for a folder held here (or a mark
    that cannot be read, which then counts as changed: never overwritten unasked)."""
    if not is_imported(folder):
        return None
    with contextlib.suppress(StoreError, ValueError, RecursionError):
        data = json.loads(read_text_inside(folder / IMPORTED_NAME) or "")
        digest = data.get("digest") if isinstance(data, dict) else None
        if isinstance(digest, str):
            return digest
    return ""


def write_mark(folder: Path, digest: str, made: str, imported_at: str) -> None:
    data = {"format": MARK_FORMAT, "digest": digest, "handover_made": made, "at": imported_at}
    atomic_write(folder / IMPORTED_NAME, json.dumps(data).encode("utf-8"))
