"""The grænsevogter's time-out (the seeds' ETIK): the group has given someone the right to
stop a discussion about the ethics of what is said. `/timeout` (or Ctrl+F5, `T` in the
chair's keys) pauses the clock and says »Time-out« on the display; F5 goes on and ends it.

Who called it is the roster's grænsevogter, unless the chair names someone
(`/timeout Carla`). The time-out is its own event beside the clock's pause, so the
referat can say when, where and by whom, and the meeting's times stay the clock's.
"""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.events import Action, EventDraft, EventType, Refusal
from facilitator.core.memory import MemoryEvent
from facilitator.core.names import Ambiguous, match_name
from facilitator.core.session import SessionState
from facilitator.core.turns import TurnsState

GUARDIAN = "grænsevogter"


def guardian(turns: TurnsState) -> str:
    """The roster's grænsevogter (the first by seat, if the roster has two); empty if none."""
    people = sorted(turns.participants.values(), key=lambda p: (p.seat, p.name))
    return next((p.name for p in people if p.role.casefold() == GUARDIAN), "")


def call_timeout(state: SessionState, typed_name: str = "") -> Action:
    """Pause the clock (if it runs) and start a time-out, called by the named person or
    the roster's grænsevogter."""
    meeting = state.agenda
    if meeting.finished or meeting.current is None:
        return Refusal("agenda.refuse_finished")
    if meeting.started_at is None:
        return Refusal("timeout.not_started")
    if state.memory.timeout is not None:
        return Refusal("timeout.already")
    by = guardian(state.turns)
    if typed_name.strip():
        people = [person.name for person in state.turns.participants.values()]
        match = match_name(typed_name, people)
        if isinstance(match, Ambiguous):
            return Refusal("timeout.ambiguous", {"names": ", ".join(match.candidates)})
        by = match.name
    role = GUARDIAN if by and by == guardian(state.turns) else ""
    called = EventDraft(
        MemoryEvent.TIMEOUT_CALLED, {"block": meeting.current, "by": by, "role": role}
    )
    if meeting.running:
        return [EventDraft(EventType.CLOCK_PAUSED), called]
    return [called]


def toggle_clock(state: SessionState) -> Action:
    """F5: the clock on or off; during a time-out, on again and the time-out ended."""
    if state.memory.timeout is None:
        command = agenda.toggle_clock(state.agenda)
        return command if isinstance(command, Refusal) else [command]
    ended = EventDraft(MemoryEvent.TIMEOUT_ENDED)
    if state.agenda.running or state.agenda.finished:
        return [ended]
    return [EventDraft(EventType.CLOCK_STARTED), ended]
