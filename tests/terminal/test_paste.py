"""A paste lands once, whole, in the notes; its control characters are not sent on."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of, notes_of

READY = "F5 Start/pause"


def test_a_long_paste_with_control_characters_lands_once(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    about = "om beboerhøringen og trappevasken i opgang B"
    lines = [f"linje {number:03d} {about}" for number in range(200)]
    body = "\n".join(lines)  # 10,000 characters or more
    assert len(body) >= 10_000
    hostile = "\x1b]52;c;aGVq\x07 farve\x1b[31m rød\x1b[0m ding\x07 slut"
    term.burst("før ")
    term.paste(body + "\n" + hostile)
    term.burst(" efter")
    term.wait_for("efter")
    assert term.quit() == 0
    text = notes_of(tmp_path / "sessions")["alfa"]
    assert text.count("linje 000") == 1 and text.count("linje 199") == 1
    assert text.startswith("før linje 000")
    assert text.endswith("farve[31m rød[0m ding slut efter")
    assert "\x1b" not in text and "\x07" not in text
    assert text.count("\n") == 200


def test_a_pasted_word_line_stays_text_and_is_said_and_enter_on_it_records_it(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    """50 lines with æøå, tabs and markup, a /beslutning line in the middle: it lands as
    text, once, and the chair is told it was not carried out; Enter at its end records it."""
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    lines = [f"linje {n:02d}\tæøå [bold]ikke fed[/bold]" for n in range(50)]
    lines[25] = "/beslutning Vi mødes hver 4. uge på Ærø [bold]fed[/bold]"
    term.paste("\n".join(lines))
    screen = term.wait_for("blev ikke udført")
    assert "»/beslutning Vi mødes hver 4. uge på" in screen, screen
    term.burst(*["<Up>"] * 24, "<End>", "<Enter>")  # from the paste's end to its line
    term.wait_for("Vi mødes hver 4. uge på Ærø [bold]fed[/bold]")
    assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    decisions = [e["data"]["text"] for e in events if e["type"] == "decision_added"]
    assert decisions == ["Vi mødes hver 4. uge på Ærø [bold]fed[/bold]"]
    # Its line is emptied, the cursor on it, as after a /… line typed and Enter.
    kept = "\n".join("" if n == 25 else line for n, line in enumerate(lines))
    assert notes_of(tmp_path / "sessions")["alfa"] == kept
