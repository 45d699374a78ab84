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
class EventDraft:
    """An event the caller wants recorded; the log gives it a sequence number and time."""

    type: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    seq: int
    at: datetime
    type: str
    data: Mapping[str, Any] = field(default_factory=dict)

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


def event_from_json_object(raw: Any) -> Event:
    """Validate one decoded JSON line. Raises ValueError with a short reason."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    seq, at, kind, data = raw.get("seq"), raw.get("at"), raw.get("type"), raw.get("data", {})
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValueError("seq")
    if not isinstance(at, str):
        raise ValueError("at")
    if not isinstance(kind, str) or not kind:
        raise ValueError("type")
    if not isinstance(data, dict):
        raise ValueError("data")
    return Event(seq=seq, at=parse_utc(at), type=kind, data=data)
