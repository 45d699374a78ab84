"""The wall clock is the truth: a laptop that sleeps, a clock set back, and a real process
stopped with SIGSTOP and continued later."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.agenda_view import build_view
from facilitator.core.clock import FakeClock, SystemClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from tests.conftest import COPENHAGEN, REPO
from tests.reliability.conftest import scale


def remaining(session: LiveSession) -> int:
    view = build_view(session.state, session.clock.now(), COPENHAGEN)
    assert view.current is not None
    return view.current.remaining_seconds


def test_a_laptop_that_slept_shows_the_time_that_really_passed(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    planned = netvaerk.blocks[0].minutes * 60
    clock.advance(60)
    assert remaining(session) == planned - 60
    clock.advance(40 * 60)  # the lid was closed for 40 minutes
    assert remaining(session) == planned - 41 * 60
    session.close()
    again = LiveSession.open(session.folder, clock)  # and after a restart the same
    assert remaining(again) == planned - 41 * 60
    again.close()


def test_a_clock_set_back_never_runs_the_countdown_backwards_wildly(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(120)
    before = remaining(session)
    clock.set(clock.now() - timedelta(hours=1))  # NTP, or a hand on the clock
    after_setback = remaining(session)
    assert before <= after_setback <= before + 120  # never more than was counted
    session.execute(agenda.extend_block(session.state, 60))  # an event while set back
    clock.advance(30)
    assert remaining(session) >= 0
    clock.set(clock.now() + timedelta(hours=1))  # and put right again
    assert remaining(session) <= before + 60
    session.close()


def test_a_stopped_and_continued_process_shows_real_elapsed_time(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    stop_seconds = scale(quick=3, full=30)
    # Made at the real time: a session from the future would (rightly) hold its clock still.
    session = LiveSession.create(sessions_dir, netvaerk, SystemClock(), COPENHAGEN)
    session.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.countdown_process", str(session.folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        readings = [process.stdout.readline().split() for _ in range(5)]
        process.send_signal(signal.SIGSTOP)
        stopped_at = time.monotonic()
        time.sleep(stop_seconds)
        process.send_signal(signal.SIGCONT)
        # Lines written before the stop may still be in the pipe; read until after it.
        while True:
            line = process.stdout.readline().split()
            if float(line[0]) > stopped_at + stop_seconds - 0.5:
                break
            readings.append(line)
        before = int(readings[-1][1])
        after = int(line[1])
        lost = before - after
        assert stop_seconds - 1 <= lost <= stop_seconds + 2, (before, after)
        values = [int(reading[1]) for reading in readings] + [after]
        assert values == sorted(values, reverse=True)  # it never went backwards
    finally:
        process.kill()
        process.wait()
