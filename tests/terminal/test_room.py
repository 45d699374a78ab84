"""Deciding in the room and its screen, in a real terminal: a vote typed in one burst and
key by key (Tab between the numbers, Enter saves), and /skærm on a display seat."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of, notes_of

READY = "F5 Start/pause"
PEOPLE = ("/deltager Anne", "/deltager Bo", "/deltager Carla")
DECISION = "Vedtaget: Ny router (for 2, imod 1, undlader 0 · 3 til stede)"


def vote_decisions(sessions: Path) -> list[str]:
    events = events_of(sessions)
    votes = [e["data"] for e in events if e["type"] == "vote_counted"]
    assert [(v["for"], v["against"], v["abstain"], v["present"]) for v in votes] == [(2, 1, 0, 3)]
    return [e["data"]["text"] for e in events if e["type"] == "decision_added"]


def test_a_vote_typed_in_one_burst_lands_in_its_fields_and_the_notes_go_on(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    people = [part for line in PEOPLE for part in (line, "<Enter>")]
    term.burst(
        "<F5>", *people, "/afstemning Ny router", "<Enter>",
        "2", "<Tab>", "1", "<Enter>", "efter afstemningen",
    )  # fmt: skip
    term.wait_for("efter afstemningen")
    assert term.quit() == 0
    assert vote_decisions(tmp_path / "sessions") == [DECISION]
    assert notes_of(tmp_path / "sessions")["alfa"] == "efter afstemningen"


def test_a_vote_typed_key_by_key_is_the_same(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>")
    for line in (*PEOPLE, "/afstemning Ny router"):
        term.one_by_one(line, pause=0.01)
        term.burst("<Enter>")
    term.wait_for("Afstemning: Ny router")
    term.one_by_one("2")
    term.burst("<Tab>")
    term.one_by_one("1")
    term.burst("<Tab>")
    term.one_by_one("4")  # undlader 4: more than the room holds, the form says so and stays
    term.burst("<Enter>")
    term.wait_for("7 stemmer, men kun 3 til stede")
    term.burst("<BSpace>")
    term.burst("<Enter>")
    term.wait_until(lambda screen: "Afstemning: Ny router" not in screen, "the form closed")
    term.one_by_one("videre")
    term.wait_for("videre")
    assert term.quit() == 0
    assert vote_decisions(tmp_path / "sessions") == [DECISION]


def test_skaerm_is_shown_on_a_display_seat_until_it_is_cleared(
    term: Terminal, plain_program: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.start("display", "--sessions-dir", "sessions", seat="d")
    screen = term.wait_for("Vi starter snart", seat="d")  # the welcome, before F5
    assert "Dagsorden" in screen and "Pause" not in screen
    term.burst("/skærm Kaffen er klar i køkkenet", "<Enter>")
    term.wait_for("Kaffen er klar i køkkenet", seat="d")
    term.burst("/skærm", "<Enter>")
    term.wait_until(lambda shown: "Kaffen" not in shown, "the message gone", seat="d")
    assert term.quit() == 0
