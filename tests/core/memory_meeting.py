"""A meeting folded in memory for the group-memory tests: events applied as the log would."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from facilitator.core.events import Action, Event, EventDraft
from facilitator.core.program import Program
from facilitator.core.review import GroupMeeting
from facilitator.core.session import SessionState


class Meeting:
    def __init__(self, program: Program, clock: FakeClock, folder: str) -> None:
        self.clock, self.folder = clock, folder
        self.created = clock.now()
        self.state = SessionState.from_events(program, [])
        self.seq = 0

    def do(self, action: Action | EventDraft) -> None:
        drafts = [action] if isinstance(action, EventDraft) else action
        assert isinstance(drafts, list), drafts
        for draft in drafts:
            self.seq += 1
            self.state.apply(Event(self.seq, self.clock.now(), draft.type, dict(draft.data)))

    def as_group_meeting(self) -> GroupMeeting:
        return GroupMeeting(self.folder, self.created, self.state)
