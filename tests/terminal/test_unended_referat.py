"""The tester's case in a real terminal: F10 while the meeting runs says it runs; after the
chair is killed (no end, no lock), `export` stops the times at the last event and says the
meeting was not ended."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from facilitator.core.clock import local_zone
from facilitator.core.events import parse_utc
from facilitator.i18n import format_clock_time
from tests.terminal.harness import Terminal, events_of, export_referat, session_folder

READY = "F5 Start/pause"


def test_a_killed_chairs_meeting_stops_at_its_last_event(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>", "/beslutning Vi ses igen", "<Enter>")
    term.wait_for("Beslutning: Vi ses igen")
    term.burst("<F10>")
    term.wait_for("Referatet er gemt")
    folder = session_folder(tmp_path / "sessions")
    written = (folder / "referat.md").read_text(encoding="utf-8")
    assert "– mødet er i gang" in written and "ikke afsluttet" not in written
    assert "– mødet er i gang" in export_referat(tmp_path)  # the chair's seat holds it
    os.kill(term.pid(), signal.SIGKILL)
    assert term.exit_code() != 0
    last = parse_utc(events_of(tmp_path / "sessions")[-1]["at"])
    shown = format_clock_time(last.astimezone(local_zone()))
    referat = export_referat(tmp_path)
    assert "mødet er i gang" not in referat
    assert f"–{shown} (ikke afsluttet)" in referat
    assert (
        "*Mødet blev ikke afsluttet; tiderne går til det sidste, der blev registreret,"
        f" kl. {shown}.*"
    ) in referat
