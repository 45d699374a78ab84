"""Private, atomic file writes: a referat may fall under tavshedspligt.

Files are 0600 and folders 0700 (chmod after mkdir, so whatever the umask, and for every
parent created too). A replace writes a temp file in the same folder, fsyncs it, renames it
over the target and fsyncs the folder, so a crash at any point leaves either the old file
or the new one, never a mix.

Files in a session folder are never reached through a symlink, for writing or reading: a
link there could put a file from elsewhere into an export, or our writes into a file
elsewhere. `O_NOFOLLOW` refuses a link where the OS has it; an `lstat` first says so in
words, and keeps a system without it (Windows) from following one. On Windows a junction
(the folder link any user may make; a symlink needs developer mode) counts as a link too.

Windows differs in three more places, each handled here: `os.open` needs `O_BINARY` or it
opens in text mode (every newline written as CR LF, a Ctrl+Z read as the end of the file);
`os.replace` fails while another process has the target open (another seat reading the
notes, a virus scanner), so it is tried again for about a second; and a folder cannot be
opened to be fsynced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from pathlib import Path
from typing import BinaryIO

from facilitator.i18n import tr
from facilitator.store.errors import StoreError

FILE_MODE = 0o600
FOLDER_MODE = 0o700
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)
"""Windows opens a descriptor in text mode without it; the other systems have no such flag."""
DIRECTORY = getattr(os, "O_DIRECTORY", 0)
MOUNT_POINT = 0xA0000003
"""IO_REPARSE_TAG_MOUNT_POINT, a Windows junction, which Python 3.11's `islink` does not see.
Only this tag: OneDrive's placeholders are reparse points too, and are plain files."""
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
SHARING_ERRORS = (ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION)
"""What `os.replace` meets on Windows while another process has the target open (5 when the
other opened it without sharing delete, as Python's own `open` does)."""
REPLACE_PATIENCE_SECONDS = 1.0
FIRST_REPLACE_PAUSE = 0.01


def describe_os_error(error: OSError) -> str:
    """A Danish (or English) reason for an OS error, with the advice that fits it."""
    if error.errno == errno.ENOSPC:
        return tr("store.reason_disk_full")
    if held_open(error):
        return tr("store.reason_in_use")
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


def is_link_status(info: os.stat_result) -> bool:
    """An `lstat` result that is a symlink, or on Windows a junction."""
    if stat.S_ISLNK(info.st_mode):
        return True
    return sys.platform == "win32" and getattr(info, "st_reparse_tag", 0) == MOUNT_POINT


def is_link(path: Path) -> bool:
    """`os.path.islink`, and on Windows a junction too. False when `path` does not exist."""
    try:
        return is_link_status(os.lstat(path))
    except (OSError, ValueError):
        return False


def refuse_symlink(path: Path) -> None:
    """StoreError naming `path` if it is a symlink (it is never followed)."""
    if is_link(path):
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
    if is_link_status(info):
        raise StoreError(tr("store.symlink_refused", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(tr("store.not_a_file", path=path))
    try:
        descriptor = os.open(path, os.O_RDONLY | NO_FOLLOW | BINARY)
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
    if is_link(path):
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return os.open(path, flags | NO_FOLLOW | BINARY, FILE_MODE)


def fsync_folder(path: Path) -> None:
    """Make a rename in `path` last. Not on Windows, which has no way to: a folder cannot be
    opened as a file there, and NTFS keeps the rename whole in its own journal (a power cut
    may lose the last rename, so the old file is there, never a mix of the two)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(path, os.O_RDONLY | DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def held_open(error: OSError) -> bool:
    """Windows refused because another process has the file open: a sharing violation, or
    a rename (it names two files) refused access to its target."""
    if sys.platform != "win32":
        return False
    code = getattr(error, "winerror", None)
    return code == ERROR_SHARING_VIOLATION or (
        code == ERROR_ACCESS_DENIED and error.filename2 is not None
    )


def replace_file(source: Path, target: Path) -> None:
    """`os.replace`. On Windows the target may be open in another process for a moment (a
    seat reading it, a virus scanner, the search indexer), and the rename fails with
    winerror 5 or 32 until it is closed: tried again with doubling pauses for about a
    second, then the error is raised. Anywhere else a PermissionError is final."""
    pause = FIRST_REPLACE_PAUSE
    deadline = time.monotonic() + REPLACE_PATIENCE_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            left = deadline - time.monotonic()
            if not held_open(error) or left <= 0:
                raise
            time.sleep(min(pause, left))
            pause *= 2


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
        replace_file(temp_path, path)
        fsync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink(missing_ok=True)
        raise StoreError(
            tr("store.cannot_write", path=path, reason=describe_os_error(error))
        ) from error
