"""A group's next meeting starts with the notes taking the keys: the roster of last time is
offered, not opened, so words typed the moment the screen is up are notes, not roll call."""

from __future__ import annotations

import json
from pathlib import Path

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"
WORDS = "Vi starter nu med en runde om vagtplanen"


def test_words_typed_as_a_group_meeting_opens_go_to_the_notes(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("/deltager Anne Holm, pædagog", "<Enter>", "/deltager Bo", "<Enter>")
    term.wait_for("Bo")
    assert term.quit() == 0

    # The second meeting: the keys are sent the moment the screen is up.
    term.start(*run, seat="second")
    term.wait_for(READY, seat="second")
    term.burst(WORDS, "<Enter>", "næste linje", seat="second")
    term.wait_for("næste linje", seat="second")
    term.wait_for("Ctrl+F12", seat="second")  # the roster is offered, in a notice
    term.burst("<C-F12>", seat="second")
    term.wait_for("Anne Holm", seat="second")
    term.burst("x", seat="second")
    term.wait_for("Her skrives ikke", seat="second")  # a letter there is refused visibly
    term.burst("<Escape>", seat="second")
    assert term.quit(seat="second") == 0

    sessions = tmp_path / "sessions"
    second = sorted(path for path in sessions.iterdir() if path.is_dir())[-1]
    events = [json.loads(line) for line in (second / "events.jsonl").read_text().splitlines()]
    assert not [event for event in events if "attendance" in event["type"]]
    assert not [event for event in events if event["type"].startswith("participant")]
    (notes,) = (second / "notes").glob("*.md")
    assert f"{WORDS}\nnæste linje" in notes.read_text(encoding="utf-8")
