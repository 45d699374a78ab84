"""I/O faults, the way SQLite tests them: fail the 1st, 2nd, 3rd … file operation of a
save until the save gets through, and check after every failure that the old files are
intact and readable, that the failure was reported (a StoreError with a Danish message
naming the file), and that nothing was half done."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.turn_commands import add_participant
from facilitator.store.errors import StoreError
from facilitator.store.event_log import read_event_log
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import load_notes, notes_path
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.store.roster import Roster
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME, read_header, write_header
from tests.conftest import COPENHAGEN, MEETING_START

# Not mkdir: the notes folder exists by then, and pathlib rightly ignores an error from
# making a folder that is already there.
FAULTABLE = ("open", "write", "fsync", "replace", "ftruncate")
MAX_OPERATIONS = 60


class Faults:
    """Counts calls to the os functions the store writes through; fails call number N."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.fail_at: int | None = None
        self.calls = 0
        self.fired = False
        for name in FAULTABLE:
            monkeypatch.setattr(os, name, self._wrap(getattr(os, name)))

    def _wrap(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def faulty(*args: Any, **kwargs: Any) -> Any:
            if self.fail_at is not None:
                self.calls += 1
                if self.calls == self.fail_at:
                    self.fired = True
                    raise OSError(errno.EIO, os.strerror(errno.EIO))
            return original(*args, **kwargs)

        return faulty

    @contextmanager
    def failing(self, number: int) -> Iterator[None]:
        self.fail_at, self.calls, self.fired = number, 0, False
        try:
            yield
        finally:
            self.fail_at = None


def until_it_gets_through(
    faults: Faults, attempt: Callable[[], None], check_intact: Callable[[], None]
) -> int:
    """Fail operation 1, 2, 3 … of `attempt` until it completes. Returns the faults tried."""
    for number in range(1, MAX_OPERATIONS):
        with faults.failing(number):
            try:
                attempt()
            except StoreError as error:
                assert faults.fired
                assert "kan ikke" in error.message or "Kunne ikke" in error.message, error
                check_intact()
                continue
        if faults.fired:
            pytest.fail(f"fault {number} was swallowed: the save said it succeeded")
        return number - 1
    pytest.fail("the save never got through")


def test_note_saves_keep_the_old_file_and_the_typed_text(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    block = netvaerk.blocks[0].id
    notes = NotesBuffer(session.folder, netvaerk)
    notes.set_text(block, "Den gamle tekst.\n", MEETING_START)
    notes.save(MEETING_START)
    old = notes_path(session.folder, netvaerk, block).read_bytes()
    notes.set_text(block, "Den gamle tekst.\nDen nye linje.\n", MEETING_START)
    new = b"Den gamle tekst.\nDen nye linje.\n"
    faults = Faults(monkeypatch)

    def intact() -> None:
        # The old file, or (when only the folder's fsync after the rename failed) the whole
        # new one; never a mix. The text stays unsaved in memory and is saved again.
        assert notes_path(session.folder, netvaerk, block).read_bytes() in (old, new)
        assert notes.unsaved and "Den nye linje." in notes.text(block)
        leftovers = [p.name for p in (session.folder / "notes").iterdir() if p.suffix == ".tmp"]
        assert leftovers == []

    tried = until_it_gets_through(faults, lambda: notes.save(MEETING_START), intact)
    assert tried >= 4  # open, write, fsync, replace, folder fsync …
    print(f"note save: {tried} faults survived")
    assert load_notes(session.folder, netvaerk)[block].endswith("Den nye linje.\n")
    session.close()


def test_event_appends_leave_the_log_and_the_state_as_they_were(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    log_path = session.folder / EVENTS_NAME
    old = log_path.read_bytes()
    faults = Faults(monkeypatch)

    def intact() -> None:
        assert log_path.read_bytes() == old
        assert "anne" not in session.turns.participants
        assert len(read_event_log(log_path).events) == 2

    draft = add_participant(session.turns, "Anne", "pædagog")

    def append() -> None:
        session.record(draft)

    tried = until_it_gets_through(faults, append, intact)
    assert tried >= 3  # the append lock, the write, the fsync
    print(f"event append: {tried} faults survived")
    events = read_event_log(log_path).events
    assert [event.seq for event in events] == [1, 2, 3]
    assert "anne" in session.turns.participants
    session.close()


def test_session_header_writes_keep_the_old_header(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Nord")
    session.close()
    header_path = session.folder / HEADER_NAME
    old = header_path.read_bytes()
    header, program = read_header(session.folder)
    changed = replace(header, place="Beboerhuset", roster=Roster().participants)
    faults = Faults(monkeypatch)

    def intact() -> None:
        header_now, _ = read_header(session.folder)  # whole and readable, old or new
        assert header_now.group == "Nord"
        if header_path.read_bytes() != old:
            assert header_now.place == "Beboerhuset"  # only the folder's fsync failed

    tried = until_it_gets_through(
        faults, lambda: write_header(session.folder, changed, program), intact
    )
    assert tried >= 4
    print(f"session.toml write: {tried} faults survived")
    assert read_header(session.folder)[0].place == "Beboerhuset"
