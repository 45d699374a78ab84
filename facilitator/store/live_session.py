"""A session being run: the lock, the event log and the agenda folded from it.

The chair's seat holds the lock and writes; any other opener gets a read-only session that
follows the log. An event is applied to the state only after it is on disk, so what the
screen shows is always what a restart would show.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from facilitator.core.agenda import AgendaState, Command, Refusal
from facilitator.core.clock import Clock
from facilitator.core.events import Event, EventDraft, EventType
from facilitator.core.program import Program
from facilitator.core.referat import ReferatState
from facilitator.core.session import route_event
from facilitator.core.turns import TurnsState
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.event_log import EventLogWriter, read_event_log
from facilitator.store.lock import LockOwner, SessionLock, SessionLocked
from facilitator.store.roster import Roster, previous_roster
from facilitator.store.session_files import (
    EVENTS_NAME,
    SessionHeader,
    new_session_folder,
    read_header,
    write_header,
)


class LiveSession:
    def __init__(
        self,
        folder: Path,
        header: SessionHeader,
        program: Program,
        clock: Clock,
        lock: SessionLock | None,
        locked_by: LockOwner | None = None,
    ) -> None:
        self.folder = folder
        self.header = header
        self.program = program
        self.clock = clock
        self.state = AgendaState.initial(program)
        self.referat = ReferatState()
        self.turns = TurnsState()
        self.turns.seed(header.roster, header.colleagues)
        self.locked_by = locked_by
        self._lock = lock
        self._writer: EventLogWriter | None = None
        self._read_offset = 0
        self._lines_read = 0
        self._last_seq = 0

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        sessions_dir: Path,
        program: Program,
        clock: Clock,
        zone: tzinfo,
        group: str = "",
        roster: Roster | None = None,
    ) -> LiveSession:
        """A new session; for a named group the roster of its last meeting comes along
        (unless `roster` is given)."""
        now = clock.now()
        if roster is None:
            roster = previous_roster(sessions_dir, group)
        folder = new_session_folder(sessions_dir, program, now, zone)
        header = SessionHeader(
            id=folder.name,
            title=program.title,
            program_id=program.id,
            created=now,
            group=group,
            roster=roster.participants,
            colleagues=roster.colleagues,
        )
        lock = SessionLock(folder)
        lock.acquire(now)
        try:
            write_header(folder, header, program)
            session = cls(folder, header, program, clock, lock)
            session._start_writing()
        except StoreError:
            lock.release()
            raise
        return session

    @classmethod
    def open(cls, folder: Path, clock: Clock, read_only: bool = False) -> LiveSession:
        """Open for writing if the lock is free; otherwise read-only, naming who holds it."""
        header, program = read_header(folder)
        lock: SessionLock | None = None
        locked_by: LockOwner | None = None
        if not read_only:
            lock = SessionLock(folder)
            try:
                lock.acquire(clock.now())
            except SessionLocked as held:
                lock, locked_by = None, held.owner
        session = cls(folder, header, program, clock, lock, locked_by)
        try:
            session.follow()
            if lock is not None:
                session._start_writing()
        except StoreError:
            session.close()
            raise
        return session

    def _start_writing(self) -> None:
        path = self.folder / EVENTS_NAME
        self._writer = EventLogWriter(path, next_seq=self._last_seq + 1)
        if path.stat().st_size > self._read_offset:
            self._writer.drop_torn_tail(self._read_offset)
        self.record(EventDraft(EventType.SESSION_OPENED))

    # ----------------------------------------------------------------- using

    @property
    def read_only(self) -> bool:
        return self._writer is None

    def follow(self) -> bool:
        """Read events appended since the last read. Returns True if any arrived."""
        result = read_event_log(self.folder / EVENTS_NAME, self._read_offset, self._lines_read + 1)
        self._read_offset = result.end_offset
        self._lines_read += result.lines
        for event in result.events:
            self.apply(event)
            self._last_seq = max(self._last_seq, event.seq)
        return bool(result.events)

    def record(self, draft: EventDraft) -> Event:
        """Append the event (fsync) and only then apply it. Raises StoreError."""
        if self._writer is None:
            raise StoreError(self.read_only_message())
        event = self._writer.append(draft, self.clock.now())
        self._last_seq = event.seq
        self.apply(event)
        return event

    def record_all(self, drafts: list[EventDraft]) -> list[Event]:
        return [self.record(draft) for draft in drafts]

    def apply(self, event: Event) -> None:
        route_event(self.state, self.referat, event, self.turns)

    def execute(self, command: Command) -> Refusal | Event:
        if isinstance(command, Refusal):
            return command
        return self.record(command)

    def read_only_message(self) -> str:
        if self.locked_by is not None:
            return tr("session.read_only_owner", who=self.locked_by.describe())
        return tr("session.read_only")

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
