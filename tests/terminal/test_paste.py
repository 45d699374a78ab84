"""A paste lands once, whole, in the notes; its control characters are not sent on."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, notes_of

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
