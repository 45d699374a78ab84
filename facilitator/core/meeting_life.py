"""A meeting's life: not started, running, paused, ended — and what quitting does to it.

Until a meeting was ended it had no end: quit with Ctrl+Q on its last item, it went on
counting in every later look at it (its last item grew 1 → 3 → 12 min in the export).
Now the chair says, when quitting with the clock running, whether the meeting is over,
paused, or left running for a restart; each is an event, so the moment is on record. A
meeting never ended stops at its last recorded activity in every view.
"""

from __future__ import annotations

from enum import StrEnum

from facilitator.core.agenda import AgendaState, Command
from facilitator.core.events import EventDraft, EventType, Refusal


class MeetingLife(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


def meeting_life(state: AgendaState) -> MeetingLife:
    if state.finished:
        return MeetingLife.ENDED
    if state.started_at is None:
        return MeetingLife.NOT_STARTED
    return MeetingLife.RUNNING if state.running else MeetingLife.PAUSED


class Quitting(StrEnum):
    """The chair's answer to Ctrl+Q while the clock runs."""

    END = "end"
    PAUSE = "pause"
    LEAVE_RUNNING = "leave"


def quit_needs_an_answer(state: AgendaState) -> bool:
    return meeting_life(state) is MeetingLife.RUNNING


def default_quitting(state: AgendaState) -> Quitting:
    """On the last item the meeting is most likely over; before it, a pause loses nothing."""
    pending = state.pending_after_current()
    return Quitting.END if not pending else Quitting.PAUSE


def quit_meeting(state: AgendaState, answer: Quitting) -> Command:
    if state.finished:
        return Refusal("agenda.refuse_finished")
    if answer is Quitting.END:
        return EventDraft(EventType.MEETING_ENDED)
    if answer is Quitting.PAUSE:
        return EventDraft(EventType.CLOCK_PAUSED)
    return EventDraft(EventType.MEETING_LEFT)
