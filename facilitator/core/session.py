"""The whole state of a session: the agenda and the referat, folded from one event log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.events import Event, EventType
from facilitator.core.memory import MemoryState
from facilitator.core.participants import Participant
from facilitator.core.program import BlockKind, Program
from facilitator.core.referat import EntryKind, ReferatState
from facilitator.core.room import RoomState
from facilitator.core.turns import TurnEvent, TurnsState


def route_event(
    agenda: AgendaState, referat: ReferatState, event: Event, turns: TurnsState | None = None
) -> None:
    """Referat and speaker events go to their folds; everything else to the agenda (which
    counts what it does not understand, and what does not fit its shape, with its line).
    Each fold checks the shape of its own types, so an event is checked once on its way
    (a referat or turns event that does not fit is refused there and counted here)."""
    if referat.apply(event):
        return
    if turns is not None and turns.apply(event, agenda.current):
        if event.type == TurnEvent.SPEAKER_STARTED and meeting_paused(agenda):
            turns.pause_talk(event.at)  # given the word while the clock stands still
        return
    agenda.apply(event)
    if turns is not None:
        follow_the_clock(agenda, turns, event)


def meeting_paused(agenda: AgendaState) -> bool:
    return agenda.started_at is not None and not agenda.running


def follow_the_clock(agenda: AgendaState, turns: TurnsState, event: Event) -> None:
    """The speaker's time runs with the meeting's clock, and the floor ends with the
    meeting (the talk timer ran on after »Mødet er slut«, on the projector too)."""
    if agenda.finished and turns.speaker is not None:
        turns.end_turn(agenda.ended_at or event.at)
    elif event.type == EventType.CLOCK_PAUSED and meeting_paused(agenda):
        turns.pause_talk(event.at)
    elif event.type == EventType.CLOCK_STARTED and agenda.running:
        turns.resume_talk(event.at)


@dataclass
class SessionState:
    agenda: AgendaState
    referat: ReferatState
    turns: TurnsState
    last_at: datetime | None = None
    """When the last event was written: where a session that was never ended stops."""
    memory: MemoryState = field(default_factory=MemoryState)
    """Agreements, off the record, time-outs, action status, approval (core/memory.py)."""
    room: RoomState = field(default_factory=RoomState)
    """What the room sees and decides together (core/room.py)."""

    def moment(self) -> datetime:
        """The moment to read running clocks at when looking back at the session: its end,
        or, for a meeting never ended, its last recorded activity. Every view that looks
        back reads the clocks here, so they agree to the second and never move on."""
        if self.agenda.finished and self.agenda.ended_at is not None:
            return self.agenda.ended_at
        return self.last_at or self.agenda.started_at or datetime.fromtimestamp(0, UTC)

    def apply(self, event: Event) -> None:
        if not self.memory.apply(event) and not self.room.apply(event):
            route_event(self.agenda, self.referat, event, self.turns)
        self.last_at = event.at

    def span(self) -> tuple[datetime, datetime] | None:
        """From the start to `moment()`; None for a meeting never started."""
        if self.agenda.started_at is None:
            return None
        return self.agenda.started_at, max(self.agenda.started_at, self.moment())

    @classmethod
    def from_events(
        cls,
        program: Program,
        events: Iterable[Event],
        roster: Iterable[Participant] = (),
        colleagues: Iterable[Iterable[str]] = (),
    ) -> SessionState:
        state = cls(AgendaState.initial(program), ReferatState(), TurnsState())
        state.turns.seed(roster, colleagues)
        for event in events:
            state.apply(event)
        return state


def decision_missing(agenda: AgendaState, referat: ReferatState) -> bool:
    """A decision block may not be left without a decision, or a reason for having none."""
    current = agenda.current
    if current is None or agenda.program.block(current).kind is not BlockKind.DECISION:
        return False
    has_decision = bool(referat.entries_for(current, EntryKind.DECISION))
    return not has_decision and current not in referat.decision_skips
