"""What a referat says of the group's memory: the agreements in force when the meeting
was held. Read over the group's meetings, so a referat read later says what later
meetings said about it, without its own session ever being rewritten."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.core.action_status import StatusInfo, latest_statuses
from facilitator.core.agreements import Agreement, agreements_in_force
from facilitator.core.approval import ApprovalSaid, approval_of
from facilitator.core.memory import TimeOut
from facilitator.core.review import GroupMeeting


@dataclass(frozen=True)
class ReferatMemory:
    agreements: list[Agreement] = field(default_factory=list)
    """In force at the end of the meeting (made there or before, not ended by then)."""
    timeouts: list[TimeOut] = field(default_factory=list)
    """The grænsevogter's time-outs at this meeting."""
    statuses: dict[str, StatusInfo] = field(default_factory=dict)
    """This meeting's actions (by id) with the latest status any meeting gave them."""
    followed_up: list[tuple[str, str, StatusInfo]] = field(default_factory=list)
    """Actions of earlier meetings given a status at this one: (text, who, status)."""
    approval: ApprovalSaid | None = None
    """The referat's approval at a later meeting (`/godkend`), if it has one."""


def referat_memory(folder: str, meetings: Sequence[GroupMeeting]) -> ReferatMemory:
    """For the meeting in `folder`, among the group's `meetings` (itself included)."""
    own = next((meeting for meeting in meetings if meeting.folder == folder), None)
    if own is None:
        return ReferatMemory()
    until = [meeting for meeting in meetings if meeting.created <= own.created]
    latest = latest_statuses(meetings)
    referat = own.state.referat
    statuses = {
        entry_id: info
        for (session, entry_id), info in latest.items()
        if session == folder and entry_id in referat.entries
    }
    return ReferatMemory(
        agreements=agreements_in_force(until),
        timeouts=list(own.state.memory.timeouts),
        statuses=statuses,
        followed_up=_followed_up(own, meetings),
        approval=approval_of(folder, meetings),
    )


def _followed_up(
    own: GroupMeeting, meetings: Sequence[GroupMeeting]
) -> list[tuple[str, str, StatusInfo]]:
    """The statuses said at `own` about earlier meetings' actions, the last word each."""
    said = latest_statuses([own])
    entries = {
        (meeting.folder, entry.id): entry
        for meeting in meetings
        if meeting.folder != own.folder
        for entry in meeting.state.referat.entries.values()
    }
    return [
        (entries[key].text, entries[key].who, info)
        for key, info in said.items()
        if key in entries and key[0] != own.folder
    ]
