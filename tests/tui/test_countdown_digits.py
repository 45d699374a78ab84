"""The narrow countdown's digits (tui/widgets/countdown_digits.py) are the cells Textual's
own `Digits` draws through Rich: in every time level and paused, under both themes, at the
width the run screen gives them and wider and narrower, and for every shape of value."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widgets import Digits

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.widgets.countdown_digits import CountdownDigits, DigitsFace
from tests.tui.conftest import app_for, run_screen, started

# Velkommen is 15 minutes: calm, under 20 % (3 min), under 5 % (45 s), over; then paused.
STATES = {"calm": 60, "warning": 13 * 60, "critical": 14 * 60 + 20, "overrun": 16 * 60}
VALUES = ["15:00", "04:59", "00:07", "+01:41", "1:05:00", "+1:00:00", "-3"]
Cells = list[tuple[str, object]]


def cells(strips: list[Strip]) -> list[Cells]:
    return [
        [(char, segment.style) for segment in strip for char in segment.text] for strip in strips
    ]


def both_ways(widget: CountdownDigits, width: int) -> tuple[list[Cells], list[Cells]]:
    """The face's strips, and Textual's Digits drawn through Rich, at `width`."""
    style = widget.visual_style
    face = widget.render()
    assert isinstance(face, DigitsFace)
    direct = Visual.to_strips(widget, face, width, None, style)
    rich = visualize(widget, Digits.render(widget))
    return cells(direct), cells(Visual.to_strips(widget, rich, width, None, style))


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("state", [*STATES, "paused"])
async def test_the_digits_are_the_cells_textual_draws(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, state: str, theme: str
) -> None:
    folder = started(netvaerk, clock, sessions_dir, STATES.get(state, 60))
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        if state == "paused":
            await pilot.press("f5")
        await pilot.pause()
        widget = app.screen.query_one("#countdown-digits", CountdownDigits)
        assert widget.display and widget.size.width > 0
        for value in VALUES:
            widget.update(value)
            await pilot.pause()
            shown = widget.size.width
            for width in (shown, shown + 7, 4):
                direct, rich = both_ways(widget, width)
                assert direct == rich, (state, theme, value, width)
            # What reaches the screen, through Textual's styled rows.
            on_screen = widget.render_lines(Region(0, 0, *widget.size))
            assert cells(on_screen) == both_ways(widget, shown)[1], (state, value)


async def test_the_run_screen_counts_down_in_them(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        clock.advance(61)
        run_screen(app).each_second()
        await pilot.pause()
        widget = app.screen.query_one("#countdown-digits", CountdownDigits)
        assert widget.value == "13:59"
        rows = ["".join(segment.text for segment in widget.render_line(y)) for y in range(3)]
        assert rows == ["╶╮ ╶─╮   ╭─╴╭─╮", " │  ─┤ : ╰─╮╰─┤", "╶┴╴╶─╯   ╶─╯╶─╯"]
