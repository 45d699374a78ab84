"""Letters typed on the review's list of meetings search: they land in the search field,
in a burst and one by one, instead of being dropped by the list."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"


def test_letters_typed_on_the_list_of_meetings_go_into_the_search(
    term: Terminal, plain_program: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("Vagtplanen er drøftet", "<Enter>")
    term.wait_for("Vagtplanen er drøftet")
    assert term.quit() == 0

    term.start("review", "--sessions-dir", "sessions", seat="review")
    term.wait_for("Tastetest", seat="review")
    term.burst("vagt", seat="review")  # the list has the focus
    term.wait_for("vagt", seat="review")
    term.tmux("send-keys", "-t", "review", "-l", "p")  # and one more, on its own
    screen = term.wait_for("vagtp", seat="review")
    assert "Tastetest" in screen  # the meeting whose notes say it is still listed
    term.burst("x", "y", seat="review")
    term.wait_for("vagtpxy", seat="review")
