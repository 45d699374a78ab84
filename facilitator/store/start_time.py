"""When a new meeting starts, told to every seat: `run --start 19:00`, or else what the
group planned for today at an earlier meeting (its meeting plan, or the next meeting it
set). Recorded as one `start_announced` event (core/welcome.py), so the projector, a
resume and a browser seat all count down to the same minute."""

from __future__ import annotations

import contextlib
from datetime import datetime, time, tzinfo
from pathlib import Path

from facilitator.core.meeting_plan import PlannedMeeting
from facilitator.core.referat import NextMeeting
from facilitator.core.welcome import announce_start, planned_start
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession


def group_plans(
    sessions_dir: Path, group: str, before: str
) -> tuple[list[PlannedMeeting], list[NextMeeting]]:
    """The meetings planned and the next meetings set at the group's earlier sessions
    (oldest first, so the newest word comes last); nothing for a meeting without a group."""
    if not group.strip():
        return [], []
    from facilitator.store.history import group_records

    planned: list[PlannedMeeting] = []
    next_meetings: list[NextMeeting] = []
    for record in group_records(sessions_dir, group):
        if record.folder.name == before:
            continue
        referat = record.state.referat
        if referat.meeting_plan is not None:
            planned.extend(referat.meeting_plan.meetings)
        if referat.next_meeting is not None:
            next_meetings.append(referat.next_meeting)
    return planned, next_meetings


def announce_the_start(
    session: LiveSession, sessions_dir: Path, zone: tzinfo, start: time | None
) -> datetime | None:
    """Record when the meeting starts, if that is known; the moment, or None. A failed
    write leaves the welcome saying »Vi starter snart«: never a reason to stop the start."""
    today = session.clock.now().astimezone(zone).date()
    if start is not None:
        moment: datetime | None = datetime.combine(today, start, tzinfo=zone)
        source = "cli"
    else:
        planned, next_meetings = group_plans(
            sessions_dir, session.header.group, session.folder.name
        )
        moment, source = planned_start(today, zone, planned, next_meetings), "plan"
    if moment is None:
        return None
    with contextlib.suppress(StoreError):
        session.record_all(announce_start(moment, source))
        return moment
    return None
