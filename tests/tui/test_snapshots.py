"""Snapshots of each screen at 80x24 and a wide size, with a fake clock (19.00 Copenhagen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from tests.tui.conftest import app_for, run_screen

SIZES = [(80, 24), (160, 45)]
SnapCompare = Callable[..., bool]


def advance(clock: FakeClock, seconds: int) -> Callable[[Pilot[Any]], Any]:
    async def step(pilot: Pilot[Any]) -> None:
        await pilot.press("f5")
        clock.advance(seconds)
        run_screen(pilot.app).refresh_view()  # type: ignore[arg-type]
        await pilot.pause()

    return step


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_mid_round(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    async def step(pilot: Pilot[Any]) -> None:
        await pilot.press("f5")
        clock.advance(16 * 60)
        await pilot.press("f6")
        clock.advance(38 * 60)  # Præsentationsrunde: 7 min left, under 20 %
        run_screen(pilot.app).refresh_view()  # type: ignore[arg-type]
        await pilot.pause()

    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, run_before=step)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_overrun(
    snap_compare: SnapCompare,
    erfaring: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    app = app_for(erfaring, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, run_before=advance(clock, 17 * 60 + 5))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_picker(
    snap_compare: SnapCompare, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["down", "down"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_big_clock(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    async def step(pilot: Pilot[Any]) -> None:
        await pilot.press("f5", "f6", "f6", "f2")  # the pause, on the projector
        clock.advance(4 * 60 + 30)
        run_screen(pilot.app).refresh_view()  # type: ignore[arg-type]
        await pilot.pause()

    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, run_before=step)


def test_help(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=(100, 40), press=["f1"])


def test_catch_up_dialog(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    async def step(pilot: Pilot[Any]) -> None:
        await advance(clock, 25 * 60)(pilot)
        await pilot.press("f3")

    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=(80, 24), run_before=step)
