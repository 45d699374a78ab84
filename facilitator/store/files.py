"""Private, atomic file writes: a referat may fall under tavshedspligt.

Files are 0600 and folders 0700 (chmod after mkdir, so whatever the umask, and for every
parent created too). A replace writes a temp file in the same folder, fsyncs it, renames it
over the target and fsyncs the folder, so a crash at any point leaves either the old file
or the new one, never a mix.

Files in a session folder are never reached through a symlink, for writing or reading: a
link there could put a file from elsewhere into an export, or our writes into a file
elsewhere. `O_NOFOLLOW` refuses a link where the OS has it; an `lstat` first says so in
words, and keeps a system without it (Windows) from following one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from facilitator.i18n import tr
from facilitator.store.errors import StoreError

FILE_MODE = 0o600
FOLDER_MODE = 0o700
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def describe_os_error(error: OSError) -> str:
    """A Danish (or English) reason for an OS error, with the advice that fits it."""
    if error.errno == errno.ENOSPC:
        return tr("store.reason_disk_full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("store.reason_no_access")
    if error.errno == errno.ENOENT:
        return tr("store.reason_missing")
    if error.errno == errno.ELOOP:
        return tr("store.reason_symlink")
    if error.errno in (errno.EISDIR, errno.ENOTDIR):
        return tr("store.reason_not_file")
    return tr("store.reason_other", detail=error.strerror or str(error))


def ensure_private_folder(path: Path) -> None:
    """`path` and any missing parents, each 0700 whatever the umask."""
    missing = []
    for candidate in (path, *path.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    try:
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=FOLDER_MODE)
            except FileExistsError:
                continue  # made by another process in the meantime: not ours to chmod
            os.chmod(folder, FOLDER_MODE)
        if not path.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
    except OSError as error:
        raise StoreError(
            tr("store.cannot_create_folder", path=path, reason=describe_os_error(error))
        ) from error


def make_private_folder(path: Path) -> None:
    """One new folder, 0700 whatever the umask. Raises FileExistsError and other OSErrors."""
    path.mkdir(mode=FOLDER_MODE)
    os.chmod(path, FOLDER_MODE)


def refuse_symlink(path: Path) -> None:
    """StoreError naming `path` if it is a symlink (it is never followed)."""
    if os.path.islink(path):
        raise StoreError(tr("store.symlink_refused", path=path))


def open_for_reading(path: Path) -> BinaryIO | None:
    """A regular file opened without following a symlink; None when it does not exist.
    Raises StoreError naming the file for a symlink, a folder or anything else in its way."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(
            tr("store.cannot_read", path=path, reason=describe_os_error(error))
        ) from error
    if stat.S_ISLNK(info.st_mode):
        raise StoreError(tr("store.symlink_refused", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(tr("store.not_a_file", path=path))
    try:
        descriptor = os.open(path, os.O_RDONLY | NO_FOLLOW)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:  # replaced by a link since the lstat
            raise StoreError(tr("store.symlink_refused", path=path)) from error
        raise StoreError(
            tr("store.cannot_read", path=path, reason=describe_os_error(error))
        ) from error
    return os.fdopen(descriptor, "rb")


def read_bytes_inside(path: Path) -> bytes | None:
    """`open_for_reading` and read it all; None when the file does not exist."""
    handle = open_for_reading(path)
    if handle is None:
        return None
    try:
        with handle:
            return handle.read()
    except OSError as error:
        raise StoreError(
            tr("store.cannot_read", path=path, reason=describe_os_error(error))
        ) from error


def read_text_inside(path: Path) -> str | None:
    """The file as UTF-8 text (a BOM is dropped); None when it does not exist. Raises
    StoreError naming the file and line when it is not UTF-8."""
    raw = read_bytes_inside(path)
    if raw is None:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise StoreError(tr("store.not_utf8", path=path, line=line)) from None


def open_for_writing(path: Path, flags: int) -> int:
    """`os.open` of a file in a session folder (0600), never through a symlink. Raises
    OSError (ELOOP for a link, also where the OS has no O_NOFOLLOW)."""
    if os.path.islink(path):
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return os.open(path, flags | NO_FOLLOW, FILE_MODE)


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
        descriptor = open_for_writing(temp_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
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
