"""What an invitation to a meeting says, before it is written as Markdown, text or HTML.

Pure. Whatever the user did not give (a date, a place, a sender …) stays visible in the text
as a placeholder such as «[sted]» and is listed in `missing`, so that nothing is invented
and nothing is sent half filled in without the sender being told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from facilitator.core.program import Program


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
