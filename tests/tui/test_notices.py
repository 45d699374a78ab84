"""Calm notices: a burst of ten leaves at most three toasts, none over the countdown, the
notes or the status line's projected end."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.notices import MAX_SHOWN
from tests.tui.conftest import app_for, run_screen


@pytest.mark.parametrize("size", [(80, 24), (120, 35), (200, 50)], ids=str)
async def test_a_burst_of_ten_notices_leaves_the_countdown_and_notes_in_view(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = run_screen(app)
        await pilot.press("f5")
        for number in range(10):
            app.notify(f"Notits nummer {number} med lidt mere tekst, så den fylder to linjer")
        await pilot.pause()
        await pilot.pause()
        toasts = list(screen.query("Toast"))
        assert len(list(app._notifications)) == MAX_SHOWN
        assert 0 < len(toasts) <= MAX_SHOWN
        kept = [str(toast._notification.message) for toast in toasts]  # type: ignore[attr-defined]
        assert all("nummer 7" in text or "nummer 8" in text or "nummer 9" in text for text in kept)
        covered = [toast.region for toast in toasts]
        for selector in ("#countdown", "#notes", "#meeting-status", "#keys"):
            region: Region = screen.query_one(selector).region
            assert not any(region.overlaps(toast) for toast in covered), (selector, region, covered)
        # What is under the toasts is drawn again once they are gone.
        app.clear_notifications()
        await pilot.pause()
        await pilot.pause()
        assert not screen.query("Toast")
