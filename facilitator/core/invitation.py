"""What an invitation to a meeting says, before it is written as Markdown, text or HTML.

Pure. Whatever the user did not give (a date, a place, a sender …) stays visible in the text
as a placeholder such as »[sted]« and is listed in `missing`, so that nothing is invented
and nothing is sent half filled in without the sender being told.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from facilitator.core.meeting_plan import PlanInputError, parse_clock
from facilitator.core.program import Program
from facilitator.core.referat import parse_due


@dataclass(frozen=True)
class InvitationDetails:
    day: date | None = None
    starts_at: time | None = None
    place: str = ""
    sender: str = ""
    chair: str = ""
    recipient: str = ""
    reply_by: date | None = None
    contact: str = ""
    group: str = ""


@dataclass(frozen=True)
class AgendaLine:
    starts: time | None
    ends: time | None
    title: str
    minutes: int
    lead: str


@dataclass(frozen=True)
class Invitation:
    program: Program
    details: InvitationDetails
    agenda: tuple[AgendaLine, ...]
    ends_at: time | None
    missing: tuple[str, ...]
    """Which details were not given, as field names: `day`, `starts_at`, `place`, …"""


# The details an invitation cannot do without; the rest are left out quietly when empty.
NEEDED = ("recipient", "day", "starts_at", "place", "chair", "reply_by", "sender")


def _clock_after(start: time, minutes: int) -> time:
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()


def build_invitation(program: Program, details: InvitationDetails) -> Invitation:
    agenda, elapsed = [], 0
    start = details.starts_at
    for block in program.blocks:
        begins = _clock_after(start, elapsed) if start else None
        elapsed += block.minutes
        ends = _clock_after(start, elapsed) if start else None
        agenda.append(AgendaLine(begins, ends, block.title, block.minutes, block.lead))
    missing = tuple(name for name in NEEDED if not getattr(details, name))
    ends_at = _clock_after(start, elapsed) if start else None
    return Invitation(program, details, tuple(agenda), ends_at, missing)


def parse_day(text: str, today: date) -> date | None:
    """A typed date (`3.12`, `3.12.2026`, `2026-12-03`), None when empty; PlanInputError
    naming the text when it cannot be read. Used by the invitation and the meeting plan."""
    if not text.strip():
        return None
    try:
        return parse_due(text.strip(), today)
    except (ValueError, IndexError):
        raise PlanInputError("invite.bad_date", text) from None


def details_from_text(values: Mapping[str, str], today: date, group: str = "") -> InvitationDetails:
    """The details as typed in the CLI's options or the picker's form (field names as in
    `InvitationDetails`); a missing or empty value stays empty."""

    def text(name: str) -> str:
        return values.get(name, "").strip()

    return InvitationDetails(
        day=parse_day(text("day"), today),
        starts_at=parse_clock(text("starts_at")) if text("starts_at") else None,
        place=text("place"),
        sender=text("sender"),
        chair=text("chair"),
        recipient=text("recipient"),
        reply_by=parse_day(text("reply_by"), today),
        contact=text("contact"),
        group=group.strip(),
    )
