"""A byte that is not UTF-8 (a Latin-1 æ) shows as � and the meeting goes on: the keys
before and after it land, typed and pasted. It closed the app on every seat before, with
exit status 0 (tui/input_bytes.py)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, notes_of

READY = "F5 Start/pause"


def test_a_latin1_byte_typed_and_pasted_shows_as_a_replacement(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("Hej med ")
    term.tmux("send-keys", "-t", "t", "-H", "e6")  # æ in Latin-1: not UTF-8
    term.burst("r og så videre")
    term.wait_for("og så videre")
    # A paste of a Latin-1 file: »blåbær« as bytes e5 and e6.
    term.tmux("send-keys", "-t", "t", "-H", "1b", "5b", "32", "30", "30", "7e")
    term.tmux("send-keys", "-t", "t", "-H", "20", "62", "6c", "e5", "62", "e6", "72")
    term.tmux("send-keys", "-t", "t", "-H", "1b", "5b", "32", "30", "31", "7e")
    term.burst(" slut")
    term.wait_for("slut")
    assert term.quit() == 0
    text = notes_of(tmp_path / "sessions")["alfa"]
    assert text == "Hej med \ufffdr og så videre bl\ufffdb\ufffdr slut"
