"""Where a meeting's clocks stop when it is shown or exported: one answer for every view.

A meeting that was ended stops at its end. One that was never ended (the chair's laptop
died, or the chair left with the clock running) is either still held by a seat, and then
it is running and counts to now, or it is held by nobody, and then its times go to its
last recorded event: read a week later, it must not say »kl. 18.00–16.37« and »118 t«
for the last item. Whether a seat holds it is a question for the store (the seats'
locks); the caller asks it and passes the answer as `live`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum

from facilitator.core.session import SessionState
from facilitator.i18n import format_clock_time, tr


class EndKind(Enum):
    ENDED = "ended"
    """Ended in the meeting: its end is the end event's time."""
    RUNNING = "running"
    """Never ended, and a seat holds it: it runs, and its clocks read now."""
    NOT_ENDED = "not_ended"
    """Never ended, and no seat holds it: its clocks stop at its last event."""


@dataclass(frozen=True)
class MeetingEnd:
    at: datetime
    """The moment to read every running clock at (items, phases, talk time)."""
    kind: EndKind

    @property
    def unended(self) -> bool:
        """Left without an end, held by nobody: the referat says so."""
        return self.kind is EndKind.NOT_ENDED


def meeting_end(state: SessionState, live: bool, now: datetime) -> MeetingEnd:
    """`live`: whether a seat holds the meeting right now; `now`: the wall clock (read only
    for a live meeting; a clock gone back before the last event reads that event)."""
    agenda = state.agenda
    if agenda.finished and agenda.ended_at is not None:
        return MeetingEnd(agenda.ended_at, EndKind.ENDED)
    last = state.moment()  # the last event, for a meeting never ended
    if live:
        return MeetingEnd(max(now, last), EndKind.RUNNING)
    return MeetingEnd(last, EndKind.NOT_ENDED)


def looking_back(state: SessionState) -> MeetingEnd:
    """The end for a view that knows of no seat (a test, a list across meetings)."""
    return meeting_end(state, live=False, now=state.moment())


def time_fact(started: datetime, end: MeetingEnd, zone: tzinfo) -> str:
    """»Tid« in the referat (md, html and the review alike): `kl. 18.00–19.42`, and
    whether the meeting runs still or was never ended."""
    span = tr(
        "export.time_span",
        start=format_clock_time(started.astimezone(zone)),
        end=format_clock_time(max(started, end.at).astimezone(zone)),
    )
    if end.kind is EndKind.RUNNING:
        return tr("export.running", span=span)
    if end.kind is EndKind.NOT_ENDED:
        return tr("export.not_ended", span=span)
    return span


def unended_line(end: MeetingEnd, zone: tzinfo) -> str:
    """»Mødet blev ikke afsluttet; tiderne går til det sidste, der blev registreret, kl.
    19.42.«: said plainly under the facts, so no reader takes the times for a real end."""
    return tr("export.not_ended_line", time=format_clock_time(end.at.astimezone(zone)))
