"""What a meeting adds to the group's memory: standing agreements (made, changed, ended),
text off the record, the grænsevogter's time-outs, the status of action items and the
approval of the previous referat. A fold over events, like the referat's.

An agreement lives across meetings: a later meeting changes or ends one made earlier,
naming the session it was made in (`session`, empty for this one), as `action_updated`
does for actions. What is in force is read over the group's meetings (core/agreements.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from facilitator.core.event_shapes import fits
from facilitator.core.events import Event


class MemoryEvent(StrEnum):
    AGREEMENT_MADE = "agreement_made"
    AGREEMENT_CHANGED = "agreement_changed"
    AGREEMENT_ENDED = "agreement_ended"
    OFF_THE_RECORD = "off_the_record"
    TIMEOUT_CALLED = "timeout_called"
    TIMEOUT_ENDED = "timeout_ended"
    ACTION_STATUS_SET = "action_status_set"
    REFERAT_APPROVED = "referat_approved"


class ActionStatus(StrEnum):
    """An action item's status, as written in the log (the words typed are Danish)."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    POSTPONED = "postponed"
    DROPPED = "dropped"


STATUSES = frozenset(status.value for status in ActionStatus)
CLOSED = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})
"""Statuses that end an action: it is no longer carried into the next meeting."""


class AgreementWord(StrEnum):
    MADE = "made"
    CHANGED = "changed"
    ENDED = "ended"


@dataclass(frozen=True)
class AgreementNote:
    """One word about an agreement, said at this meeting."""

    word: AgreementWord
    session: str
    """The session the agreement was made in; empty: this one."""
    id: str
    text: str
    by: str
    at: datetime
    seq: int


@dataclass(frozen=True)
class OffRecord:
    """Text off the record (`/fortroligt`): kept in the session, shown to the chair and the
    referent, never in anything that leaves it."""

    block: str
    text: str
    by: str
    at: datetime


@dataclass(frozen=True)
class TimeOut:
    block: str
    by: str
    role: str
    started: datetime
    ended: datetime | None = None


@dataclass(frozen=True)
class StatusNote:
    """`/status 2 udskudt 1.2: venter på svar` about an action of this or an earlier meeting."""

    session: str
    id: str
    status: str
    note: str
    due: date | None
    at: datetime


@dataclass(frozen=True)
class Approval:
    session: str
    """The session whose referat is approved (an earlier one)."""
    by: tuple[str, ...]
    at: datetime


@dataclass
class MemoryState:
    agreements: list[AgreementNote] = field(default_factory=list)
    off_record: list[OffRecord] = field(default_factory=list)
    timeouts: list[TimeOut] = field(default_factory=list)
    statuses: list[StatusNote] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)

    @property
    def timeout(self) -> TimeOut | None:
        """The time-out going on now, if one is."""
        last = self.timeouts[-1] if self.timeouts else None
        return last if last is not None and last.ended is None else None

    def apply(self, event: Event) -> bool:
        """Apply a memory event; False if it is not one, or does not fit its shape (the
        agenda then counts it with its line)."""
        handler = _HANDLERS.get(event.type)
        return handler is not None and fits(event) and handler(self, event)

    def _agreement(self, event: Event) -> bool:
        data = event.data
        word = _WORDS[event.type]
        text = str(data.get("text", "")).strip()
        if word is not AgreementWord.ENDED and not text:
            return False
        note = AgreementNote(
            word,
            str(data.get("session", "")),
            str(data["id"]),
            text,
            str(data.get("by", "")),
            event.at,
            event.seq,
        )
        self.agreements.append(note)
        return True

    def _off_record(self, event: Event) -> bool:
        text = event.data["text"].strip()
        if not text:
            return False
        data = event.data
        self.off_record.append(
            OffRecord(str(data.get("block", "")), text, str(data.get("by", "")), event.at)
        )
        return True

    def _call_timeout(self, event: Event) -> bool:
        if self.timeout is not None:
            return False
        data = event.data
        self.timeouts.append(
            TimeOut(
                str(data.get("block", "")),
                str(data.get("by", "")),
                str(data.get("role", "")),
                event.at,
            )
        )
        return True

    def _end_timeout(self, event: Event) -> bool:
        going = self.timeout
        if going is None:
            return False
        self.timeouts[-1] = TimeOut(going.block, going.by, going.role, going.started, event.at)
        return True

    def _set_status(self, event: Event) -> bool:
        data = event.data
        if data["status"] not in STATUSES:
            return False
        due = _day(data.get("due"))
        note = StatusNote(
            str(data.get("session", "")),
            data["id"],
            data["status"],
            str(data.get("note", "")).strip(),
            due,
            event.at,
        )
        self.statuses.append(note)
        return True

    def _approve(self, event: Event) -> bool:
        names = tuple(name.strip() for name in event.data["by"] if name.strip())
        if not event.data["session"] or not names:
            return False
        self.approvals.append(Approval(event.data["session"], names, event.at))
        return True


def _day(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


_WORDS: dict[str, AgreementWord] = {
    MemoryEvent.AGREEMENT_MADE: AgreementWord.MADE,
    MemoryEvent.AGREEMENT_CHANGED: AgreementWord.CHANGED,
    MemoryEvent.AGREEMENT_ENDED: AgreementWord.ENDED,
}
_HANDLERS: dict[str, Callable[[MemoryState, Event], bool]] = {
    **dict.fromkeys(_WORDS, MemoryState._agreement),
    MemoryEvent.OFF_THE_RECORD: MemoryState._off_record,
    MemoryEvent.TIMEOUT_CALLED: MemoryState._call_timeout,
    MemoryEvent.TIMEOUT_ENDED: MemoryState._end_timeout,
    MemoryEvent.ACTION_STATUS_SET: MemoryState._set_status,
    MemoryEvent.REFERAT_APPROVED: MemoryState._approve,
}

REFERENT_MEMORY_EVENTS = frozenset(
    {
        MemoryEvent.AGREEMENT_MADE,
        MemoryEvent.AGREEMENT_CHANGED,
        MemoryEvent.AGREEMENT_ENDED,
        MemoryEvent.OFF_THE_RECORD,
        MemoryEvent.ACTION_STATUS_SET,
        MemoryEvent.REFERAT_APPROVED,
    }
)
"""What the referent may write of these: all but the chair's time-out (it stops the clock)."""
