"""The store's Windows branches, run here with what Windows would do put in by hand: a fake
`msvcrt` with LockFileEx's rules, the PermissionError `os.replace` raises while another
process has the file open, a junction's `lstat`, and `O_BINARY`."""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.program import Program
from facilitator.store import files, os_lock
from facilitator.store.errors import StoreError
from facilitator.store.lock import SessionLock, lock_holder
from facilitator.store.notes import load_notes, notes_path, read_notes, save_note
from facilitator.store.os_lock import LockTimeout, OsLock
from tests.conftest import MEETING_START


class FakeMsvcrt(types.ModuleType):
    """`msvcrt.locking` as the C runtime does it: LockFileEx on `nbytes` from the file
    position, held per open file (a second descriptor on the same file is refused, with the
    EACCES the runtime gives ERROR_LOCK_VIOLATION), and unlocking only what one holds."""

    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}
        self.calls: list[tuple[int, int]] = []

    def locking(self, descriptor: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        assert os.lseek(descriptor, 0, os.SEEK_CUR) == 0, "locked away from the first byte"
        info = os.fstat(descriptor)
        key = (info.st_dev, info.st_ino)
        self.calls.append((descriptor, mode))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(errno.EACCES, "Permission denied")
            self.held[key] = descriptor
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != descriptor:
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:
            raise AssertionError(f"mode {mode}: a blocking lock waits ten seconds")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsvcrt]:
    """sys.platform says win32, `import msvcrt` gets the fake, and flock is never used."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")

    def no_flock(*_args: object) -> None:
        raise AssertionError("flock called on Windows")

    monkeypatch.setattr(fcntl, "flock", no_flock)
    yield fake


# --------------------------------------------------------------------- the lock


def test_a_second_holder_is_refused_until_the_first_lets_go(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    first, second = OsLock(tmp_path / ".lock", 0o600), OsLock(tmp_path / ".lock", 0o600)
    first.acquire()
    with pytest.raises(LockTimeout):
        second.acquire(timeout=0.1)
    assert first.is_locked and not second.is_locked
    first.release()
    second.acquire()
    assert second.is_locked
    second.release()
    assert windows.held == {}
    modes = [mode for _descriptor, mode in windows.calls]
    assert modes.count(FakeMsvcrt.LK_UNLCK) == 2


def test_taking_it_again_only_counts_on_windows(windows: FakeMsvcrt, tmp_path: Path) -> None:
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
    assert windows.held == {}


def test_who_holds_a_seat_is_asked_without_making_a_file(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
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


def test_any_other_locking_error_is_raised_and_nothing_is_held(
    windows: FakeMsvcrt, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    real_open = os.open

    def recording_open(*args: Any, **kwargs: Any) -> int:
        descriptor = real_open(*args, **kwargs)
        opened.append(descriptor)
        return descriptor

    def broken(_descriptor: int, _mode: int, _nbytes: int) -> None:
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(os, "open", recording_open)
    monkeypatch.setattr(windows, "locking", broken)
    lock = OsLock(tmp_path / ".lock", 0o600)
    with pytest.raises(OSError, match="Bad file"):
        lock.acquire(timeout=1)
    assert not lock.is_locked
    with pytest.raises(OSError):
        os.fstat(opened[0])  # closed, not left open


def test_every_store_open_asks_for_binary_mode(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows opens a descriptor in text mode unless told: every newline written would
    become CR LF (the log's offsets and the notes would be wrong) and a Ctrl+Z read would
    end the file. Here a stand-in bit shows that every open of the store asks."""
    marker = 1 << 29
    flags_seen: list[int] = []
    real_open = os.open

    def recording_open(path: Any, flags: int, *args: Any) -> int:
        flags_seen.append(flags)
        return real_open(path, flags & ~marker, *args)

    monkeypatch.setattr(files, "BINARY", marker)
    monkeypatch.setattr(os_lock, "BINARY", marker)
    monkeypatch.setattr(os, "open", recording_open)
    lock = OsLock(tmp_path / ".lock", 0o600)
    lock.acquire()
    lock.release()
    save_note(tmp_path, netvaerk, "velkommen", "linje 1\nlinje 2\x1a\n")
    assert load_notes(tmp_path, netvaerk) == {"velkommen": "linje 1\nlinje 2\x1a\n"}
    file_opens = [flags for flags in flags_seen if not flags & os.O_DIRECTORY]
    assert len(file_opens) >= 3
    assert all(flags & marker for flags in file_opens)


# --------------------------------------------------------------------- replace


class FakeTime:
    """time.monotonic and time.sleep for the retry: sleeping moves the clock."""

    def __init__(self) -> None:
        self.now = 100.0
        self.pauses: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def held_open_error(source: Any, target: Any, code: int) -> PermissionError:
    error = PermissionError(errno.EACCES, "Access is denied", str(source), None, str(target))
    error.winerror = code  # type: ignore[attr-defined]  # only Windows has the attribute
    return error


def replace_refused(
    times: int | None, code: int = 32
) -> tuple[Callable[[Any, Any], None], list[int]]:
    """An `os.replace` that another seat's open file refuses `times` times (None: always)."""
    real_replace = os.replace
    count = [0]

    def replace(source: Any, target: Any) -> None:
        count[0] += 1
        if times is None or count[0] <= times:
            raise held_open_error(source, target, code)
        real_replace(source, target)

    return replace, count


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(time, "monotonic", fake.monotonic)
    monkeypatch.setattr(time, "sleep", fake.sleep)
    return fake


@pytest.mark.parametrize("code", [5, 32])
def test_a_replace_refused_while_the_file_is_open_is_tried_again(
    code: int,
    netvaerk: Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_time: FakeTime,
) -> None:
    save_note(tmp_path, netvaerk, "velkommen", "gammel tekst")
    replace, count = replace_refused(3, code)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(sys, "platform", "win32")
    save_note(tmp_path, netvaerk, "velkommen", "ny tekst")
    monkeypatch.undo()
    assert count[0] == 4
    assert fake_time.pauses == [0.01, 0.02, 0.04]
    assert notes_path(tmp_path, netvaerk, "velkommen").read_text() == "ny tekst"
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["01-velkommen.md"]


def test_a_file_held_open_for_good_is_a_danish_error_after_a_second(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_time: FakeTime
) -> None:
    save_note(tmp_path, netvaerk, "velkommen", "gammel tekst")
    replace, count = replace_refused(None)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(StoreError) as raised:
        save_note(tmp_path, netvaerk, "velkommen", "ny tekst")
    monkeypatch.undo()
    assert "Kunne ikke gemme" in raised.value.message
    assert "åben i et andet program" in raised.value.message
    assert 1.0 - 1e-9 <= sum(fake_time.pauses) <= 1.0 + 1e-9
    assert count[0] == len(fake_time.pauses) + 1 < 12
    assert all(b >= a for a, b in zip(fake_time.pauses, fake_time.pauses[1:], strict=False))
    assert notes_path(tmp_path, netvaerk, "velkommen").read_text() == "gammel tekst"
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["01-velkommen.md"]


def test_a_real_refusal_is_not_waited_for(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_time: FakeTime
) -> None:
    """Off Windows a PermissionError from a rename is final, and so on Windows is one that
    is not about an open file."""
    save_note(tmp_path, netvaerk, "velkommen", "gammel tekst")
    for platform, code in (("linux", 32), ("win32", 1234)):
        replace, count = replace_refused(None, code)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(sys, "platform", platform)
        with pytest.raises(StoreError, match="ikke skriveadgang"):
            save_note(tmp_path, netvaerk, "velkommen", "ny tekst")
        assert count[0] == 1
    assert fake_time.pauses == []


# --------------------------------------------------------------------- folders, links


def test_windows_never_opens_a_folder_to_fsync_it(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a folder fails on Windows (and there is no O_DIRECTORY)."""
    real_open = os.open

    def no_folders(path: Any, flags: int, *args: Any) -> int:
        if os.path.isdir(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    save_note(tmp_path, netvaerk, "velkommen", "gammel tekst")
    monkeypatch.setattr(os, "open", no_folders)
    with pytest.raises(StoreError):  # here, where folders are fsynced
        save_note(tmp_path, netvaerk, "velkommen", "ny tekst")
    monkeypatch.setattr(sys, "platform", "win32")
    save_note(tmp_path, netvaerk, "velkommen", "nyere tekst")
    monkeypatch.undo()
    assert load_notes(tmp_path, netvaerk) == {"velkommen": "nyere tekst"}


class JunctionStat:
    """What Windows' `lstat` says of a junction: a folder, with the mount point tag."""

    st_mode = stat.S_IFDIR | 0o777
    st_reparse_tag = files.MOUNT_POINT
    st_size = 0
    st_mtime_ns = 0


class CloudFileStat:
    """A OneDrive placeholder: a reparse point too, but a plain file."""

    def __init__(self, real: os.stat_result) -> None:
        self.real = real
        self.st_reparse_tag = 0x9000101A  # IO_REPARSE_TAG_CLOUD_1

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_a_junction_is_a_link_that_is_never_followed(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any Windows user can make a junction (a symlink needs developer mode), and Python
    3.11's islink does not see one."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "01-velkommen.md").write_text("fra en anden mappe")
    folder = tmp_path / "meeting"
    folder.mkdir()
    (folder / "notes").symlink_to(elsewhere, target_is_directory=True)
    junction = str(folder / "notes")
    real_lstat = os.lstat

    def windows_lstat(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path) == junction:
            return JunctionStat()
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", windows_lstat)
    monkeypatch.setattr(os.path, "islink", lambda _path: False)  # as 3.11 says of it
    monkeypatch.setattr(sys, "platform", "win32")
    assert files.is_link(folder / "notes")
    read = read_notes(folder, netvaerk)
    assert read.texts == {}
    assert "symbolsk link" in read.damaged["velkommen"]
    with pytest.raises(StoreError, match="symbolsk link"):
        save_note(folder, netvaerk, "velkommen", "skrevet ud af mappen")
    monkeypatch.undo()
    assert (elsewhere / "01-velkommen.md").read_text() == "fra en anden mappe"


def test_a_onedrive_placeholder_is_read_as_the_file_it_is(
    netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save_note(tmp_path, netvaerk, "velkommen", "i skyen")
    real_lstat = os.lstat

    def windows_lstat(target: Any, *args: Any, **kwargs: Any) -> Any:
        info = real_lstat(target, *args, **kwargs)
        return CloudFileStat(info) if str(target) == str(path) else info

    monkeypatch.setattr(os, "lstat", windows_lstat)
    monkeypatch.setattr(sys, "platform", "win32")
    assert not files.is_link(path)
    assert load_notes(tmp_path, netvaerk) == {"velkommen": "i skyen"}
