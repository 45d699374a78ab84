"""A name typed in a /… line is held to the 60 characters F9, /deltager and the roster hold
it to: /fremmøde with 150 characters put them all on the roster, /handling @… with 100 was
accepted (a tester, in tmux)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, events_of

READY = "F5 Start/pause"
REFUSED = "højst være 60 tegn"


def test_typed_lines_with_a_name_too_long_are_refused(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>", "/fremmøde " + "Y" * 150, "<Enter>")
    term.wait_for(REFUSED + " (det her er 150)")
    term.burst(*["<BSpace>"] * 170)  # the refused line stays in the notes, to be put right
    term.burst("/handling @" + "X" * 100 + " Sende referatet", "<Enter>")
    term.wait_for(REFUSED + " (det her er 100)")
    term.burst(*["<BSpace>"] * 140)
    term.burst("/fremmøde Anne Holm", "<Enter>", "videre")
    term.wait_for("videre")
    assert term.quit() == 0
    events = events_of(tmp_path / "sessions")
    names = [
        e["data"]["name"] for e in events if e["type"] in ("attendance_set", "participant_added")
    ]
    assert names and set(names) == {"Anne Holm"}
    assert not [e for e in events if e["type"] == "action_added"]
