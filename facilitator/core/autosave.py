"""When to save typed notes: about 1 s after typing stops, and at least every 5 s while
someone keeps typing. Pure, so it is tested with a FakeClock; the UI only asks it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

QUIET_SECONDS = 1.0
LONGEST_UNSAVED_SECONDS = 5.0
RETRY_SECONDS = 2.0


@dataclass
class AutosavePolicy:
    quiet_seconds: float = QUIET_SECONDS
    longest_unsaved_seconds: float = LONGEST_UNSAVED_SECONDS
    retry_seconds: float = RETRY_SECONDS
    dirty_since: datetime | None = None
    last_change: datetime | None = None
    last_failure: datetime | None = None

    @property
    def dirty(self) -> bool:
        return self.dirty_since is not None

    def changed(self, now: datetime) -> None:
        if self.dirty_since is None:
            self.dirty_since = now
        self.last_change = now

    def due(self, now: datetime) -> bool:
        """True when a save should happen now."""
        if self.dirty_since is None or self.last_change is None:
            return False
        if self.last_failure is not None:
            return (now - self.last_failure).total_seconds() >= self.retry_seconds
        quiet = (now - self.last_change).total_seconds() >= self.quiet_seconds
        too_long = (now - self.dirty_since).total_seconds() >= self.longest_unsaved_seconds
        return quiet or too_long

    def saved(self) -> None:
        self.dirty_since = self.last_change = self.last_failure = None

    def failed(self, now: datetime) -> None:
        self.last_failure = now
