"""Shift+F3 opens the walk through the open actions in a real terminal: tmux sends it as
`ESC [ 1 ; 2 R`, which Textual read as a cursor position report, so it did nothing."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"


def test_shift_f3_at_siden_sidst_opens_the_walk(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run, seat="first")
    term.wait_for(READY, seat="first")
    term.burst("/handling @Bo Bestil lokale", "<Enter>", seat="first")
    term.wait_for("Handling h1", seat="first")
    assert term.quit(seat="first") == 0
    term.start(*run)
    term.wait_for("1. Bestil lokale (Bo)")
    term.burst("<S-F3>")
    term.wait_for("1 af 1")
    term.burst("<Escape>")
    assert term.quit() == 0
