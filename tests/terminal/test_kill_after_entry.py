"""kill -9 a moment after a typed `/beslutning`: the decision is on disk, and so is the
line typed just before it (the autosave alone is up to 5 s behind the typing)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from tests.terminal.harness import Terminal, events_of, notes_of

READY = "F5 Start/pause"


def test_the_line_before_a_decision_survives_kill_minus_nine(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("Normal tekst lige før", "<Enter>", "/beslutning KILLB vedtaget", "<Enter>")
    term.wait_for("Beslutning: KILLB")
    os.kill(term.pid(), signal.SIGKILL)
    term.exit_code()
    sessions = tmp_path / "sessions"
    decided = [e for e in events_of(sessions) if e["type"] == "decision_added"]
    assert [e["data"]["text"] for e in decided] == ["KILLB vedtaget"]
    notes = "".join(notes_of(sessions).values())
    assert "Normal tekst lige før" in notes
    assert "/beslutning" not in notes
