"""The flock primitive under the seats' locks."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from facilitator.store.lock import SessionLock, lock_holder
from facilitator.store.os_lock import LockTimeout, OsLock
from tests.conftest import MEETING_START


def test_a_second_holder_waits_then_is_refused(tmp_path: Path) -> None:
    first, second = OsLock(tmp_path / ".lock", 0o600), OsLock(tmp_path / ".lock", 0o600)
    first.acquire()
    started = time.monotonic()
    with pytest.raises(LockTimeout):
        second.acquire(timeout=0.2)
    assert time.monotonic() - started >= 0.2
    assert first.is_locked and not second.is_locked
    first.release()
    second.acquire()
    assert second.is_locked
    second.release()


def test_taking_it_again_only_counts(tmp_path: Path) -> None:
    lock, other = OsLock(tmp_path / ".lock", 0o600), OsLock(tmp_path / ".lock", 0o600)
    lock.acquire()
    lock.acquire()
    lock.release()
    with pytest.raises(LockTimeout):
        other.acquire()
    lock.release()
    other.acquire()
    other.release()
    lock.release()  # releasing what is not held does nothing


def test_the_lock_file_is_private(tmp_path: Path) -> None:
    lock = OsLock(tmp_path / ".lock", 0o600)
    lock.acquire()
    lock.release()
    assert stat.S_IMODE((tmp_path / ".lock").stat().st_mode) == 0o600


def test_a_folder_that_is_gone_is_an_os_error_and_nothing_is_held(tmp_path: Path) -> None:
    lock = OsLock(tmp_path / "gone" / ".lock", 0o600)
    with pytest.raises(OSError):
        lock.acquire()
    assert not lock.is_locked


def test_asking_who_holds_a_seat_leaves_no_file_behind(tmp_path: Path) -> None:
    """The review's detail screen asks whether a meeting is running: reading a session
    never writes into it, not even an empty lock file."""
    assert lock_holder(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    seat = SessionLock(tmp_path)
    seat.acquire(MEETING_START)
    try:
        owner = lock_holder(tmp_path)
        assert owner is not None and owner.pid == os.getpid()
    finally:
        seat.release()
    assert lock_holder(tmp_path) is None
