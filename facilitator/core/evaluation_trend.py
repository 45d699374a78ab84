"""A group over its meetings: how many came, and how each evaluation came out.

The group review shows attendance for every meeting and, for meetings with an evaluation
item, the average per dimension, so a group can see whether trivsel went up after the
adjustments it agreed on half a year ago.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from facilitator.core.attendance import attendance
from facilitator.core.evaluation_rules import answers_for
from facilitator.core.program import BlockKind
from facilitator.core.referat import Attendance
from facilitator.core.review import GroupMeeting


@dataclass(frozen=True)
class MeetingTrend:
    created: datetime
    present: int
    """Marked present, had the word (core/attendance.py) or answered the evaluation."""
    answered: int
    """Answers in the meeting's evaluation items (0: no evaluation)."""
    averages: tuple[tuple[str, float], ...]
    """Dimension → average score over the meeting's evaluation answers."""

    def average(self, dimension: str) -> float | None:
        return dict(self.averages).get(dimension)


def meeting_trend(meeting: GroupMeeting) -> MeetingTrend:
    state = meeting.state
    marks = attendance(state.referat, state.turns)
    scores: dict[str, list[int]] = {}
    answered = 0
    for block in state.agenda.program.blocks:
        if block.kind is not BlockKind.EVALUATION:
            continue
        for answer in answers_for(state.referat, block.id):
            answered += 1
            marks.setdefault(answer.name, Attendance.PRESENT)  # who answers is here
            for dimension, score in answer.scores:
                scores.setdefault(dimension, []).append(score)
    present = sum(1 for status in marks.values() if status is Attendance.PRESENT)
    averages = tuple((name, sum(values) / len(values)) for name, values in scores.items())
    return MeetingTrend(meeting.created, present, answered, averages)


def group_trend(meetings: Iterable[GroupMeeting]) -> list[MeetingTrend]:
    """One row per meeting, oldest first."""
    return [meeting_trend(m) for m in sorted(meetings, key=lambda m: m.created)]


def trend_dimensions(trends: Iterable[MeetingTrend]) -> list[str]:
    """Every dimension rated in any of the meetings, in the order first seen."""
    seen: list[str] = []
    for trend in trends:
        seen += [name for name, _average in trend.averages if name not in seen]
    return seen
