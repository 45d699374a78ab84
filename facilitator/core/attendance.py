"""Who was there: the marks made in the meeting, and everyone who had the word."""

from __future__ import annotations

from facilitator.core.referat import Attendance, ReferatState
from facilitator.core.turns import TurnsState


def attendance(referat: ReferatState, turns: TurnsState) -> dict[str, Attendance]:
    """Each person's attendance: as marked, and present for anyone who spoke and was not
    marked otherwise (a speaker missing from Fremmøde made the referat contradict itself)."""
    marks = dict(referat.attendance)
    for person in turns.participants.values():
        if person.name not in marks and turns.turn_count(person.id) > 0:
            marks[person.name] = Attendance.PRESENT
    return marks
