"""The countdown's colours at 20 % left, 5 % left and over time: distinct from each other and
from the calm state on every layout (narrow digits, wide big digits, F2's big clock, the
projector), under the dark and the light theme, and still distinct in 16 colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color, ColorSystem
from rich.segment import Segment

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.time_colours import DARK, LIGHT
from tests.tui.conftest import app_for, run_screen, started

# Velkommen is 15 minutes: calm, under 20 % (3 min), under 5 % (45 s), over.
LEVEL_SECONDS = {"calm": 60, "warning": 13 * 60, "critical": 14 * 60 + 20, "overrun": 16 * 60}
THEMES = ["textual-dark", "textual-light"]
# (seat, size, F2 pressed, the widget that draws the digits)
LAYOUTS = {
    "narrow": (Seat.CHAIR, (80, 24), False, "#countdown-digits"),
    "wide": (Seat.CHAIR, (130, 35), False, "#countdown-big"),
    "big-clock": (Seat.CHAIR, (80, 24), True, "#big-clock"),
    "display": (Seat.DISPLAY, (80, 24), False, "#room-clock"),
    "display-wide": (Seat.DISPLAY, (200, 50), False, "#room-clock"),
}
Pair = tuple[Color | None, Color | None]


def is_digit(segment: Segment, selector: str) -> bool:
    """A cell of the digits themselves, not of the title or the caption under them."""
    if selector == "#countdown-digits":
        return bool(segment.text.strip())
    return "█" in segment.text


def digit_colours(app: FacilitatorApp, selector: str) -> set[Pair]:
    widget = app.screen.query_one(selector)
    assert widget.display and widget.size.height > 0, selector
    colours: set[Pair] = set()
    for y in range(widget.size.height):
        for segment in widget.render_line(y):
            if segment.style is not None and is_digit(segment, selector):
                colours.add((segment.style.color, segment.style.bgcolor))
    return colours


async def colours_by_level(
    program: Program, clock: FakeClock, sessions_dir: Path, layout: str, theme: str
) -> dict[str, Pair]:
    seat, size, big_clock, selector = LAYOUTS[layout]
    found: dict[str, Pair] = {}
    for level, seconds in LEVEL_SECONDS.items():
        start = FakeClock(clock.now())
        folder = started(program, start, sessions_dir / level, seconds)
        app = app_for(None, start, sessions_dir / level, session=folder, seat=seat)
        async with app.run_test(size=size) as pilot:
            app.theme = theme
            if big_clock:
                run_screen(app).action_toggle_big_clock()
            await pilot.pause()
            colours = digit_colours(app, selector)
        assert len(colours) == 1, (layout, level, colours)  # one colour for all the digits
        found[level] = colours.pop()
    return found


def in_16_colours(pair: Pair) -> tuple[int | None, int | None]:
    return tuple(  # type: ignore[return-value]
        None if colour is None else colour.downgrade(ColorSystem.STANDARD).number for colour in pair
    )


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("layout", list(LAYOUTS))
async def test_each_level_has_its_own_colour_on_every_layout_and_theme(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, layout: str, theme: str
) -> None:
    found = await colours_by_level(netvaerk, clock, sessions_dir, layout, theme)
    assert len(set(found.values())) == 4, found
    assert len({in_16_colours(pair) for pair in found.values()}) == 4, found
    palette = DARK if theme == "textual-dark" else LIGHT
    assert found["warning"][0] == Color.parse(palette["time-warning"])
    assert found["critical"][0] == Color.parse(palette["time-critical"])
    assert found["overrun"][1] == Color.parse(palette["time-overrun-ground"])


@pytest.mark.parametrize("palette", [DARK, LIGHT], ids=["dark", "light"])
def test_the_palettes_stay_apart_in_16_colours(palette: dict[str, str]) -> None:
    """TERM=xterm without COLORTERM: Rich gives Textual 16 colours. Textual's own $warning
    and $error are both bright red there; ours are green, yellow, red and a red ground."""
    foregrounds = [palette[f"time-{level}"] for level in ("calm", "warning", "critical")]
    numbers = {Color.parse(colour).downgrade(ColorSystem.STANDARD).number for colour in foregrounds}
    assert len(numbers) == 3
    ground = Color.parse(palette["time-overrun-ground"]).downgrade(ColorSystem.STANDARD)
    assert ground.number not in (0, 7, 8, 15)  # a colour, not the terminal's black or white
