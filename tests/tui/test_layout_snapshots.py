"""Snapshots of the layout at the sizes issue 19 names, 80x24, 120x35 and 200x50, beside
test_snapshots.py's 80x24 and 160x45: the run screen mid-round, F1 help, the picker, and
the run screen with the newest notices of a burst in the strip above the key bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for

SnapCompare = Callable[..., bool]
WIDER = [(120, 35), (200, 50)]
ROUND_NOTES = (
    "Anne: handicaphjælper i 6 år, to børn i eget hjem.\n"
    "Bo: ny i faget, savner sparring om ergonomi.\n"
)


def mid_round(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    """Præsentationsrunde with 7 minutes left (under 20 %) and two lines of notes,
    recorded before the app opens it: a steady state, no one-off flash or toast."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(16 * 60)
    session.execute(agenda.next_block(session.state))
    session.close()
    clock.advance(38 * 60)
    save_note(session.folder, program, "praesentationsrunde", ROUND_NOTES)
    return session.folder


@pytest.mark.parametrize("size", WIDER, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    app = app_for(None, clock, sessions_dir, session=mid_round(netvaerk, clock, sessions_dir))
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), *WIDER], ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["f1"])


@pytest.mark.parametrize("size", WIDER, ids=lambda s: f"{s[0]}x{s[1]}")
def test_picker(
    snap_compare: SnapCompare, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["down", "down"])


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_after_a_burst_of_notices(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    async def burst(pilot: Pilot[Any]) -> None:
        for number in range(10):
            pilot.app.notify(f"Notits nummer {number}: Bo Madsen er sat på talerlisten igen")
        await pilot.pause()

    app = app_for(None, clock, sessions_dir, session=mid_round(netvaerk, clock, sessions_dir))
    assert snap_compare(app, terminal_size=size, run_before=burst)
