"""Once a second only what changed is repainted: no whole-screen update while the countdown
runs, on the chair's screen or on the display seat. (The display seat repainted its whole
screen every second: its view was a reactive that repaints its screen.)"""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.tui.app import FacilitatorApp
from tests.tui.conftest import app_for, run_screen


async def full_updates_over_three_seconds(app: FacilitatorApp, clock: FakeClock) -> int:
    compositor = app.screen._compositor
    full = compositor.render_full_update
    count = 0

    def counted(simplify: bool = False) -> object:
        nonlocal count
        count += 1
        return full(simplify)

    with patch.object(compositor, "render_full_update", counted):
        for _ in range(3):
            clock.advance(1)
            app.screen.each_second()  # type: ignore[attr-defined]
            await app.screen.wait_for_refresh()
    return count


async def test_the_chair_and_the_display_repaint_only_what_changed(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = app_for(netvaerk, clock, sessions_dir)
    async with chair.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert await full_updates_over_three_seconds(chair, clock) == 0
        folder = run_screen(chair).session.folder
    display = app_for(None, clock, sessions_dir, session=folder, seat=Seat.DISPLAY)
    async with display.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert await full_updates_over_three_seconds(display, clock) == 0
