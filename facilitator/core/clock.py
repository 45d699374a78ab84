"""Clocks. The meeting's truth is the wall clock; tests inject a FakeClock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current wall-clock time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock. Survives suspend: we never count ticks, we ask the time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def local_zone() -> tzinfo:
    """The machine's own time zone: the chair reads the clock on the wall."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class FakeClock:
    """A clock that moves only when told to, so tests never sleep."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward (or backward, with a negative value: a clock set back)."""
        self._now = self._now + timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        self._now = moment
