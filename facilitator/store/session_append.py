"""One event into a session that is not open in this process (the review marking an
action done): take the lock, append, let go. Refused while another seat holds the lock."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import Clock
from facilitator.core.events import Event, EventDraft
from facilitator.store.event_log import EventLogWriter, read_event_log
from facilitator.store.lock import AppendLock, SessionLock
from facilitator.store.session_files import EVENTS_NAME


def append_event(folder: Path, draft: EventDraft, clock: Clock) -> Event:
    """Raises SessionLocked (naming the owner) or StoreError (naming file and line)."""
    lock = SessionLock(folder)
    lock.acquire(clock.now())
    try:
        with AppendLock(folder):  # a referent seat may be writing without the chair
            return _append(folder, draft, clock)
    finally:
        lock.release()


def _append(folder: Path, draft: EventDraft, clock: Clock) -> Event:
    path = folder / EVENTS_NAME
    log = read_event_log(path)  # a damaged log is refused here, not appended to
    last_seq = max((event.seq for event in log.events), default=0)
    writer = EventLogWriter(path, next_seq=last_seq + 1)
    try:
        if log.torn_tail:
            writer.drop_torn_tail(log.end_offset)
        return writer.append(draft, clock.now())
    finally:
        writer.close()
