"""The big clock's face (tui/widgets/clock_face.py) draws the cells the Rich group it stands
for would: on the projector and on the chair's F2 clock, at four sizes, under both themes,
in every time level, paused, in a phase, with the chair's message above it, and for a long
title."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.strip import Strip
from textual.visual import Visual, visualize

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program, program_from_data
from facilitator.core.room_actions import show_on_screen
from facilitator.core.seats import Seat
from facilitator.store.live_session import LiveSession
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.clock_face import ClockFace
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
    as_group = Visual.to_strips(clock, visualize(clock, face.as_group()), width, height, style)
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


async def walk(app: FacilitatorApp, session: LiveSession, clock: FakeClock, size: str) -> None:
    for name in STATES:
        step(name, session, clock)
        app.screen.each_second()  # type: ignore[attr-defined]
        await app.screen.wait_for_refresh()
        room_clock = app.screen.query_one(RoomClock)
        drawn, as_group = face_and_group(room_clock)
        assert drawn == as_group, f"{size} {name}"


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
        await walk(app, session, clock, f"{size} {theme}")
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
