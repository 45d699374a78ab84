"""What a referat says of the group's memory: the agreements in force when the meeting
was held. Read over the group's meetings, so a referat read later says what later
meetings said about it, without its own session ever being rewritten."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.core.agreements import Agreement, agreements_in_force
from facilitator.core.memory import TimeOut
from facilitator.core.review import GroupMeeting


@dataclass(frozen=True)
class ReferatMemory:
    agreements: list[Agreement] = field(default_factory=list)
    """In force at the end of the meeting (made there or before, not ended by then)."""
    timeouts: list[TimeOut] = field(default_factory=list)
    """The grænsevogter's time-outs at this meeting."""


def referat_memory(folder: str, meetings: Sequence[GroupMeeting]) -> ReferatMemory:
    """For the meeting in `folder`, among the group's `meetings` (itself included)."""
    own = next((meeting for meeting in meetings if meeting.folder == folder), None)
    if own is None:
        return ReferatMemory()
    until = [meeting for meeting in meetings if meeting.created <= own.created]
    return ReferatMemory(
        agreements=agreements_in_force(until),
        timeouts=list(own.state.memory.timeouts),
    )
