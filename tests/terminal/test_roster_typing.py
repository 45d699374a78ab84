"""The roster (Ctrl+F12) in a real terminal: a sentence typed at it in one burst changes
nobody's attendance and opens no form (its spaces and its n are held back with the letters),
N adds a person in either case, and the edit form keeps an edit it refuses."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"
HELD = "holder et sekunds pause"


def second_meeting(term: Terminal, program: Path) -> None:
    """The group's second meeting, its roster (Anne Holm, from the first) open."""
    run = ("run", str(program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("/deltager Anne Holm, pædagog", "<Enter>")
    term.wait_for("Anne Holm")
    assert term.quit() == 0
    term.start(*run, seat="second")
    term.wait_for(READY, seat="second")
    term.wait_for("Ctrl+F12", seat="second")
    term.burst("<C-F12>", seat="second")
    term.wait_for("ikke markeret", seat="second")


def second_events(sessions: Path) -> list[dict[str, Any]]:
    second = sorted(path for path in sessions.iterdir() if path.is_dir())[-1]
    lines = (second / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_a_sentence_typed_at_the_roster_changes_nothing_and_opens_no_form(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    second_meeting(term, plain_program)
    term.burst("hej med jer", "<Enter>", "vi er nu klar", seat="second")
    term.wait_for(HELD, seat="second")
    time.sleep(0.5)  # whatever the burst did has been drawn by now
    screen = term.screen(seat="second")
    assert "ikke markeret" in screen, screen
    assert "Ny deltager" not in screen and "Ret deltager" not in screen, screen
    # After a pause Space marks again, as the notice says.
    time.sleep(1.1)
    term.burst(" ", seat="second")
    term.wait_for("[Til stede]", seat="second")
    # And an arrow lifts the guard at once: a letter, ↓, Space.
    term.burst("x", "<Down>", " ", seat="second")
    term.wait_for("[Afbud]", seat="second")
    term.burst("<Escape>", seat="second")
    assert term.quit(seat="second") == 0
    events = second_events(tmp_path / "sessions")
    marks = [e["data"]["status"] for e in events if e["type"] == "attendance_set"]
    assert marks == ["present", "afbud"]
    assert not [e for e in events if e["type"].startswith("participant")]


def test_capital_n_adds_a_person_as_n_does(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    second_meeting(term, plain_program)
    time.sleep(1.1)  # N opens a form a pause after the list opened
    term.burst("N", seat="second")
    term.wait_for("Ny deltager", seat="second")
    term.burst("Bo Berg", "<F2>", seat="second")
    term.wait_until(lambda s: "Ny deltager" not in s, "the form closed", seat="second")
    time.sleep(1.1)  # and a pause after a form
    term.burst("n", seat="second")
    term.wait_for("Ny deltager", seat="second")
    term.burst("Carla", "<F2>", seat="second")
    term.wait_for("Carla", seat="second")
    term.burst("<Escape>", seat="second")
    assert term.quit(seat="second") == 0
    events = second_events(tmp_path / "sessions")
    added = [e["data"]["name"] for e in events if e["type"] == "participant_added"]
    assert added == ["Bo Berg", "Carla"]


def test_a_sentence_begun_with_n_as_the_list_opens_or_after_a_space_opens_no_form(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    """`/deltagere` and a sentence at once, then Space after a pause and a sentence at
    once: each began with an n that opened the form and took the rest as a name."""
    second_meeting(term, plain_program)
    term.burst("<Escape>", seat="second")
    term.wait_until(lambda s: "ikke markeret" not in s, "the roster closed", seat="second")
    term.burst("/deltagere", "<Enter>", "Nu er alle her", "<Enter>", seat="second")
    screen = term.wait_for(HELD, seat="second")
    assert "Ny deltager" not in screen and "ikke markeret" in screen, screen
    time.sleep(1.1)
    term.burst(" ", "Nu kommer Bo og Dorte ind", "<Enter>", seat="second")
    term.wait_for("[Til stede]", seat="second")
    screen = term.wait_for(HELD, seat="second")
    time.sleep(0.5)  # whatever the burst did has been drawn by now
    screen = term.screen(seat="second")
    assert "Ny deltager" not in screen and "Ret deltager" not in screen, screen
    # After a pause, a sentence that begins with N, or with Enter: their forms wait a
    # moment, and the next letter keeps them shut (a tester saved »u går vi videre«).
    for sentence in (("Nu går vi videre",), ("<Enter>", "og så siger Bo hej")):
        time.sleep(1.1)
        term.burst(*sentence, *["<Enter>"] * 5, seat="second")
        time.sleep(1.0)  # what the burst did has been drawn (the form would be open)
        screen = term.screen(seat="second")
        assert "Ny deltager" not in screen and "Ret deltager" not in screen, screen
    term.burst("<Escape>", seat="second")
    assert term.quit(seat="second") == 0
    events = second_events(tmp_path / "sessions")
    assert not [e for e in events if e["type"].startswith("participant")]
    marks = [e["data"]["status"] for e in events if e["type"] == "attendance_set"]
    assert marks == ["present"]


def test_a_name_too_long_keeps_the_edit_form_open_with_the_other_fields(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    second_meeting(term, plain_program)
    term.burst("<Down>", "<Enter>", seat="second")  # an arrow: Enter edits at once
    term.wait_for("Ret deltager", seat="second")
    term.burst("<C-u>", "Y" * 203, "<Tab>", "<C-u>", "socialrådgiver", "<F2>", seat="second")
    screen = term.wait_for("højst være 60 tegn", seat="second")
    assert "Ret deltager" in screen and "socialrådgiver" in screen, screen
    term.burst("<C-u>", "Anne Holm-Berg", "<F2>", seat="second")  # the name has the focus
    term.wait_until(lambda s: "Ret deltager" not in s, "the form closed", seat="second")
    term.wait_for("Anne Holm-Berg, socialrådgiver", seat="second")
    term.burst("<Escape>", seat="second")
    assert term.quit(seat="second") == 0
    events = second_events(tmp_path / "sessions")
    changes = [e["data"] for e in events if e["type"] == "participant_changed"]
    assert [(c.get("name"), c.get("faglighed")) for c in changes] == [
        ("Anne Holm-Berg", "socialrådgiver")
    ]
