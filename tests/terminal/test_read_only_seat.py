"""A second `resume` of a running meeting only reads: its key bar shows only the keys that
work there, and a chair key pressed there says why it does nothing (F6 said nothing, and F9
opened »Hvem vil have ordet?« and then dropped the name, a tester found)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of

READY = "F5 Start/pause"
WHY = "Her kan du kun se med"


def test_the_read_only_seat_offers_only_its_keys_and_says_why_the_others_do_nothing(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>")
    term.wait_for("kl.")
    term.start("resume", "--sessions-dir", "sessions", seat="second")
    term.wait_for("Skrivebeskyttet", seat="second")
    term.wait_for("F1 Hjælp", seat="second")
    bar = term.screen(seat="second").rstrip("\n").splitlines()[-1]
    assert "F5" not in bar and "F6" not in bar and "F9" not in bar, bar
    assert "F2 Stort ur" in bar and "Ctrl+Q Afslut" in bar, bar
    seat = term.screen(seat="second")  # its talerliste does not offer F9 either
    assert "F9 sætter" not in seat and "Ingen på listen" in seat, seat
    before = len(events_of(tmp_path / "sessions"))
    term.burst("<F6>", seat="second")
    term.wait_for(WHY, seat="second")
    term.burst("<F9>", "Anne", "<Enter>", seat="second")
    screen = term.wait_for(WHY, seat="second")
    assert "Hvem vil have ordet?" not in screen, screen
    term.burst("<Escape>", seat="second")
    term.wait_for_mode("Ordstyrertaster", seat="second")
    term.burst("n", seat="second")
    term.wait_for(WHY, seat="second")
    assert len(events_of(tmp_path / "sessions")) == before
    assert term.quit(seat="second") == 0
    assert term.quit() == 0
