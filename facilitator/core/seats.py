"""The seats of one meeting and what each may write.

The chair runs the meeting: agenda, speakers and referat. The referent writes the referat
(notes, decisions, actions, attendance) but never moves the agenda or the talerliste. The
display (projector) only reads.
"""

from __future__ import annotations

from enum import StrEnum

from facilitator.core.memory import REFERENT_MEMORY_EVENTS
from facilitator.core.referat import ReferatEvent


class Seat(StrEnum):
    CHAIR = "chair"
    REFERENT = "referent"
    DISPLAY = "display"


REFERENT_EVENTS = frozenset(event.value for event in ReferatEvent) | REFERENT_MEMORY_EVENTS


def may_record(seat: Seat, event_type: str) -> bool:
    """Whether a seat may append an event of this type to the meeting's log."""
    if seat is Seat.CHAIR:
        return True
    if seat is Seat.REFERENT:
        return event_type in REFERENT_EVENTS
    return False
