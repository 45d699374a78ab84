"""A meeting plan as an iCalendar file (RFC 5545, written by `icalendar`) and as a list.

Times carry their zone (TZID with a VTIMEZONE), so a calendar shows 19.00 both before and
after the change to or from summer time. Each meeting's UID is derived from the group and
the date, so importing a corrected plan again updates the meetings instead of doubling them.

A calendar takes an update only when its SEQUENCE is higher than the one it has. The
sequence is the plan's own making time in whole seconds since 1 January 2024 (UTC): a plan
made again later always has a higher one, with no counter to keep in a file beside it (and
nothing to lose when the plan is made on another machine or in another folder). It stays
below 2³¹, the most some calendars store, until 2092.

The VTIMEZONE covers the years of the plan (the summer time rules from the zone database),
and says so in Danish.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from facilitator.core.meeting_plan import PlannedMeeting
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.raw_html import html_as_text
from facilitator.i18n import format_clock_time, format_date, format_day, tr, tr_count
from facilitator.i18n.lists import names_joined

PLAN_NAMESPACE = uuid.UUID("6f1d3c2a-5b7e-4e8a-9c1d-2a3b4c5d6e7f")
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def plan_sequence(made_at: datetime) -> int:
    """The SEQUENCE of every meeting in a plan made at `made_at` (see the module)."""
    return max(0, int((made_at - SEQUENCE_EPOCH).total_seconds()))


def meeting_summary(group: str, title: str) -> str:
    name = title or tr("plan.default_title")
    return f"{group}: {name}" if group else name


def theme_parts(meeting: PlannedMeeting) -> list[str]:
    """`tema »Feedback«`, `temaansvarlige Anne og Bo` (empty without a theme)."""
    parts = [tr("plan.theme", name=meeting.theme)] if meeting.theme else []
    if meeting.owners:
        owners = names_joined(meeting.owners)
        parts.append(tr_count("plan.owners", len(meeting.owners), names=owners))
    return parts


def meeting_line(meeting: PlannedMeeting, place: str) -> str:
    """`1. torsdag den 14. januar 2027 kl. 19.00–21.30, Kulturhuset – tema »Feedback«,
    temaansvarlige Anne og Bo – ordstyrer Anne, referent Bo, vært Carla`"""
    text = tr(
        "plan.line",
        number=meeting.number,
        day=format_date(meeting.starts.date()),
        start=format_clock_time(meeting.starts),
        end=format_clock_time(meeting.ends),
    )
    if place:
        text += f", {place}"
    themes = theme_parts(meeting)
    if themes:
        text += " – " + ", ".join(themes)
    roles = []
    if meeting.chair:
        roles.append(tr("plan.chair", name=meeting.chair))
    if meeting.referent:
        roles.append(tr("plan.referent", name=meeting.referent))
    if meeting.host:
        roles.append(tr("plan.host", name=meeting.host))
    return text + (" – " + ", ".join(roles) if roles else "")


def markdown_meeting_line(meeting: PlannedMeeting, place: str) -> str:
    """`meeting_line` for a Markdown file: the names, the theme and the place as typed
    (markdown_literal.py); the review shows `meeting_line` as text."""
    typed = replace(
        meeting,
        chair=markdown_literal(meeting.chair),
        referent=markdown_literal(meeting.referent),
        host=markdown_literal(meeting.host),
        theme=markdown_literal(meeting.theme),
        owners=tuple(markdown_literal(owner) for owner in meeting.owners),
    )
    return meeting_line(typed, markdown_literal(place))


def description_lines(meeting: PlannedMeeting) -> list[str]:
    """The calendar entry's DESCRIPTION: theme, its owners, then who does what."""
    lines = [tr("plan.theme_line", name=meeting.theme)] if meeting.theme else []
    if meeting.owners:
        owners = names_joined(meeting.owners)
        lines.append(tr_count("plan.owners_line", len(meeting.owners), names=owners))
    for key, name in (
        ("plan.chair_line", meeting.chair),
        ("plan.referent_line", meeting.referent),
        ("plan.host_line", meeting.host),
    ):
        if name:
            lines.append(tr(key, name=name))
    return lines


def plan_markdown(meetings: list[PlannedMeeting], group: str, title: str, place: str) -> str:
    summary = markdown_literal(meeting_summary(group, title))
    lines = [f"# {tr('plan.heading', summary=summary)}", ""]
    # `1. …`: a numbered list
    lines += [markdown_meeting_line(meeting, place) for meeting in meetings]
    return html_as_text("\n".join(lines) + "\n")  # typed HTML stays text (raw_html.py)


def plan_ics(
    meetings: list[PlannedMeeting], group: str, title: str, place: str, made_at: datetime
) -> bytes:
    from icalendar import Calendar, Event  # only the plan needs it

    sequence = plan_sequence(made_at)
    calendar = Calendar()
    calendar.add("prodid", "-//facilitator//mødeplan//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # An X- property is not escaped by icalendar: a line break in a group name would
    # break the file (a failed assertion), so the calendar's name is one line.
    calendar.add("x-wr-calname", " ".join(meeting_summary(group, title).split()))
    for meeting in meetings:
        event = Event()
        key = f"{group}|{title}|{meeting.starts.date().isoformat()}"
        event.add("uid", f"{uuid.uuid5(PLAN_NAMESPACE, key)}@facilitator")
        event.add("dtstamp", made_at)
        event.add("sequence", sequence)
        event.add("dtstart", meeting.starts)
        event.add("dtend", meeting.ends)
        summary = meeting_summary(group, title)
        # The theme in the title too: it is what a calendar's month view shows.
        event.add("summary", f"{summary} – {meeting.theme}" if meeting.theme else summary)
        if place:
            event.add("location", place)
        lines = description_lines(meeting)
        if lines:
            event.add("description", "\n".join(lines))
        calendar.add_component(event)
    if meetings:
        first = date(min(m.starts.year for m in meetings), 1, 1)
        last = date(max(m.ends.year for m in meetings) + 1, 1, 1)
        calendar.add_missing_timezones(first, last)
        comment = tr("plan.tz_comment", first=format_day(first), last=format_day(last))
        for zone in calendar.walk("VTIMEZONE"):
            zone.pop("COMMENT", None)  # icalendar's own, in English
            zone.add("comment", comment)
    return bytes(calendar.to_ical())
