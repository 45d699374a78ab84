"""The app takes the terminal's size, not a stale LINES or COLUMNS from the environment
(GNU readline exports them in a process without a terminal; a shell can, too)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"


def test_a_stale_lines_in_the_environment_does_not_shrink_the_screen(
    term: Terminal, plain_program: Path
) -> None:
    term.start(
        "run",
        str(plain_program),
        "--sessions-dir",
        "sessions",
        env={"LINES": "24", "COLUMNS": "80"},
    )
    term.wait_for(READY)
    rows = term.screen().rstrip("\n").split("\n")
    assert len(rows) == term.height  # the key bar on the terminal's last row, not the 24th
    assert READY in rows[-1]
    assert len(rows[-1]) > 80  # the whole width, not COLUMNS
