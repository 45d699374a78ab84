"""Keys typed while the app is still starting: the terminal is not yet in raw mode, so it
turns each Enter into a line feed (Ctrl+J). Those must still break the lines."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, notes_of

READY = "F5 Start/pause"


def test_lines_typed_before_the_screen_is_up_stay_lines(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.burst("linje1 abc", "<Enter>", "linje2", "<Enter>", "linje3")  # at once, not waited
    term.wait_for(READY)
    term.wait_for("linje3")
    assert term.quit() == 0
    notes = "".join(notes_of(tmp_path / "sessions").values())
    assert "linje1 abc\nlinje2\nlinje3" in notes
