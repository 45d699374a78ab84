"""Hostile text in a real terminal: titles that hold an OSC 52 (which set tmux's clipboard
on every repaint before) or markup, and entries typed with brackets, through a meeting and
a resume."""

from __future__ import annotations

import os
from pathlib import Path

from tests.terminal.harness import Terminal, events_of

READY = "F5 Start/pause"
CLIPBOARD_PROGRAM = """\
[program]
title = "Kopi \\u001b]52;c;aGk=\\u001b\\\\slut"

[[block]]
id = "budget"
title = "Budget \\u001b]52;c;aGk=\\u0007 og \\u009b2J"
minutes = 10
"""
MARKUP_PROGRAM = """\
[program]
title = "Status [udkast] godkendt"

[[block]]
id = "budget"
title = "Budget a [/] b"
minutes = 10

[[block]]
id = "kaffe"
title = "Kaffe [@click=app.quit]KLIK[/]"
minutes = 10
"""


def test_an_escape_sequence_in_a_title_is_shown_not_obeyed(term: Terminal, tmp_path: Path) -> None:
    program = tmp_path / "kopi.toml"
    program.write_text(CLIPBOARD_PROGRAM, encoding="utf-8")
    # tmux takes an application's OSC 52 into a paste buffer when set-clipboard is on (a
    # session that idles keeps the server, and the option, from before the app starts).
    term.tmux("-f", os.devnull, "new-session", "-d", "-s", "idle", "sleep 600")
    term.tmux("set-option", "-g", "set-clipboard", "on")
    term.start("run", str(program), "--sessions-dir", "sessions")
    screen = term.wait_for(READY)
    assert term.tmux("list-buffers") == ""  # no clipboard was set
    assert "Kopi ␛]52;c;aGk=␛\\slut" in screen
    assert "Budget ␛]52;c;aGk=␇ og �2J" in screen
    term.burst("<F5>", "<F2>")  # the big clock repaints the title every second
    term.wait_for("Budget ␛]52;c;aGk=␇ og �2J")
    assert term.quit() == 0
    assert term.tmux("list-buffers") == ""  # no clipboard was set


def test_brackets_stay_text_through_a_meeting_and_its_resume(
    term: Terminal, tmp_path: Path
) -> None:
    program = tmp_path / "klammer.toml"
    program.write_text(MARKUP_PROGRAM, encoding="utf-8")
    term.start("run", str(program), "--sessions-dir", "sessions")
    screen = term.wait_for(READY)
    assert "Status [udkast] godkendt" in screen
    assert "Budget a [/] b" in screen
    term.burst("/beslutning Valg: Anne [for=5, imod=2]", "<Enter>")
    term.wait_for("Beslutning: Valg: Anne [for=5, imod=2]")  # the entry under the notes
    term.burst("<F6>")
    term.wait_for("Kaffe [@click=app.quit]KLIK[/]")
    assert term.quit() == 0
    decisions = [e["data"]["text"] for e in events_of(tmp_path / "sessions") if "text" in e["data"]]
    assert decisions == ["Valg: Anne [for=5, imod=2]"]  # the file keeps what was typed

    (tmp_path / "exit-code-t").unlink()
    term.tmux("kill-session", "-t", "t")
    term.start("resume", "--sessions-dir", "sessions")
    screen = term.wait_for(READY)
    assert "Kaffe [@click=app.quit]KLIK[/]" in screen
    term.burst("<S-F6>")  # back to the item with the decision
    term.wait_for("Beslutning: Valg: Anne [for=5, imod=2]")
    assert term.quit() == 0
