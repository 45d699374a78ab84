"""`/godkend` says who approved as `show` and the referat do: »Anne, Bo, Carla Nielsen og
Finn Rød« (the notice listed them with commas only, a tester found)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"


def test_the_approval_notice_lists_the_names_with_og(term: Terminal, plain_program: Path) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("<F5>", "/beslutning Vi mødes igen", "<Enter>")
    term.wait_for("Vi mødes igen")
    assert term.quit("a") == 0
    term.start(*run, seat="second")
    term.wait_for(READY, seat="second")
    term.burst("/fremmøde Anne, Bo, Carla Nielsen, Finn Rød", "<Enter>", seat="second")
    term.burst("/godkend", "<Enter>", seat="second")
    term.wait_for("godkendt af Anne, Bo, Carla Nielsen og Finn Rød.", seat="second")
    assert term.quit(seat="second") == 0
