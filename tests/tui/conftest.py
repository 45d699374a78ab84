"""A session-backed app with a fake clock, in Copenhagen time, for Pilot and snapshot tests."""

from __future__ import annotations

from pathlib import Path

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.store.live_session import LiveSession
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.run import RunScreen
from tests.conftest import COPENHAGEN, PROGRAMS


def app_for(
    program: Program | None,
    clock: FakeClock,
    sessions_dir: Path,
    session: Path | None = None,
    lang: str = "da",
    seat: Seat | None = Seat.CHAIR,
) -> FacilitatorApp:
    return make_app(
        program,
        sessions_dir=sessions_dir,
        clock=clock,
        zone=COPENHAGEN,
        folders=[PROGRAMS],
        session=session,
        lang=lang,
        seat=seat,
    )


def run_screen(app: FacilitatorApp) -> RunScreen:
    screen = app.screen
    assert isinstance(screen, RunScreen), screen
    return screen


def started(program: Program, clock: FakeClock, sessions_dir: Path, seconds: int) -> Path:
    """A meeting whose clock was started `seconds` ago (the fake clock moved on), closed:
    its folder, for an app to resume."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.close()
    clock.advance(seconds)
    return session.folder
