"""Whether a seat holds a meeting now: what tells a running meeting from one left unended.

The chair's seat and the referent's seat each hold an OS lock while open (store/lock.py);
the OS drops it when the process dies, so a meeting whose chair was killed is held by
nobody, whatever owner file it left behind. A display seat holds no lock and keeps
nothing alive.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.core.meeting_end import MeetingEnd, meeting_end
from facilitator.store.lock import LOCK_NAME, REFERENT_LOCK_NAME, lock_holder
from facilitator.store.session_reader import SessionRecord

SEAT_LOCKS = (LOCK_NAME, REFERENT_LOCK_NAME)


def meeting_is_live(folder: Path) -> bool:
    return any(lock_holder(folder, name) is not None for name in SEAT_LOCKS)


def record_end(record: SessionRecord, now: datetime) -> MeetingEnd:
    """Where the clocks of the meeting read from disk stop (core/meeting_end.py)."""
    return meeting_end(record.state, meeting_is_live(record.folder), now)
