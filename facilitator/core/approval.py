"""`/godkend`: at a later meeting, those present approve the group's previous referat (the
drejebog: a referat the afdelingsbestyrelse approves can stand for an agreement).

The approval is an event of the approving meeting, naming the approved session; the
approved referat is never rewritten. Its export, `show` and review read the approval from
the later meeting: »Godkendt den 24.12.2026 af Anne, Bo og Carla«.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from facilitator.core.attendance import attendance
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.memory import Approval, MemoryEvent
from facilitator.core.referat import Attendance
from facilitator.core.review import GroupMeeting
from facilitator.core.session import SessionState


def previous_meeting(past: Iterable[GroupMeeting]) -> GroupMeeting | None:
    """The group's meeting held last before this one."""
    return max(past, key=lambda meeting: meeting.created, default=None)


def present_names(state: SessionState) -> list[str]:
    """Who is here, as the meeting has marked them (and anyone who had the word)."""
    marks = attendance(state.referat, state.turns)
    return sorted((n for n, s in marks.items() if s is Attendance.PRESENT), key=str.casefold)


def approve_previous(past: Iterable[GroupMeeting], state: SessionState) -> Action:
    """The event approving the previous meeting's referat by those present now."""
    previous = previous_meeting(past)
    if previous is None:
        return Refusal("approval.none")
    names = present_names(state)
    if not names:
        return Refusal("approval.nobody")
    if any(a.session == previous.folder for a in state.memory.approvals):
        return Refusal("approval.already")
    data = {"session": previous.folder, "by": names}
    return [EventDraft(MemoryEvent.REFERAT_APPROVED, data)]


@dataclass(frozen=True)
class ApprovalSaid:
    approval: Approval
    meeting: str
    """The approving meeting's folder."""

    @property
    def at(self) -> datetime:
        return self.approval.at


def approval_of(folder: str, meetings: Iterable[GroupMeeting]) -> ApprovalSaid | None:
    """The latest approval of the referat in `folder`, said at another of the meetings."""
    said = [
        ApprovalSaid(approval, meeting.folder)
        for meeting in meetings
        if meeting.folder != folder
        for approval in meeting.state.memory.approvals
        if approval.session == folder
    ]
    return max(said, key=lambda one: one.at, default=None)


def approval_text(said: ApprovalSaid, day: str) -> str:
    """»Godkendt den 24.12.2026 af Anne, Bo og Carla« (`day` in the reader's zone)."""
    from facilitator.i18n import tr
    from facilitator.i18n.lists import names_joined

    return tr("approval.text", day=day, names=names_joined(said.approval.by))
