"""Private, atomic file writes: a referat may fall under tavshedspligt.

Files are 0600 and folders 0700. A replace writes a temp file in the same folder, fsyncs
it, renames it over the target and fsyncs the folder, so a crash at any point leaves either
the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from facilitator.i18n import tr
from facilitator.store.errors import StoreError

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def describe_os_error(error: OSError) -> str:
    """A Danish (or English) reason for an OS error, with the advice that fits it."""
    if error.errno == errno.ENOSPC:
        return tr("store.reason_disk_full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("store.reason_no_access")
    if error.errno == errno.ENOENT:
        return tr("store.reason_missing")
    return tr("store.reason_other", detail=error.strerror or str(error))


def ensure_private_folder(path: Path) -> None:
    try:
        path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            tr("store.cannot_create_folder", path=path, reason=describe_os_error(error))
        ) from error


def fsync_folder(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new content."""
    temp_path = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp_path, path)
        fsync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink(missing_ok=True)
        raise StoreError(
            tr("store.cannot_write", path=path, reason=describe_os_error(error))
        ) from error
