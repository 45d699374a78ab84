"""Session events: every change is an event; state is a fold over them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    SESSION_OPENED = "session_opened"
    CLOCK_STARTED = "clock_started"
    CLOCK_PAUSED = "clock_paused"
    BLOCK_ENDED = "block_ended"
    BLOCK_SKIPPED = "block_skipped"
    BLOCK_REOPENED = "block_reopened"
    BLOCK_POSTPONED = "block_postponed"
    BLOCK_EXTENDED = "block_extended"
    PLAN_ADJUSTED = "plan_adjusted"
    BLOCK_ADDED = "block_added"
    MEETING_ENDED = "meeting_ended"
    MEETING_LEFT = "meeting_left"


@dataclass(frozen=True)
class Refusal:
    """What the rules say instead of an event: the action cannot be carried out now (or a
    typed line cannot be read). `message` is a catalogue key, `params` its placeholders."""

    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EventDraft:
    """An event the caller wants recorded; the log gives it a sequence number and time."""

    type: str
    data: Mapping[str, Any] = field(default_factory=dict)


Action = list[EventDraft] | Refusal
"""What a chair's or referent's action gives: the events to record together (all of them
or none), or why it cannot be done now."""


@dataclass(frozen=True)
class Event:
    seq: int
    at: datetime
    type: str
    data: Mapping[str, Any] = field(default_factory=dict)
    line: int = field(default=0, compare=False)
    """The line of `events.jsonl` it was read from (0 when not read from a file): what a
    warning about an event that could not be read names."""

    @property
    def where(self) -> int:
        """The line to name in a warning: the file's line, else the sequence number."""
        return self.line or self.seq

    def to_json_object(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": format_utc(self.at),
            "type": self.type,
            "data": dict(self.data),
        }


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Parse the log's UTC timestamps; raises ValueError on anything else."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("timestamp without time zone")
    return moment.astimezone(UTC)


EARLIEST_YEAR, LATEST_YEAR = 1970, 9000
"""Event times outside these years are damage (and near year 9999 arithmetic overflows)."""


def event_from_json_object(raw: Any, line: int = 0) -> Event:
    """Validate one decoded JSON line's envelope (seq, at, type, data is an object); the
    data's own shape is checked by the folds (`core/event_shapes.py`). Raises ValueError
    naming the field that is wrong, or with no text when the line is not an object."""
    if not isinstance(raw, dict):
        raise ValueError("")
    seq, at, kind, data = raw.get("seq"), raw.get("at"), raw.get("type"), raw.get("data", {})
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValueError("seq")
    if not isinstance(at, str):
        raise ValueError("at")
    if not isinstance(kind, str) or not kind:
        raise ValueError("type")
    if not isinstance(data, dict):
        raise ValueError("data")
    try:
        moment = parse_utc(at)
    except ValueError:
        raise ValueError("at") from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError("at")
    return Event(seq=seq, at=moment, type=kind, data=data, line=line)
