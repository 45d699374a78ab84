"""Calm notices: a burst of ten leaves at most three toasts, each one line at 80 columns,
in a strip the screen makes room for: the countdown, the notes, the talerliste and the
status line's projected end are drawn as before, and nothing is left behind after."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.notifications import Notification

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.notices import MAX_SHOWN, newest_that_fit, rows_of
from tests.tui.conftest import app_for, run_screen
from tests.tui.hostile import shown

NAMES = ("Anne Hansen", "Bo Madsen", "Carla Østergaard")
TYPED = "Alle er kommet"


def notice_text(number: int) -> str:
    """A long typical notice: 70 characters."""
    text = f"Notits nummer {number}: Bo Madsen er sat på talerlisten igen, efter pausen nu"
    assert len(text) == 70
    return text


def cells(app: FacilitatorApp, region: Region) -> list[str]:
    """What the screen shows inside `region`, line by line."""
    lines = shown(app).splitlines()
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]


@pytest.mark.parametrize("size", [(80, 24), (120, 35), (200, 50)], ids=str)
async def test_a_burst_of_ten_notices_leaves_the_countdown_notes_and_talerliste_in_view(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = run_screen(app)
        await pilot.press("f5")
        for name in NAMES:
            await pilot.press("f9", *name, "enter")
        await pilot.press(*TYPED)
        app.clear_notifications()  # F9's own notices
        await pilot.pause()
        await pilot.pause()
        before = shown(app)
        countdown = cells(app, screen.query_one("#countdown").region)
        speakers = cells(app, screen.query_one("#speakers").region)
        assert all(name in before for name in NAMES) and TYPED in before

        for number in range(10):
            app.notify(notice_text(number))
        await pilot.pause()
        await pilot.pause()

        toasts = list(screen.query("Toast"))
        assert len(list(app._notifications)) == MAX_SHOWN == len(toasts)
        kept = [str(toast._notification.message) for toast in toasts]  # type: ignore[attr-defined]
        assert kept == [notice_text(number) for number in (7, 8, 9)]
        assert all(toast.region.height == 1 for toast in toasts)  # one line: not wrapped
        now = shown(app)
        assert all(text in now for text in kept)
        covered = [toast.region for toast in toasts]
        selectors = ("#countdown", "#notes", "#speakers", "#meeting-status", "#keys")
        for selector in selectors:
            region: Region = screen.query_one(selector).region
            assert region and not any(region.overlaps(toast) for toast in covered), selector
        assert cells(app, screen.query_one("#countdown").region) == countdown
        assert cells(app, screen.query_one("#speakers").region) == speakers
        assert TYPED in "".join(cells(app, screen.query_one("#notes").region))
        status = screen.query_one("#meeting-status").region
        assert "Forventet slut kl." in "".join(cells(app, status))

        # Once they are gone, the screen is as it was: no border or text left behind.
        app.clear_notifications()
        await pilot.pause()
        await pilot.pause()
        assert not screen.query("Toast")
        assert shown(app) == before


def test_the_newest_notices_that_fit_stay_and_the_newest_always() -> None:
    assert newest_that_fit([], 6) == 0
    assert newest_that_fit([1] * 10, 6) == MAX_SHOWN
    assert newest_that_fit([1, 1, 5], 6) == 2  # the oldest would not fit beside them
    assert newest_that_fit([2, 9], 6) == 1  # the newest, however tall
    assert newest_that_fit([3, 3], 6) == 2


def test_a_notice_takes_a_row_per_wrapped_line_and_one_for_its_title() -> None:
    assert rows_of(Notification(notice_text(1)), 80) == 1
    assert rows_of(Notification(notice_text(1)), 40) == 2
    assert rows_of(Notification("første\nanden", title="Gruppens aftaler"), 80) == 3
