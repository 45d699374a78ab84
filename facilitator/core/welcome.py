"""What the room's screens show before the meeting starts: the title, when it starts and
how long until then, and the agenda with clock times (»Lav en planche … så alle kan se
dagsordenen, når de kommer«). Before the start nothing is paused, so nothing says »Pause«.

The start is known from `run --start 19:00`, or from the group's plan (a meeting planned
at an earlier meeting for today, or the next meeting it set). It is recorded as a
`start_announced` event, so every seat (the projector too) reads the same time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from facilitator.core.agenda import AgendaState
from facilitator.core.events import EventDraft
from facilitator.core.meeting_plan import PlanInputError, PlannedMeeting, parse_clock
from facilitator.core.referat import NextMeeting
from facilitator.core.room import RoomEvent, RoomState


@dataclass(frozen=True)
class WelcomeLine:
    starts: datetime | None
    title: str
    minutes: int


@dataclass(frozen=True)
class Welcome:
    title: str
    starts_at: datetime | None
    """Local time; None when no start is known (»Vi starter snart«)."""
    seconds_left: int | None
    """Whole seconds, so a view a fraction later compares equal and nothing repaints."""
    lines: tuple[WelcomeLine, ...]


@dataclass(frozen=True)
class RoomSign:
    """Everything the room's screens show beside the clock: the welcome before the start,
    and the chair's message (`/skærm`) at any time."""

    welcome: Welcome | None
    message: str


def build_welcome(
    agenda: AgendaState, starts: datetime | None, now: datetime, zone: tzinfo
) -> Welcome:
    """The welcome for the agenda as it stands (items added before the start included)."""
    local = starts.astimezone(zone) if starts is not None else None
    lines, elapsed = [], 0
    for block_id in agenda.order:
        block = agenda.program.block(block_id)
        minutes = agenda.runs[block_id].planned_seconds // 60
        begins = local + timedelta(minutes=elapsed) if local is not None else None
        lines.append(WelcomeLine(begins, block.title, minutes))
        elapsed += minutes
    left = None
    if local is not None:
        left = max(0, math.ceil((local - now).total_seconds()))
    return Welcome(agenda.program.title, local, left, tuple(lines))


def room_sign(agenda: AgendaState, room: RoomState, now: datetime, zone: tzinfo) -> RoomSign:
    welcome = None
    if agenda.started_at is None:
        welcome = build_welcome(agenda, room.announced_start, now, zone)
    return RoomSign(welcome, room.message)


def start_on(day: date, text: str, zone: tzinfo) -> datetime:
    """`--start 19:00` on the meeting's day, in the group's zone; PlanInputError if unread."""
    return datetime.combine(day, parse_clock(text), tzinfo=zone)


def planned_start(
    day: date,
    zone: tzinfo,
    planned: Iterable[PlannedMeeting],
    next_meetings: Iterable[NextMeeting],
) -> datetime | None:
    """Today's start as the group planned it: a planned meeting on `day` (the latest plan
    given last wins), else a next meeting set for `day` with a readable time."""
    found = None
    for meeting in planned:
        if meeting.starts.astimezone(zone).date() == day:
            found = meeting.starts.astimezone(zone)
    if found is not None:
        return found
    for next_meeting in next_meetings:
        if next_meeting.date == day and next_meeting.time:
            try:
                clock: time = parse_clock(next_meeting.time)
            except PlanInputError:
                continue
            found = datetime.combine(day, clock, tzinfo=zone)
    return found


def announce_start(starts: datetime, source: str) -> list[EventDraft]:
    """The event that tells every seat when the meeting starts (`source`: cli or plan)."""
    return [EventDraft(RoomEvent.START_ANNOUNCED, {"starts": starts.isoformat(), "source": source})]
