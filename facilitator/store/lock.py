"""The single-writer lock of a session folder, with its owner named.

An OS lock (`flock`, on Windows `LockFileEx`: store/os_lock.py) on `.lock`; the OS drops it
when the process dies, so a lock left by kill -9 is taken over safely. Who holds it (host,
pid, since) is written to `.lock.owner` so that a second instance can say so instead of
just failing.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.events import format_utc, parse_utc
from facilitator.i18n import format_clock_time, tr
from facilitator.store.errors import StoreError
from facilitator.store.files import FILE_MODE, atomic_write, describe_os_error, read_text_inside
from facilitator.store.os_lock import LockTimeout, OsLock

LOCK_NAME = ".lock"
"""The chair's seat: held for as long as the meeting is open for running."""
REFERENT_LOCK_NAME = ".referent.lock"
"""The referent's seat: whoever holds it writes the notes files."""
APPEND_LOCK_NAME = ".append.lock"
"""Held only for the moment of one append, by whichever seat writes an event."""
APPEND_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: datetime | None

    def describe(self) -> str:
        since = format_clock_time(self.since.astimezone()) if self.since else "?"
        return tr("lock.owner", host=self.host, pid=self.pid, since=since)


class SessionLocked(StoreError):
    def __init__(self, folder: Path, owner: LockOwner | None) -> None:
        who = owner.describe() if owner else tr("lock.owner_unknown")
        super().__init__(tr("lock.held", folder=folder, who=who))
        self.owner = owner


def owner_name(lock_name: str) -> str:
    return f"{lock_name}.owner"


def read_owner(folder: Path, lock_name: str = LOCK_NAME) -> LockOwner | None:
    try:
        raw = json.loads(read_text_inside(folder / owner_name(lock_name)) or "")
        since = parse_utc(raw["since"]) if isinstance(raw.get("since"), str) else None
        return LockOwner(host=str(raw["host"]), pid=int(raw["pid"]), since=since)
    except (StoreError, OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


class SessionLock:
    """A seat's lock (the chair's by default), held while the seat is open."""

    def __init__(self, folder: Path, lock_name: str = LOCK_NAME) -> None:
        self.folder = folder
        self.lock_name = lock_name
        self._lock = OsLock(folder / lock_name, FILE_MODE)

    def acquire(self, now: datetime, wait_seconds: float = 0) -> None:
        try:
            self._lock.acquire(timeout=wait_seconds)
        except LockTimeout:
            raise SessionLocked(self.folder, read_owner(self.folder, self.lock_name)) from None
        except OSError as error:
            reason = describe_os_error(error)
            path = self.folder / self.lock_name
            raise StoreError(tr("store.cannot_write", path=path, reason=reason)) from error
        owner = {"host": socket.gethostname(), "pid": os.getpid(), "since": format_utc(now)}
        try:
            atomic_write(self.folder / owner_name(self.lock_name), json.dumps(owner).encode())
        except StoreError:
            self._lock.release()
            raise

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                (self.folder / owner_name(self.lock_name)).unlink(missing_ok=True)
            self._lock.release()


def lock_holder(folder: Path, lock_name: str = LOCK_NAME) -> LockOwner | None:
    """Who holds a seat's lock right now, or None if nobody does. Tries the OS lock and
    lets go at once, so an owner file left behind by kill -9 does not count."""
    probe = OsLock(folder / lock_name, FILE_MODE, create=False)
    try:
        probe.acquire(timeout=0)
    except LockTimeout:
        return read_owner(folder, lock_name) or LockOwner(host="?", pid=0, since=None)
    except OSError:
        # No lock file (nobody ever held it), or a read-only medium: nobody writes there.
        return None
    probe.release()
    return None


class AppendLock:
    """The short lock around one append, so seats in several processes take turns and
    every line is whole. Waits a few seconds for another seat's append, then says so."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = OsLock(folder / APPEND_LOCK_NAME, FILE_MODE)

    def __enter__(self) -> AppendLock:
        try:
            self._lock.acquire(timeout=APPEND_WAIT_SECONDS)
        except LockTimeout:
            raise StoreError(tr("lock.append_busy", folder=self.folder)) from None
        except OSError as error:
            reason = describe_os_error(error)
            path = self.folder / APPEND_LOCK_NAME
            raise StoreError(tr("store.cannot_write", path=path, reason=reason)) from error
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._lock.release()
