"""A one-minute phase moves on by itself, on the chair's screen and on the room's display.

The meeting is begun 45 seconds ago by the store itself (a FakeClock set back, as a chair
who ran it and then lost the process would have left it); the chair resumes it in a real
terminal and a display seat follows it. Nothing is pressed: the wall clock moves the phase
on some fifteen seconds later, on both screens, and the log says nothing of it. After a
kill -9, the resumed chair shows the same phase.
"""

from __future__ import annotations

import os
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.terminal.harness import Terminal, events_of

PROGRAM = """\
[program]
title = "Fasetest"

[[block]]
id = "oensker"
title = "Netværksønsker"
minutes = 3
kind = "groups"

[[block.phase]]
title = "Snak i grupperne"
minutes = 1
kind = "groups"

[[block.phase]]
title = "Grupperne fremlægger"
minutes = 1
kind = "present"

[[block.phase]]
title = "Ordstyreren samler op"
minutes = 1

[[block]]
id = "bagefter"
title = "Bagefter"
minutes = 10
"""


def begin_45_seconds_ago(program_file: Path, sessions: Path) -> None:
    from facilitator.core import agenda
    from facilitator.core.clock import FakeClock
    from facilitator.store.live_session import LiveSession
    from facilitator.store.program_files import load_program
    from tests.conftest import COPENHAGEN

    clock = FakeClock(datetime.now(UTC) - timedelta(seconds=45))
    session = LiveSession.create(sessions, load_program(program_file), clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.close()


def test_a_one_minute_phase_moves_on_by_itself_for_the_chair_and_the_room(
    term: Terminal, tmp_path: Path
) -> None:
    program_file = tmp_path / "faser.toml"
    program_file.write_text(PROGRAM, encoding="utf-8")
    begin_45_seconds_ago(program_file, tmp_path / "sessions")
    term.start("resume", "--sessions-dir", "sessions")
    term.start("display", "--sessions-dir", "sessions", seat="room")
    chair = term.wait_for("Fase 1/3: Snak i grupperne")
    assert "tilbage af fasen" in chair
    assert "Fase 1/3: Snak i grupperne" in term.wait_for("Fase 1/3", seat="room")
    # The phase has a minute; 45 s of it were gone before the app started.
    chair = term.wait_for("Fase 2/3: Grupperne fremlægger", seconds=30)
    assert "Næste fase: Ordstyreren samler op" in chair
    term.wait_for("Tiden er gået for", seconds=5)  # the notice that comes with the bell
    term.wait_for("Fase 2/3: Grupperne fremlægger", seconds=10, seat="room")
    types = [event["type"] for event in events_of(tmp_path / "sessions")]
    assert "phase_moved" not in types  # the clock moved it: nothing logged
    os.kill(term.pid(), signal.SIGKILL)  # the chair's laptop loses the process
    term.exit_code()
    term.start("resume", "--sessions-dir", "sessions", seat="again")
    again = term.wait_for("Fase 2/3: Grupperne fremlægger", seat="again")
    assert "Tiden er gået" not in again  # the same phase: no bell for a phase already begun
    assert term.quit(answer="p", seat="again") == 0
