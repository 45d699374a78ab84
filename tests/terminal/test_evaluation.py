"""The evaluation form in a real terminal: two answers typed in one burst (the second form
opens between them), a third key by key; the log and the exported referat read back."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of, notes_of, session_folder

READY = "F5 Start/pause"
PROGRAM = """
[program]
title = "Evalueringstest"

[[block]]
id = "siden-sidst"
title = "Siden sidst"
minutes = 10

[[block]]
id = "evaluering"
title = "Evaluering"
minutes = 30
kind = "evaluation"
"""


def answer(*scores: str, sentence: str) -> list[str]:
    """One person's answer as keys: a score, Tab, …, the sentence, Enter."""
    keys: list[str] = []
    for score in scores:
        keys += [score, "<Tab>"]
    return [*keys, sentence, "<Enter>"]


def test_evaluations_typed_in_a_burst_and_key_by_key_are_saved_whole(
    term: Terminal, tmp_path: Path
) -> None:
    program = tmp_path / "evalueringstest.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    term.start("run", str(program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    for name in ("Anne", "Bo", "Carla"):
        term.burst(f"/deltager {name}", "<Enter>")
        term.wait_for(f"{name} er med i mødet")
    term.burst("<F5>", "<F6>", "<F8>")
    term.wait_for("Evaluering: Anne (1 af 3)")
    # Anne's and Bo's answers arrive together: Bo's keys wait for his form.
    term.burst(
        *answer("4", "3", "5", "4", sentence="Gode temaer, æøå"),
        *answer("2", "2", "3", "1", sentence="Mere tid til runden"),
    )
    term.wait_for("Evaluering: Carla (3 af 3)")
    for key in answer("5", "4", "4", "3", sentence="Tak"):
        for part in [key] if key.startswith("<") else list(key):
            term.burst(part)
    term.wait_for("tilstedeværende har svaret")
    term.burst("<F10>")
    term.wait_for("referat.html")
    assert term.quit() == 0

    sessions = tmp_path / "sessions"
    given = [e["data"] for e in events_of(sessions) if e["type"] == "evaluation_given"]
    assert [(d["name"], d["scores"], d["sentence"]) for d in given] == [
        ("Anne", {"indhold": 4, "form": 3, "stemning": 5, "trivsel": 4}, "Gode temaer, æøå"),
        ("Bo", {"indhold": 2, "form": 2, "stemning": 3, "trivsel": 1}, "Mere tid til runden"),
        ("Carla", {"indhold": 5, "form": 4, "stemning": 4, "trivsel": 3}, "Tak"),
    ]
    # Not a key of the answers landed in the notes.
    assert all(not text.strip() for text in notes_of(sessions).values())
    referat = (session_folder(sessions) / "referat.md").read_text(encoding="utf-8")
    assert "**Evaluering – 3 har svaret**" in referat
    assert "- indhold: 3,7 i gennemsnit" in referat
    assert "- trivsel: 2,7 i gennemsnit" in referat
    assert "- Bo: Mere tid til runden" in referat
    html = (session_folder(sessions) / "referat.html").read_text(encoding="utf-8")
    assert "<li>Anne: Gode temaer, æøå</li>" in html
