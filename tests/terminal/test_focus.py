"""Focus never slips away with the typing: after the big clock, Tab, and while a referent
writes the notes at another seat."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, notes_of

READY = "F5 Start/pause"


def test_after_the_big_clock_the_notes_take_the_typing_again(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("før uret ", "<F2>", "<F2>", "efter uret")
    term.wait_for("efter uret")
    term.burst("<F2>")
    term.wait_for_mode("Ordstyrertaster")
    term.burst("q")  # while the big clock is up, a key that means nothing is said, not lost
    term.wait_for("gør intet som ordstyrertast")
    term.burst("<Escape>")
    term.wait_for_mode("Referat")
    term.burst(" og til sidst")
    assert term.quit() == 0
    assert notes_of(tmp_path / "sessions")["alfa"] == "før uret efter uret og til sidst"


def test_tab_never_strands_typing_in_a_panel_that_cannot_take_it(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    # With an entry under the notes, Tab moves to the list of entries: letters still land.
    term.burst("/beslutning Vi mødes igen", "<Enter>", "linje et", "<Enter>")
    term.burst("<Tab>", "linje to", "<Enter>", "<Tab>", "<Tab>", "linje tre")
    term.wait_for("linje tre")
    assert term.quit() == 0
    lines = [line for line in notes_of(tmp_path / "sessions")["alfa"].split("\n") if line]
    assert lines == ["linje et", "linje to", "linje tre"]


def test_the_chairs_typing_is_refused_visibly_while_a_referent_writes(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("ordstyrerens første ord")
    term.wait_for("ordstyrerens første ord")
    term.start("join", "--as", "referent", "--sessions-dir", "sessions", seat="r")
    term.wait_for("Referent ·", seat="r")
    term.wait_for("referenten skriver")  # the chair's notes border says who writes them
    term.burst(" og mere fra ordstyreren")
    term.wait_for("Referenten skriver referatet")  # the notice: not written, and why
    term.burst(" og referentens", seat="r")
    term.wait_for("og referentens", seat="r")
    assert term.quit(seat="r") == 0
    assert term.quit() == 0
    text = notes_of(tmp_path / "sessions")["alfa"]
    assert "mere fra ordstyreren" not in text
    assert "ordstyrerens første ord" in text and "og referentens" in text
