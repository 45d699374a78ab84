"""An advisory OS lock on one file (`flock`), the primitive under the seats' locks.

The kernel drops the lock when the process dies, however it dies, so a lock left by
kill -9 or a dead laptop is simply free again. It is held on an open file description:
two `OsLock`s on one path conflict even inside one process, as two seats must.

Our own few lines rather than the `filelock` package: the store is POSIX already
(`O_DIRECTORY`, folder fsync), and that package costs ~8 ms of every start.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

RETRY_SECONDS = 0.05


class LockTimeout(Exception):
    """Somebody else held the lock for the whole wait."""


class OsLock:
    def __init__(self, path: Path, mode: int, create: bool = True) -> None:
        """`create=False` for a probe: a missing file means nobody holds it, and looking at
        a session must not leave a file in it."""
        self.path = path
        self.mode = mode
        # Never through a symlink: the lock file could otherwise be made outside the folder.
        self.flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_NOFOLLOW", 0)
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
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(descriptor)
                    raise LockTimeout(str(self.path)) from None
                time.sleep(RETRY_SECONDS)
            except OSError:
                os.close(descriptor)
                raise
            else:
                self._descriptor = descriptor
                self._depth = 1
                return

    def release(self) -> None:
        if self._descriptor is None:
            return
        self._depth -= 1
        if self._depth > 0:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)
