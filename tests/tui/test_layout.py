"""The run screen's left column follows the terminal; long names are ellipsised."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.i18n import tr
from facilitator.tui.layout import MIN_LEFT, left_width, shortened
from facilitator.tui.screens.roster import RosterScreen
from tests.tui.conftest import app_for, run_screen
from tests.tui.hostile import shown, squashed

TITLES = ["Velkommen", "Øvelse 3: Præsenter helhedsplanerne", "Pause"]


def test_the_left_column_grows_with_the_terminal_to_show_titles_whole() -> None:
    assert left_width(80, TITLES) == MIN_LEFT  # the notes keep 46 columns
    wide = left_width(120, TITLES)
    assert wide >= len("2. Øvelse 3: Præsenter helhedsplanerne") + 18  # whole, with minutes
    assert wide <= 60
    assert left_width(200, TITLES) == 60  # 30 % of the screen: room for the guide
    assert left_width(200, ["x" * 150]) == 64  # the notes keep the rest
    assert left_width(60, TITLES) == MIN_LEFT


def test_a_long_name_is_ellipsised_to_the_room_it_has() -> None:
    assert shortened("Anne", 10) == "Anne"
    assert shortened("Anne Marie Holm", 10) == "Anne Mari…"
    assert len(shortened("x" * 200, 28)) == 28


@pytest.mark.parametrize("width", [80, 120, 200])
async def test_the_agenda_shows_whole_titles_when_there_is_room(
    erfaring: Program, clock: FakeClock, sessions_dir: Path, width: int
) -> None:
    app = app_for(erfaring, clock, sessions_dir)
    async with app.run_test(size=(width, 35)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        left = screen.query_one("#left")
        assert left.size.width == left_width(width, [b.title for b in erfaring.blocks])
        shown = "\n".join(
            "".join(s.text for s in screen.query_one("#agenda").render_line(y)) for y in range(1, 5)
        )
        longest = "4. Øvelse 3: Præsenter helhedsplanerne"
        assert (longest in shown) is (width >= 120), shown


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=str)
async def test_the_rosters_keys_stay_in_view_with_fourteen_people(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=size) as pilot:
        for number in range(1, 15):
            await pilot.press("f9", *f"Person {number}", "enter")
        app.clear_notifications()
        await pilot.press("ctrl+f12")
        await pilot.pause()
        assert isinstance(app.screen, RosterScreen)
        box = app.screen.query_one("#roster-box").region
        keys = app.screen.query_one(".dialog-keys")
        assert box.contains_region(keys.region) and keys.region.height >= 1
        lines = shown(app).splitlines()[keys.region.y : keys.region.bottom]
        text = squashed("".join(line[keys.region.x : keys.region.right] for line in lines))
        assert text == squashed(tr("roster.keys"))  # whole, on one line or two
        await pilot.press("end")
        await pilot.pause()
        assert "Person 14" in shown(app)  # the list scrolls to the last
        listing = app.screen.query_one("#roster-list").region
        assert box.contains_region(listing) and not listing.overlaps(keys.region)
