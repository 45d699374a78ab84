"""A session being run: the seat's lock, the event log and the state folded from it.

The chair's seat holds the session lock and writes everything; a referent seat holds the
referent lock and writes the referat; a display (or a second chair) only reads. Every seat
appends under a short shared lock after reading what the others wrote, so the log stays
one numbered sequence of whole lines. An event is applied to the state only after it is
on disk, so what a screen shows is always what a restart would show.
"""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path

from facilitator.core.agenda import AgendaState, Command
from facilitator.core.clock import Clock
from facilitator.core.events import Event, EventDraft, EventType, Refusal
from facilitator.core.program import Program
from facilitator.core.referat import ReferatState
from facilitator.core.room import RoomState
from facilitator.core.seats import Seat, may_record
from facilitator.core.session import SessionState
from facilitator.core.turns import TurnsState
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.event_log import EventLogWriter, LogRead, read_event_log
from facilitator.store.imported import is_imported
from facilitator.store.lock import (
    REFERENT_LOCK_NAME,
    AppendLock,
    LockOwner,
    SessionLock,
    SessionLocked,
    lock_holder,
    owner_name,
)
from facilitator.store.notes import NotesRead, read_notes
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.store.roster import Roster, previous_roster
from facilitator.store.session_files import (
    EVENTS_NAME,
    SessionHeader,
    new_session_folder,
    read_header,
    write_header,
)
from facilitator.store.session_reader import event_warnings


class LiveSession:
    def __init__(
        self,
        folder: Path,
        header: SessionHeader,
        program: Program,
        clock: Clock,
        lock: SessionLock | None,
        locked_by: LockOwner | None = None,
        seat: Seat = Seat.CHAIR,
    ) -> None:
        self.folder = folder
        self.header = header
        self.initial_program = program
        """The program as the session began (`session.toml`), before any item was added."""
        self.clock = clock
        self.whole = SessionState.from_events(program, (), header.roster, header.colleagues)
        """The whole state the log folds into: agenda, referat and turns (below, by part)."""
        self.locked_by = locked_by
        self.seat = seat
        self._lock = lock
        self._append_lock = AppendLock(folder)
        self._writer: EventLogWriter | None = None
        self._read_offset = 0
        self._lines_read = 0
        self._last_seq = 0
        self.notes_read = NotesRead()
        self.applied = 0
        self._log_path = str(folder / EVENTS_NAME)
        self._referent_owner_path = str(folder / owner_name(REFERENT_LOCK_NAME))
        """Events applied so far (recorded here or read from another seat): a screen that
        drew the session at one count has something new to draw at another."""
        """The notes files as they were when the session opened (`damaged` names those
        that could not be read); `notes` reads them itself."""
        self._notes: NotesBuffer | None = None

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
    def open(
        cls, folder: Path, clock: Clock, read_only: bool = False, seat: Seat = Seat.CHAIR
    ) -> LiveSession:
        """The chair's seat: for writing if the lock is free, otherwise read-only, naming who
        holds it. The referent's seat: for writing the referat, refused (naming who) when
        another referent sits there. The display: read-only."""
        header, program = read_header(folder)
        if seat is not Seat.DISPLAY and not read_only and is_imported(folder):
            raise StoreError(tr("handover.not_resumable", folder=folder.name))
        lock: SessionLock | None = None
        locked_by: LockOwner | None = None
        if seat is Seat.REFERENT and not read_only:
            lock = SessionLock(folder, REFERENT_LOCK_NAME)
            try:
                # A chair probing who writes the notes holds this lock for an instant.
                lock.acquire(clock.now(), wait_seconds=1.0)
            except SessionLocked as held:
                who = held.owner.describe() if held.owner else tr("lock.owner_unknown")
                raise StoreError(tr("lock.referent_held", folder=folder, who=who)) from None
        elif seat is Seat.CHAIR and not read_only:
            lock = SessionLock(folder)
            try:
                lock.acquire(clock.now())
            except SessionLocked as held:
                lock, locked_by = None, held.owner
        session = cls(folder, header, program, clock, lock, locked_by, seat)
        try:
            # Everything is read before anything is written: a session that does not open
            # gets no `session_opened`. A damaged notes file does not stop it; it is said.
            session.follow()
            session.notes_read = read_notes(folder, session.program)
            if lock is not None:
                session._start_writing()
        except StoreError:
            session.close()
            raise
        return session

    def _start_writing(self) -> None:
        self._writer = EventLogWriter(self.folder / EVENTS_NAME, next_seq=self._last_seq + 1)
        if self.seat is Seat.CHAIR:
            self.record(EventDraft(EventType.SESSION_OPENED))

    # ----------------------------------------------------------------- using

    @property
    def program(self) -> Program:
        """The program as it runs: the one the session began with, and any item added on
        the way (appended, so every item keeps its number and its notes file)."""
        return self.state.program

    @property
    def warnings(self) -> tuple[str, ...]:
        """What could not be read, one sentence each naming file and line, for the run
        screen: `session.toml` fields left out, damaged notes files, and events skipped
        because their data did not fit (`events.jsonl:14, :31`) or were not understood.
        Recomputed on each call, so events another seat appends later are counted too."""
        path = self.folder / EVENTS_NAME
        return (
            *self.header.warnings,
            *event_warnings(path, self.state),
            *self.notes_read.warnings,
        )

    @property
    def notes(self) -> NotesBuffer:
        """The notes as this seat has them, typed or read (made on first use: a display
        seat never reads them)."""
        if self._notes is None:
            self._notes = NotesBuffer(self.folder, self.program, read_only=self.read_only)
        self._notes.program = self.program  # an item added on the way has notes too
        return self._notes

    def save_notes(self) -> None:
        """Every unsaved note on disk now; StoreError (the text kept) if that failed."""
        if self._notes is not None and not self._notes.read_only:
            self._notes.save(self.clock.now())

    @property
    def notes_unsaved(self) -> bool:
        return self._notes is not None and self._notes.unsaved

    @property
    def read_only(self) -> bool:
        return self._writer is None

    def follow(self) -> bool:
        """Read events appended since the last read (by any seat). True if any arrived."""
        return bool(self._catch_up().events)

    def _catch_up(self) -> LogRead:
        path = self.folder / EVENTS_NAME
        try:
            # os.stat of a string: asked once a second, pathlib's own stat cost more.
            unchanged = os.stat(self._log_path).st_size == self._read_offset
        except FileNotFoundError:
            unchanged = self._read_offset == 0
        except OSError:
            unchanged = False  # let the read name the problem
        if unchanged:  # the usual case once a second: one stat, nothing read
            return LogRead([], self._read_offset, False, 0)
        result = read_event_log(path, self._read_offset, self._lines_read + 1)
        self._read_offset = result.end_offset
        self._lines_read += result.lines
        for event in result.events:
            self.apply(event)
            self._last_seq = max(self._last_seq, event.seq)
        return result

    def may_record(self, event_type: str) -> bool:
        return self._writer is not None and may_record(self.seat, event_type)

    def record(self, draft: EventDraft) -> Event:
        """Append the event (fsync) and only then apply it. Raises StoreError."""
        return self.record_all([draft])[0]

    def record_all(self, drafts: list[EventDraft]) -> list[Event]:
        """Append several events as one action, under one append lock and in one write:
        all of them, or (a failed save) none. Only then are they applied. Raises
        StoreError; a seat that may not record one of them records none."""
        if self._writer is None:
            raise StoreError(self.read_only_message())
        if not drafts:
            return []
        if not all(may_record(self.seat, draft.type) for draft in drafts):
            raise StoreError(tr("seat.not_allowed"))
        with self._append_lock:
            # Take in what the other seats wrote first, so numbering and state follow on.
            caught_up = self._catch_up()
            if caught_up.torn_tail:
                # Under the append lock a half line is a seat that died mid-write: that
                # line was never acknowledged, and nothing may be appended after it.
                self._writer.drop_torn_tail(self._read_offset)
            self._writer.next_seq = self._last_seq + 1
            line = self._lines_read + 1
            events = self._writer.append_all(drafts, self.clock.now(), line=line)
            self._read_offset = self._writer.size()
        self._lines_read += len(events)
        self._last_seq = events[-1].seq
        for event in events:
            self.apply(event)
        return events

    def apply(self, event: Event) -> None:
        self.whole.apply(event)
        self.applied += 1

    @property
    def state(self) -> AgendaState:
        """The agenda: the block, the clock, the plan."""
        return self.whole.agenda

    @property
    def referat(self) -> ReferatState:
        return self.whole.referat

    @property
    def room(self) -> RoomState:
        return self.whole.room

    @property
    def turns(self) -> TurnsState:
        return self.whole.turns

    def execute(self, command: Command) -> Refusal | Event:
        if isinstance(command, Refusal):
            return command
        return self.record(command)

    def act(self, action: list[EventDraft] | Refusal) -> Refusal | list[Event]:
        """A core action (core/speaker_actions.py and its kin): its events as one, or its
        Refusal. Raises StoreError when the save fails (then none of them happened)."""
        if isinstance(action, Refusal):
            return action
        return self.record_all(action)

    def notes_taken_by(self) -> LockOwner | None:
        """For the chair: the referent seat that writes the notes now, if there is one."""
        if self.seat is not Seat.CHAIR or self._writer is None:
            return None
        # Asked every second: a stat while nobody sits there, the OS lock only when an owner
        # file says somebody does (or did, and was killed before removing it).
        if not os.path.exists(self._referent_owner_path):
            return None
        return lock_holder(self.folder, REFERENT_LOCK_NAME)

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
