"""The row compositor (tui/compositor.py) writes the same cells as Textual's own:
for every widget's region, for rectangles anywhere, and for several at once, on the run
screen (with notices over it, and in big-clock mode) and on the display seat. After a
Textual upgrade this is the test that says whether the override still holds."""

from __future__ import annotations

import random
from pathlib import Path
from types import MethodType
from unittest.mock import patch

import pytest
from textual._compositor import Compositor
from textual.geometry import Region

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.compositor import RowCompositor
from tests.tui.conftest import app_for, run_screen


def update_cells(app: FacilitatorApp, regions: list[Region], textual_own: bool) -> list[str]:
    """What the update writes to the terminal, cell run by cell run: for each changed row
    span, the text and style of every run of cells written in it (an empty write, which
    Textual emits for a piece of a row that starts where the span ends, writes nothing)."""
    compositor = app.screen._compositor
    assert isinstance(compositor, RowCompositor)
    # As Textual hands them on: within the screen (a widget may reach past its edge).
    screen = compositor.size.region
    compositor._dirty_regions.update(region.intersection(screen) for region in regions)
    own = MethodType(Compositor._get_renders, compositor)
    with patch.object(compositor, "_get_renders", own if textual_own else compositor._get_renders):
        update = compositor.render_partial_update()
    assert update is not None
    written: list[str] = []
    for y, x1, x2 in update.spans:
        for end, (x, strip) in zip(update.chop_ends[y], update.chops[y].items(), strict=True):
            if strip is None or x > x2 or end <= x1:  # as ChopsUpdate.render_segments
                continue
            shown = strip if x2 > x >= x1 and end <= x2 else strip.crop(0, min(end, x2) - x)
            if shown.cell_length:
                written.append(f"{y},{x}:{shown.render(app.console)}")
    return written


def region_sets(app: FacilitatorApp, seed: int) -> list[list[Region]]:
    compositor = app.screen._compositor
    width, height = compositor.size
    widgets = [
        region.intersection(compositor.size.region)
        for region, _clip in compositor.visible_widgets.values()
    ]
    widgets = [region for region in widgets if region]
    rng = random.Random(seed)

    def anywhere() -> Region:
        x, y = rng.randrange(width), rng.randrange(height)
        return Region(x, y, rng.randint(1, width - x), rng.randint(1, height - y))

    sets = [[region] for region in widgets]
    sets += [[anywhere()] for _ in range(40)]
    sets += [[anywhere(), anywhere()] for _ in range(20)]
    sets += [[rng.choice(widgets), anywhere(), rng.choice(widgets)] for _ in range(20)]
    return sets


def assert_same_bytes(app: FacilitatorApp, seed: int) -> int:
    compared = 0
    for regions in region_sets(app, seed):
        assert update_cells(app, regions, textual_own=False) == update_cells(
            app, regions, textual_own=True
        ), regions
        compared += 1
    return compared


@pytest.mark.parametrize("size", [(80, 24), (120, 35), (200, 50)], ids=str)
async def test_the_run_screen_writes_the_cells_textual_would(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("f5")
        await pilot.press("f9", *"Anne Hansen", "enter")
        await pilot.press(*"Vi taler om [bold]lokaler[/bold]", "enter", *"og om æøå")
        clock.advance(95)
        for number in range(3):
            app.notify(f"Notits {number}: Bo Madsen er sat på talerlisten")
        await pilot.pause()
        await pilot.pause()
        assert assert_same_bytes(app, seed=size[0]) > 80
        await pilot.press("f2")  # the big clock over everything
        await pilot.pause()
        assert assert_same_bytes(app, seed=size[1]) > 80


async def test_the_display_seat_writes_the_cells_textual_would(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = app_for(netvaerk, clock, sessions_dir)
    async with chair.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        folder = run_screen(chair).session.folder
    display = app_for(None, clock, sessions_dir, session=folder, seat=Seat.DISPLAY)
    async with display.run_test(size=(80, 24)) as pilot:
        clock.advance(30)
        await pilot.pause()
        assert assert_same_bytes(display, seed=7) > 40
