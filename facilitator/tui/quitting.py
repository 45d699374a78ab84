"""Quitting the app: with the clock running the chair first says what becomes of the
meeting (`core/meeting_life.py`); the app ends only when the notes are on disk, or, when
that save fails, once a copy of them was saved somewhere else (the rescue screen)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.events import EventType
from facilitator.core.meeting_life import (
    Quitting,
    default_quitting,
    quit_meeting,
    quit_needs_an_answer,
)
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.tui.screens.run import RunScreen

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp


def ask_how_the_meeting_ends(app: FacilitatorApp) -> bool:
    """Ask the chair, when the meeting needs an answer before it is left: True if asked
    (the app saves and ends after the answer)."""
    run = next((s for s in reversed(app.screen_stack) if isinstance(s, RunScreen)), None)
    chair = run is not None and run.session.may_record(EventType.MEETING_ENDED)
    if run is None or not chair or not quit_needs_an_answer(run.session.state):
        return False
    from facilitator.tui.screens.quit import QuitScreen

    state = run.session.state

    def answered(answer: Quitting | None) -> None:
        if answer is not None and run.execute(quit_meeting(state, answer)):
            app.call_later(app.save_and_exit)

    app.push_screen(QuitScreen(default_quitting(state)), answered)
    return True


async def save_and_exit(app: FacilitatorApp) -> None:
    session = app.session
    if session is None:
        app.exit()
        return
    try:
        session.save_notes()
    except StoreError as error:
        problem = tr("notes.save_failed", message=error.message)
    else:
        app.exit()
        return
    from facilitator.tui.screens.rescue import RescueScreen

    suggestion = Path.home() / f"referat-{session.folder.name}.md"
    rescue = RescueScreen(problem, session.program, dict(session.notes.texts), suggestion)

    def after(saved: bool | None) -> None:
        if saved:
            app.exit()

    app.push_screen(rescue, after)
