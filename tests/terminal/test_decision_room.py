"""The decision prompt keeps its last line in view under notices: at 80x24, with notices
filling the bottom rows, it lost »… · Esc bliver i punktet« (a tester)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal.harness import Terminal, terminal

PROGRAM = Path(__file__).parents[2] / "programs" / "netvaerk-foerste-moede.toml"
READY = "F5 Start/pause"


def test_the_decision_prompt_keeps_its_keys_under_notices_at_80x24(tmp_path: Path) -> None:
    with terminal(tmp_path, 80, 24) as term:
        _decision_under_notices(term)


def _decision_under_notices(term: Terminal) -> None:
    term.start("run", str(PROGRAM), "--sessions-dir", "sessions")
    term.wait_for(READY)
    # Netværksønsker has phases: six F6 reach »Beslutning om netværk«.
    term.burst("<F5>", *["<F6>"] * 6)
    term.wait_for("▶ 5. Beslutning")
    for line in ("/deltager Anne", "/beslutning", "/xyz"):  # notices, the last of 5 lines
        term.burst(line, "<Enter>")
    term.wait_for("/samtykke.")
    term.burst("<F6>")
    screen = term.wait_for("hvad blev besluttet?")
    assert "Esc bliver i punktet" in screen, screen
    assert "Ukendt kommando /xyz" in screen, screen  # the notices are still there
    term.burst("<Escape>")
    term.wait_until(lambda shown: "hvad blev besluttet?" not in shown, "the prompt closed")
    assert term.quit() == 0
