"""When a new meeting starts, recorded for every seat: `run --start`, the group's plan, or
nothing (the welcome then says »Vi starter snart«); and `--start` that is not a time."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core.clock import FakeClock
from facilitator.core.meeting_plan import PlannedMeeting
from facilitator.core.program import Program
from facilitator.core.referat_actions import record_meeting_plan
from facilitator.store.live_session import LiveSession
from facilitator.store.start_time import announce_the_start
from tests.conftest import COPENHAGEN


def test_run_start_is_recorded_on_the_meetings_day(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    moment = announce_the_start(session, sessions_dir, COPENHAGEN, time(19, 30))
    assert moment == datetime(2026, 11, 26, 19, 30, tzinfo=COPENHAGEN)
    assert session.room.announced_start == moment
    session.close()
    again = LiveSession.open(session.folder, clock, read_only=True)  # another seat reads it
    assert again.room.announced_start == moment


def test_the_groups_plan_gives_the_start_and_without_one_nothing_is_recorded(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    earlier = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Netværk")
    today_at = datetime(2026, 12, 24, 18, 45, tzinfo=COPENHAGEN)
    plan = [PlannedMeeting(1, today_at, today_at + timedelta(hours=2), "Anne", "Bo")]
    assert earlier.act(record_meeting_plan(plan, "Kulturhuset", "Netværk"))
    earlier.close()
    clock.advance(28 * 24 * 3600)  # 24 December, 19.00
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Netværk")
    assert announce_the_start(session, sessions_dir, COPENHAGEN, None) == today_at
    session.close()
    lone = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    assert announce_the_start(lone, sessions_dir, COPENHAGEN, None) is None
    assert lone.room.announced_start is None
    lone.close()


def test_a_start_that_is_not_a_time_is_refused_before_anything_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["run", "netvaerk-foerste-moede", "--start", "25:00", "--sessions-dir", str(tmp_path)]
    )
    assert code == 2
    assert "»25:00« kan ikke læses som et klokkeslæt" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
