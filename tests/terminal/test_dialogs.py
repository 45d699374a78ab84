"""Dialogs under fast hands: typed straight after the key that opens them, closed with two
Enters in one burst, pasted into."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of, notes_of, terminal

READY = "F5 Start/pause"


def test_two_enters_close_the_dialog_once_and_the_second_goes_to_the_notes(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    for name in ("Anne", "Bo", "Carla"):
        term.burst("<F9>", name, "<Enter>", "<Enter>", f"efter {name}")
    term.wait_for("efter Carla")
    assert term.quit() == 0  # no ScreenStackError
    queued = [e["data"] for e in events_of(tmp_path / "sessions") if e["type"] == "speaker_queued"]
    assert len(queued) == 3
    assert notes_of(tmp_path / "sessions")["alfa"] == "\nefter Anne\nefter Bo\nefter Carla"


def test_typing_straight_after_f6_on_a_decision_block_goes_into_its_dialog_whole(
    term: Terminal, decision_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(decision_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst(
        "<F5>", "om forslaget ", "<F6>", "drøftet i beslutningspunktet ", "<F6>",
        "Aftalt at vi mødes den første torsdag i måneden", "<Enter>", "videre i næste punkt",
    )  # fmt: skip
    term.wait_for("videre i næste punkt")
    assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    decisions = [e["data"] for e in events if e["type"] == "decision_added"]
    assert [d["text"] for d in decisions] == ["Aftalt at vi mødes den første torsdag i måneden"]
    assert decisions[0]["block"] == "beslutning"
    notes = notes_of(tmp_path / "sessions")
    assert notes == {
        "forslag": "om forslaget ",
        "beslutning": "drøftet i beslutningspunktet ",
        "bagefter": "videre i næste punkt",
    }


def test_a_paste_into_the_name_field_takes_its_first_line(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F9>")
    term.wait_for("Hvem vil have ordet?")
    term.paste("\nAnne Holm\x1b[31m, pædagog\nBo Berg\n")
    term.burst("<Enter>")
    term.wait_for("Anne Holm[31m")
    assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    added = [e["data"] for e in events if e["type"] == "participant_added"]
    assert [(p["name"], p.get("faglighed")) for p in added] == [("Anne Holm[31m", "pædagog")]


def test_a_form_typed_in_one_burst_keeps_every_field_whole(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst(
        "/næste", "<Enter>", "12.1.2027", "<Enter>", "19:00", "<Enter>",
        "Kulturhuset, lokale 2", "<Enter>", "Anne Holm", "<Enter>", "Bo Berg", "<Enter>",
        "noter bagefter",
    )  # fmt: skip
    term.wait_for("noter bagefter")
    assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    (meeting,) = [e["data"] for e in events if e["type"] == "next_meeting_set"]
    assert meeting == {
        "date": "2027-01-12",
        "time": "19:00",
        "place": "Kulturhuset, lokale 2",
        "chair": "Anne Holm",
        "referent": "Bo Berg",
    }
    assert notes_of(tmp_path / "sessions")["alfa"] == "noter bagefter"


def test_a_name_too_long_keeps_the_dialog_open_with_what_was_typed(
    plain_program: Path, tmp_path: Path
) -> None:
    """Closed with the refusal, F9's dialog took the 200 characters with it, and the next
    Esc went to the run screen's key mode (a tester, in tmux at 80x24)."""
    with terminal(tmp_path, 80, 24) as term:
        term.start("run", str(plain_program), "--sessions-dir", "sessions")
        term.wait_for(READY)
        term.burst("<F9>", "Y" * 200, "<Enter>")
        screen = term.wait_for("højst være 60 tegn (det her er 200)")
        assert "Hvem vil have ordet?" in screen, screen
        term.burst("<C-u>", "Anne Holm", "<Enter>", "efter Anne")
        term.wait_for("efter Anne")
        assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    added = [e["data"]["name"] for e in events if e["type"] == "participant_added"]
    assert added == ["Anne Holm"]
    assert len([e for e in events if e["type"] == "speaker_queued"]) == 1
    assert notes_of(tmp_path / "sessions")["alfa"] == "efter Anne"
