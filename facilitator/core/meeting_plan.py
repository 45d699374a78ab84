"""A group's meetings planned half a year ahead: dates, times, who chairs, takes notes and
hosts (the themes and their owners: core/theme_plan.py).

Pure: the dates are computed in the group's own time zone, so 19.00 stays 19.00 on the wall
when summer time begins or ends between two meetings. Reading text ("4w", "2t30") lives
here too, so the CLI and the in-meeting form accept the same words.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo


class PlanInputError(ValueError):
    """A typed value that cannot be read; `message` is a catalogue key, `value` the text."""

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


@dataclass(frozen=True)
class Interval:
    """Every N days, or every N months on the same day of the month."""

    days: int = 0
    months: int = 0

    def after(self, start: date, steps: int) -> date:
        if self.months:
            month_index = start.month - 1 + self.months * steps
            year, month = start.year + month_index // 12, month_index % 12 + 1
            last_day = calendar.monthrange(year, month)[1]
            return date(year, month, min(start.day, last_day))
        return start + timedelta(days=self.days * steps)


@dataclass(frozen=True)
class PlannedMeeting:
    number: int
    starts: datetime
    ends: datetime
    chair: str = ""
    referent: str = ""
    host: str = ""
    """Vært: who has the group at home or books the room (in turn, like chair and referent)."""
    theme: str = ""
    owners: tuple[str, ...] = ()
    """Temaansvarlige: the one or two who prepare the theme (core/theme_plan.py)."""


INTERVAL = re.compile(r"^\s*(\d+)\s*(w|u|uge|uger|d|dag|dage|m|md|mdr|måned|måneder)\.?\s*$")
DURATION_HOURS = re.compile(r"^\s*(\d+)\s*(?:h|t|timer?)\s*(?:(\d+)\s*(?:m|min)?)?\s*$")
DURATION_MINUTES = re.compile(r"^\s*(\d+)\s*(?:m|min|minutter)\s*$")
DURATION_CLOCK = re.compile(r"^\s*(\d+)[:.](\d{2})\s*$")


def parse_interval(text: str) -> Interval:
    """`4w`, `4u`, `4 uger`, `14d`, `1m` (monthly, same day of the month)."""
    match = INTERVAL.match(text.lower())
    if match is None or int(match.group(1)) < 1:
        raise PlanInputError("plan.bad_every", text)
    count, unit = int(match.group(1)), match.group(2)
    if unit.startswith(("w", "u")):
        return Interval(days=7 * count)
    if unit.startswith("d"):
        return Interval(days=count)
    return Interval(months=count)


def parse_duration(text: str) -> timedelta:
    """`2h30`, `2t30`, `2 t 30 min`, `150m`, `2:30`."""
    lowered = text.lower()
    if match := DURATION_HOURS.match(lowered):
        minutes = int(match.group(1)) * 60 + int(match.group(2) or 0)
    elif match := DURATION_MINUTES.match(lowered):
        minutes = int(match.group(1))
    elif match := DURATION_CLOCK.match(lowered):
        minutes = int(match.group(1)) * 60 + int(match.group(2))
    else:
        raise PlanInputError("plan.bad_duration", text)
    if not 0 < minutes <= 24 * 60:
        raise PlanInputError("plan.bad_duration", text)
    return timedelta(minutes=minutes)


def parse_clock(text: str) -> time:
    """`19:00`, `19.00`, `19`."""
    match = re.match(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*$", text)
    if match is None:
        raise PlanInputError("plan.bad_time", text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise PlanInputError("plan.bad_time", text)
    return time(hour, minute)


def rotation(people: list[str], index: int) -> tuple[str, str]:
    """Who chairs and who writes the referat at meeting `index`: everyone in turn, and the
    referent is the next in line (so nobody does both at once when there are two or more)."""
    if not people:
        return "", ""
    chair = people[index % len(people)]
    referent = people[(index + 1) % len(people)] if len(people) > 1 else ""
    return chair, referent


def host_in_turn(people: list[str], index: int) -> str:
    """Who hosts meeting `index`: the third in line after the chair and the referent, so
    three or more people never hold two of the roles at once; in a pair, the chair."""
    if not people:
        return ""
    if len(people) < 3:
        return people[index % len(people)]
    return people[(index + 2) % len(people)]


def plan_meetings(
    first: date,
    every: Interval,
    count: int,
    starts_at: time,
    duration: timedelta,
    zone: tzinfo,
    rotate: list[str] | None = None,
) -> list[PlannedMeeting]:
    """`count` meetings from `first`; each starts at the same wall-clock time in `zone`."""
    if count < 1:
        raise PlanInputError("plan.bad_count", str(count))
    meetings = []
    for index in range(count):
        day = every.after(first, index)
        starts = datetime.combine(day, starts_at, tzinfo=zone)
        # Add the duration on the wall clock, then let the zone say the offset again.
        ends = (starts.replace(tzinfo=None) + duration).replace(tzinfo=zone)
        chair, referent = rotation(rotate or [], index)
        host = host_in_turn(rotate or [], index)
        meetings.append(PlannedMeeting(index + 1, starts, ends, chair, referent, host))
    return meetings
