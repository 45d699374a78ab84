"""Writing a group's handover file, and importing one into a sessions folder.

What goes into the file and what an import does to each session is decided in
`core/handover.py`; here the sessions are read and written. An import is all or nothing:
every session of the file is checked (its names, its events, and then written to a
staging folder and read back with the readers every screen uses) before any is put in
place, and a single conflict writes nothing at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.events import format_utc
from facilitator.core.handover import (
    MAX_FILE_BYTES,
    Change,
    Handover,
    SessionCopy,
    change_for,
    decode,
    encode,
    shareable,
    strip_off_record,
)
from facilitator.i18n import tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.event_log import read_event_log
from facilitator.store.files import (
    atomic_write,
    describe_os_error,
    ensure_private_folder,
    fsync_folder,
    make_private_folder,
    read_text_inside,
)
from facilitator.store.history import group_records
from facilitator.store.imported import imported_digest, write_mark
from facilitator.store.lock import SessionLock
from facilitator.store.notes import NOTES_FOLDER, notes_path, read_notes
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME
from facilitator.store.session_reader import SessionRecord, read_session

STAGING_PREFIX = ".import-"
STALE_STAGING_SECONDS = 3600
"""A staging folder this old was left by an import that died (no import takes an hour):
it holds copies of referats, so it is removed rather than left lying about."""


@dataclass(frozen=True)
class Imported:
    """What an import did (or, with conflicts, would have done and did not)."""

    changes: tuple[tuple[str, Change], ...]

    def named(self, change: Change) -> list[str]:
        return [folder for folder, kind in self.changes if kind is change]

    @property
    def wrote(self) -> bool:
        return not self.named(Change.CONFLICT) and bool(
            self.named(Change.NEW) or self.named(Change.GROWN)
        )


def session_copy(record: SessionRecord) -> SessionCopy:
    """A session as a handover carries it: off-the-record events and lines left out."""
    header = read_text_inside(record.folder / HEADER_NAME) or ""
    log = read_event_log(record.folder / EVENTS_NAME, tolerant=True)
    notes = tuple(
        sorted(
            (notes_path(record.folder, record.program, block_id).name, strip_off_record(text))
            for block_id, text in record.notes.items()
        )
    )
    return SessionCopy(record.folder.name, header, shareable(log.events), notes)


def make_handover(sessions_dir: Path, group: str, now: datetime) -> Handover:
    """Every readable session of `group`, oldest first. Raises StoreError when it has none."""
    records = group_records(sessions_dir, group)
    if not records:
        raise StoreError(tr("handover.no_sessions", group=group, folder=sessions_dir))
    spelled = records[-1].header.group or group
    return Handover(spelled, format_utc(now), tuple(session_copy(r) for r in records))


def damage_in(sessions_dir: Path, group: str) -> list[tuple[str, str]]:
    """(meeting, what could not be read in it) for the group's sessions: a log line or a
    notes file that cannot be read is not in the handover, and the chair should know.
    (Events of a kind this version does not know are carried as they are.)"""
    found: list[tuple[str, str]] = []
    for record in group_records(sessions_dir, group):
        path = record.folder / EVENTS_NAME
        log = read_event_log(path, tolerant=True)
        said = []
        if log.bad_lines:
            lines = ", ".join(str(number) for number in log.bad_lines[:5])
            said.append(tr_count("review.bad_lines", len(log.bad_lines), path=path, lines=lines))
        said += read_notes(record.folder, record.program).warnings
        found += [(record.folder.name, warning) for warning in said]
    return found


def write_handover(path: Path, handover: Handover) -> None:
    """One file, replaced atomically, 0600 (a referat may fall under tavshedspligt)."""
    atomic_write(path, encode(handover))


def read_handover(path: Path) -> Handover:
    """Raises StoreError with the reason in the user's language; never reads more than
    a handover may hold."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise StoreError(
            tr("store.cannot_read", path=path, reason=describe_os_error(error))
        ) from error
    decoded = decode(raw)
    if isinstance(decoded, Handover):
        return decoded
    reason = tr(decoded.message, **decoded.params)
    raise StoreError(tr("handover.refused", path=path, reason=reason))


def local_copy(folder: Path) -> SessionCopy | None:
    """The shareable part of a session folder here; None when there is none. A folder
    that cannot be read as a session counts as one that differs (a conflict)."""
    if not os.path.lexists(folder):
        return None
    try:
        return session_copy(read_session(folder, tolerant=True))
    except StoreError:
        return SessionCopy(folder.name, "", ())


def import_handover(sessions_dir: Path, handover: Handover, now: datetime) -> Imported:
    """Bring the handover's sessions into `sessions_dir`. With a conflict nothing is written
    (the result names them); a session that cannot be read back is a StoreError naming it,
    and nothing is written either."""
    ensure_private_folder(sessions_dir)
    _remove_stale_staging(sessions_dir, now)
    changes: list[tuple[SessionCopy, Change]] = []
    for copy in handover.sessions:
        folder = sessions_dir / copy.folder
        changes.append((copy, change_for(copy, local_copy(folder), imported_digest(folder))))
    result = Imported(tuple((copy.folder, change) for copy, change in changes))
    wanted = [(c, k) for c, k in changes if k in (Change.NEW, Change.GROWN)]
    if result.named(Change.CONFLICT) or not wanted:
        return result
    staging = _staging_folder(sessions_dir)
    try:
        for copy, _change in wanted:
            _stage(staging, copy, handover, now)
        for copy, change in wanted:
            if change is Change.NEW:
                _put_in_place(staging / copy.folder, sessions_dir / copy.folder)
            else:
                _update(sessions_dir / copy.folder, copy, handover, now)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    return result


def _remove_stale_staging(sessions_dir: Path, now: datetime) -> None:
    for entry in os.scandir(sessions_dir):
        if not entry.name.startswith(STAGING_PREFIX) or entry.is_symlink():
            continue
        with contextlib.suppress(OSError):
            if now.timestamp() - entry.stat(follow_symlinks=False).st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(entry.path)


def _staging_folder(sessions_dir: Path) -> Path:
    for attempt in range(1, 100):
        staging = sessions_dir / f"{STAGING_PREFIX}{os.getpid()}-{attempt}"
        try:
            make_private_folder(staging)
            return staging
        except FileExistsError:
            continue
        except OSError as error:
            raise StoreError(
                tr("store.cannot_create_folder", path=staging, reason=describe_os_error(error))
            ) from error
    raise StoreError(tr("store.cannot_create_folder", path=sessions_dir, reason="?"))


def _write_session(folder: Path, copy: SessionCopy) -> None:
    atomic_write(folder / HEADER_NAME, copy.header.encode("utf-8"))
    lines = "".join(_json_line(event) for event in copy.events)
    atomic_write(folder / EVENTS_NAME, lines.encode("utf-8"))
    if copy.notes:
        ensure_private_folder(folder / NOTES_FOLDER)
    for name, text in copy.notes:
        atomic_write(folder / NOTES_FOLDER / name, text.encode("utf-8"))


def _json_line(event: object) -> str:
    return json.dumps(event, ensure_ascii=False) + "\n"


def _stage(staging: Path, copy: SessionCopy, handover: Handover, now: datetime) -> None:
    """The session written apart and read back as every reader will read it: a
    `session.toml` that is no session, say, refuses the whole import, naming the meeting."""
    folder = staging / copy.folder
    make_private_folder(folder)
    _write_session(folder, copy)
    try:
        read_back = session_copy(read_session(folder))
    except StoreError as error:
        message = error.message.replace(str(folder), copy.folder)
        raise StoreError(tr("handover.bad_session", folder=copy.folder, reason=message)) from None
    if read_back != copy:  # notes of no item, times in another form: not one of ours
        reason = tr("handover.inconsistent")
        raise StoreError(tr("handover.bad_session", folder=copy.folder, reason=reason))
    write_mark(folder, copy.digest, handover.made, format_utc(now))


def _put_in_place(staged: Path, target: Path) -> None:
    if os.path.lexists(target):  # made since the check: never written over
        raise StoreError(tr("handover.appeared", folder=target))
    try:
        os.rename(staged, target)
        fsync_folder(target.parent)
    except OSError as error:
        raise StoreError(
            tr("store.cannot_write", path=target, reason=describe_os_error(error))
        ) from error


def _update(folder: Path, copy: SessionCopy, handover: Handover, now: datetime) -> None:
    """A session that went on: its files replaced one by one (each atomically), under the
    session's lock so the review cannot append at the same moment; the mark last."""
    lock = SessionLock(folder)
    lock.acquire(now)
    try:
        _write_session(folder, copy)
        write_mark(folder, copy.digest, handover.made, format_utc(now))
    finally:
        lock.release()
