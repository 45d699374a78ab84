"""An advisory OS lock on one file, the primitive under the seats' locks.

`flock` on Linux and macOS; on Windows `msvcrt.locking`, which is `LockFileEx` on the
first byte of the file (locking past the end of a file is allowed, and ours stay empty).
Either way the OS drops the lock when the process dies, however it dies, so a lock left by
kill -9, a closed console window or a dead laptop is simply free again. It is held on an
open file (description or handle): two `OsLock`s on one path conflict even inside one
process, as two seats must.

Our own few lines rather than the `filelock` package: that package costs ~8 ms of every
start, and does on Windows what we do here (its newer versions call `LockFileEx` through
ctypes, which would cost more again). `msvcrt` is imported on Windows only, when a lock is
first taken; Linux and macOS import `fcntl` as before.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

from facilitator.store.files import BINARY, NO_FOLLOW

if sys.platform != "win32":
    import fcntl

FIRST_RETRY_SECONDS = 0.001
RETRY_SECONDS = 0.01
"""A waiter looks again after 1 ms, then less often, but at least every 10 ms: another
seat's append holds the lock for a millisecond or two, and a waiter that looked only every
50 ms kept missing the gaps between the appends of a seat writing many (two processes
appending 5,000 each: one was starved past its 5 s wait now and then)."""


class LockTimeout(Exception):
    """Somebody else held the lock for the whole wait."""


def try_lock(descriptor: int) -> bool:
    """Take the OS lock on an open file without waiting: True if taken, False if another
    holder has it. Raises OSError for anything else."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)  # msvcrt locks from the file position
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            # LockFileEx's ERROR_LOCK_VIOLATION, which the C runtime calls EACCES.
            if error.errno == errno.EACCES:
                return False
            raise
    else:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
    return True


def unlock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class OsLock:
    def __init__(self, path: Path, mode: int, create: bool = True) -> None:
        """`create=False` for a probe: a missing file means nobody holds it, and looking at
        a session must not leave a file in it."""
        self.path = path
        self.mode = mode
        # Never through a symlink: the lock file could otherwise be made outside the folder.
        self.flags = os.O_RDWR | (os.O_CREAT if create else 0) | NO_FOLLOW | BINARY
        self._descriptor: int | None = None
        self._depth = 0

    @property
    def is_locked(self) -> bool:
        return self._descriptor is not None

    def acquire(self, timeout: float = 0) -> None:
        """Take the lock, waiting up to `timeout` seconds. Raises LockTimeout when another
        holder keeps it, OSError when the file cannot be opened (read-only medium, or
        missing and not to be created).
        Taking it again while held only counts, like a re-entrant lock."""
        if self._descriptor is not None:
            self._depth += 1
            return
        descriptor = os.open(self.path, self.flags, self.mode)
        deadline = time.monotonic() + timeout
        pause = FIRST_RETRY_SECONDS
        while True:
            try:
                taken = try_lock(descriptor)
            except OSError:
                os.close(descriptor)
                raise
            if taken:
                self._descriptor = descriptor
                self._depth = 1
                return
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise LockTimeout(str(self.path))
            time.sleep(pause)
            pause = min(RETRY_SECONDS, pause * 2)

    def release(self) -> None:
        if self._descriptor is None:
            return
        self._depth -= 1
        if self._depth > 0:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            unlock(descriptor)
        finally:
            os.close(descriptor)
