"""The big clock's face (tui/widgets/clock_face.py) draws the cells the Rich group it stands
for would: on the projector and on the chair's F2 clock, at four sizes, under both themes,
in every time level, paused, in a phase, with the chair's message above it, and for a long
title."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style as RichStyle
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import Visual, visualize

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program, program_from_data
from facilitator.core.room_actions import show_on_screen
from facilitator.core.seats import Seat
from facilitator.store.live_session import LiveSession
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.big_clock import big_text_lines
from facilitator.tui.widgets.clock_face import ClockFace, DigitRows
from facilitator.tui.widgets.room_clock import RoomClock
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for

PROGRAM = {
    "program": {"title": "Urskiven"},
    "block": [
        {"id": "velkommen", "title": "Velkommen og en runde om, hvordan det går", "minutes": 15},
        {
            "id": "grupper",
            "title": "Grupper",
            "minutes": 40,
            "phase": [
                {"title": "Snak i grupperne", "minutes": 25},
                {"title": "Grupperne fremlægger", "minutes": 15},
            ],
        },
    ],
}
STATES = ["calm", "warning", "critical", "overrun", "paused", "message", "phase"]
"""What the clock shows, in the order `step` walks the session through them."""
SIZES = [(40, 12), (80, 24), (120, 35), (200, 50)]
Cells = list[tuple[str, object]]


def cells(strips: list[Strip]) -> list[Cells]:
    return [
        [(char, segment.style) for segment in strip for char in segment.text] for strip in strips
    ]


def face_and_group(clock: RoomClock) -> tuple[list[Cells], list[Cells]]:
    face = clock.render()
    assert isinstance(face, ClockFace)
    width, height = clock.size
    style = clock.visual_style
    drawn = Visual.to_strips(clock, face, width, height, style)
    as_group = Visual.to_strips(clock, visualize(clock, face.as_group(width)), width, height, style)
    return cells(drawn), cells(as_group)


def step(name: str, session: LiveSession, clock: FakeClock) -> None:
    if name == "calm":
        session.execute(agenda.toggle_clock(session.state))
        clock.advance(61)
    elif name in ("warning", "critical", "overrun"):
        clock.advance({"warning": 12 * 60, "critical": 80, "overrun": 120}[name])
    elif name == "paused":
        session.execute(agenda.toggle_clock(session.state))
    elif name == "message":
        session.act(show_on_screen(session.room, "Husk at skrive jeres navn på listen"))
    elif name == "phase":
        session.execute(agenda.next_block(session.state))
        session.execute(agenda.toggle_clock(session.state))
        clock.advance(23 * 60 + 30)


def program() -> Program:
    return program_from_data(PROGRAM, "urskiven")


def shown(clock: RoomClock) -> list[Cells]:
    """The rows the widget gives the screen, as it keeps them (tui/widgets/face_lines.py)."""
    return cells([clock.render_line(y) for y in range(clock.size.height)])


async def walk(app: FacilitatorApp, session: LiveSession, clock: FakeClock, size: str) -> int:
    """Each state, then three seconds in it: what the widget shows is the group drawn
    afresh. Returns how many of those seconds redrew the digits alone."""
    room_clock = app.screen.query_one(RoomClock)
    digits_only = 0
    show_digits_only = room_clock.show_digits_only

    def counted() -> bool:
        nonlocal digits_only
        taken = show_digits_only()
        digits_only += taken
        return taken

    room_clock.show_digits_only = counted  # type: ignore[method-assign]
    for name in STATES:
        step(name, session, clock)
        for second in range(4):
            clock.advance(1 if second else 0)
            app.screen.each_second()  # type: ignore[attr-defined]
            await app.screen.wait_for_refresh()
            drawn, as_group = face_and_group(room_clock)
            assert drawn == as_group, f"{size} {name}"
            assert shown(room_clock) == as_group, f"{size} {name} +{second} s"
        # What reaches the screen: rows refreshed since, the rest from Textual's cache of
        # styled rows, which are stale if the digits' refresh missed one of their rows.
        whole = Region(0, 0, *room_clock.size)
        kept = cells(room_clock.render_lines(whole))
        room_clock.refresh()
        assert kept == cells(room_clock.render_lines(whole)), f"{size} {name} on screen"
    return digits_only


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_projector_draws_its_group(
    size: tuple[int, int], theme: str, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, program(), clock, COPENHAGEN)
    app = app_for(None, clock, sessions_dir, session=session.folder, seat=Seat.DISPLAY)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await pilot.pause()
        assert await walk(app, session, clock, f"{size} {theme}") >= 3 * 3  # calm to critical
    session.close()


async def test_the_chairs_big_clock_draws_its_group(clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(program(), clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5", "f2")
        await pilot.pause()
        room_clock = app.screen.query_one(RoomClock)
        for seconds in (0, 13 * 60, 16 * 60):
            clock.advance(seconds)
            app.screen.each_second()  # type: ignore[attr-defined]
            await app.screen.wait_for_refresh()
            assert room_clock.display
            drawn, as_group = face_and_group(room_clock)
            assert drawn == as_group, seconds
            assert shown(room_clock) == as_group, seconds


@pytest.mark.parametrize("shown", ["10:01", "07:17", "11:11", "+01:41"])
def test_the_digits_stand_as_one_block(shown: str) -> None:
    """A 1 or a 7 at the end leaves blank pixels at the end of some rows: each row starts
    at the same column all the same, and fills the width (seen on the projector: the rows
    of a closing 1 stood two cells right of the others)."""
    rows = tuple(f" {line} " for line in big_text_lines(shown, 78, 20))
    placed = DigitRows(rows, RichStyle()).placed(80)
    assert {len(row) for row in placed} == {80}
    # Where each row's first block stands, less where it stands in the row unplaced: one
    # margin for all rows.
    margins = {row.index("█") - line.index("█") for row, line in zip(placed, rows, strict=True)}
    assert len(margins) == 1, margins
