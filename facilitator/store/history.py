"""All saved sessions, for the review: a list that stays fast with a thousand of them.

Listing reads one small cached summary per session from `sessions/.oversigt.json`; a
summary is rebuilt only when the session's `session.toml` or `events.jsonl` changed (size
or modification time). The cache is ours to lose: if it is missing, garbled or cannot be
written, listing rebuilds what it needs and carries on. Session folders are never written.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.core.off_record import without_off_record_lines
from facilitator.core.review import (
    GroupMeeting,
    SessionSummary,
    matches,
    settle_open_actions,
    summarize,
)
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write, is_link, read_text_inside
from facilitator.store.notes import NOTES_FOLDER
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME, list_session_folders
from facilitator.store.session_reader import SessionRecord, read_session
from facilitator.store.sync_copies import folder_copy_warnings, sync_copy_warnings

CACHE_NAME = ".oversigt.json"
CACHE_FORMAT = 2
"""2: summaries say when the last event was written and whether the meeting is over."""


@dataclass(frozen=True)
class ListedSession:
    folder: Path
    summary: SessionSummary | None
    """None when the session cannot be read at all (then `problem` says why)."""
    problem: str = ""
    sync_copies: tuple[str, ...] = ()
    """A synced drive's conflict copies in or of the folder (store/sync_copies.py)."""

    @property
    def warnings(self) -> tuple[str, ...]:
        if self.summary is None:
            return (self.problem, *self.sync_copies)
        return (*self.summary.warnings, *self.sync_copies)


def _stamp(folder: Path) -> list[int]:
    stamp: list[int] = []
    for name in (HEADER_NAME, EVENTS_NAME):
        try:
            info = (folder / name).stat()
            stamp += [info.st_mtime_ns, info.st_size]
        except OSError:
            stamp += [0, -1]
    return stamp


def _load_cache(sessions_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((sessions_dir / CACHE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return {}
    sessions = data.get("sessions")
    return sessions if isinstance(sessions, dict) else {}


def summary_of(record: SessionRecord) -> SessionSummary:
    header = record.header
    return summarize(
        folder=record.folder.name,
        title=header.title,
        program_id=header.program_id,
        group=header.group,
        created=header.created,
        state=record.state,
        warnings=tuple(w for w in record.warnings if w not in record.sync_copies),
    )


def list_sessions(
    sessions_dir: Path, group: str | None = None, search: str | None = None
) -> list[ListedSession]:
    """Sessions newest first, optionally of one group (case-insensitive) and matching a
    search in decisions, actions, names and notes."""
    cached = _load_cache(sessions_dir)
    fresh: dict[str, Any] = {}
    listed: list[ListedSession] = []
    for folder in list_session_folders(sessions_dir):
        stamp = _stamp(folder)
        entry = cached.get(folder.name)
        summary: SessionSummary | None = None
        if isinstance(entry, dict) and entry.get("stamp") == stamp:
            with contextlib.suppress(KeyError, TypeError, ValueError):
                summary = SessionSummary.from_data(entry["summary"])
        if summary is None:
            try:
                summary = summary_of(read_session(folder, tolerant=True))
            except StoreError as error:
                listed.append(ListedSession(folder, None, error.message))
                continue
        fresh[folder.name] = {"stamp": stamp, "summary": summary.to_data()}
        listed.append(ListedSession(folder, summary))
    if fresh != cached:
        _save_cache(sessions_dir, fresh)
    settled = iter(settle_open_actions([item.summary for item in listed if item.summary]))
    names = {item.folder.name for item in listed}
    listed = [
        ListedSession(
            item.folder,
            next(settled) if item.summary else None,
            item.problem,
            (*folder_copy_warnings(item.folder, names), *sync_copy_warnings(item.folder)),
        )
        for item in listed
    ]
    if group:
        wanted = group.strip().casefold()
        listed = [i for i in listed if i.summary and i.summary.group.strip().casefold() == wanted]
    if search and search.strip():
        listed = [
            item
            for item in listed
            if item.summary and matches(item.summary, _notes_text(item.folder), search)
        ]
    return listed


def _notes_text(folder: Path) -> str:
    """All notes of a session, for search; a damaged or linked file (or folder) is left
    out, as it is everywhere else."""
    notes = folder / NOTES_FOLDER
    if is_link(notes):
        return ""
    texts = []
    for path in sorted(notes.glob("*.md")):
        with contextlib.suppress(StoreError):
            texts.append(without_off_record_lines(read_text_inside(path) or ""))
    return "\n".join(texts)


def _save_cache(sessions_dir: Path, sessions: dict[str, Any]) -> None:
    """Best effort: a read-only or full disk costs speed next time, never the listing."""
    data = {"format": CACHE_FORMAT, "sessions": sessions}
    with contextlib.suppress(StoreError):
        atomic_write(sessions_dir / CACHE_NAME, json.dumps(data, ensure_ascii=False).encode())


def group_records(sessions_dir: Path, group: str, last: int | None = None) -> list[SessionRecord]:
    """The group's readable sessions, oldest first (the last `last` of them)."""
    folders = [item.folder for item in list_sessions(sessions_dir, group=group) if item.summary]
    if last is not None:
        folders = folders[:last]
    records = []
    for folder in reversed(folders):
        with contextlib.suppress(StoreError):
            records.append(read_session(folder, tolerant=True))
    return records


def as_meetings(records: list[SessionRecord]) -> list[GroupMeeting]:
    return [GroupMeeting(r.folder.name, r.header.created, r.state) for r in records]
