"""The single-writer lock of a session folder, with its owner named.

`filelock` holds an OS lock on `.lock`; the kernel drops it when the process dies, so a
lock left by kill -9 is taken over safely. Who holds it (host, pid, since) is written to
`.lock.owner` so that a second instance can say so instead of just failing.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from facilitator.core.events import format_utc, parse_utc
from facilitator.i18n import format_clock_time, tr
from facilitator.store.errors import StoreError
from facilitator.store.files import FILE_MODE, atomic_write

LOCK_NAME = ".lock"
OWNER_NAME = ".lock.owner"


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


def read_owner(folder: Path) -> LockOwner | None:
    try:
        raw = json.loads((folder / OWNER_NAME).read_text(encoding="utf-8"))
        since = parse_utc(raw["since"]) if isinstance(raw.get("since"), str) else None
        return LockOwner(host=str(raw["host"]), pid=int(raw["pid"]), since=since)
    except (OSError, ValueError, KeyError, TypeError):
        return None


class SessionLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = FileLock(str(folder / LOCK_NAME), mode=FILE_MODE, thread_local=False)

    def acquire(self, now: datetime) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise SessionLocked(self.folder, read_owner(self.folder)) from None
        owner = {"host": socket.gethostname(), "pid": os.getpid(), "since": format_utc(now)}
        try:
            atomic_write(self.folder / OWNER_NAME, json.dumps(owner).encode("utf-8"))
        except StoreError:
            self._lock.release()
            raise

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                (self.folder / OWNER_NAME).unlink(missing_ok=True)
            self._lock.release()


def lock_holder(folder: Path) -> LockOwner | None:
    """Who holds the session's lock right now, or None if nobody does. Tries the OS lock
    and lets go at once, so a `.lock.owner` left behind by kill -9 does not count."""
    probe = FileLock(str(folder / LOCK_NAME), mode=FILE_MODE, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return read_owner(folder) or LockOwner(host="?", pid=0, since=None)
    except OSError:
        return None  # a folder we cannot lock (read-only medium): nobody writes there either
    probe.release()
    return None
