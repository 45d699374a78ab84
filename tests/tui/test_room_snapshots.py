"""Snapshots of the room's welcome screen before the start (the projector's seat), at
80x24 and 200x50, with a fake clock: 19.00.28 Copenhagen, the start announced for 19.05."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.core.welcome import announce_start
from facilitator.store.live_session import LiveSession
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for

SnapCompare = Callable[..., bool]


def announced(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.record_all(announce_start(datetime(2026, 11, 26, 19, 5, tzinfo=COPENHAGEN), "cli"))
    session.close()
    clock.advance(28)  # »om 04:32«
    return session.folder


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_welcome_on_the_room_display(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    folder = announced(netvaerk, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir, session=folder, seat=Seat.DISPLAY)
    assert snap_compare(app, terminal_size=size)
