"""`events.jsonl`: one JSON object per line, appended with fsync.

A torn last line (a write cut off by a crash) was never acknowledged and is dropped on
read. A bad line in the middle is real damage: reading stops with an error naming the line.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.events import Event, EventDraft, event_from_json_object
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import describe_os_error, open_for_reading, open_for_writing


class EventLogCorrupt(StoreError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class LogRead:
    events: list[Event]
    end_offset: int
    """Byte offset just past the last complete line: where a follower reads on from."""
    torn_tail: bool
    lines: int
    """Complete lines consumed, so a follower can keep numbering lines in its errors."""
    bad_lines: tuple[int, ...] = ()
    """Lines passed over when reading with `tolerant` (the review reads what it can)."""


def read_event_log(
    path: Path, start_offset: int = 0, first_line: int = 1, tolerant: bool = False
) -> LogRead:
    """Read complete lines from `start_offset` on. Never writes. With `tolerant`, a bad
    line is passed over and named in `bad_lines` instead of stopping the read."""
    handle = open_for_reading(path)  # a symlink is refused, never followed
    if handle is None:
        return LogRead([], start_offset, False, 0)
    try:
        with handle:
            handle.seek(start_offset)
            data = handle.read()
    except OSError as error:
        raise StoreError(
            tr("store.cannot_read", path=path, reason=describe_os_error(error))
        ) from error
    complete, separator, tail = data.rpartition(b"\n")
    events: list[Event] = []
    bad_lines: list[int] = []
    if complete:
        for number, raw_line in enumerate(complete.split(b"\n"), start=first_line):
            if not raw_line.strip():
                continue
            try:
                events.append(event_from_json_object(json.loads(raw_line.decode("utf-8")), number))
            except (UnicodeDecodeError, ValueError, RecursionError) as error:
                if tolerant:
                    bad_lines.append(number)
                    continue
                reason = _reason(error)
                raise EventLogCorrupt(
                    tr("store.bad_event_line", path=path, line=number, reason=reason), number
                ) from None
    consumed = len(complete) + len(separator)
    return LogRead(
        events,
        start_offset + consumed,
        bool(tail),
        complete.count(b"\n") + len(separator),
        tuple(bad_lines),
    )


ENVELOPE = ("seq", "at", "type", "data")


def _reason(error: Exception) -> str:
    """Why a line could not be read, in the user's language."""
    if isinstance(error, UnicodeDecodeError):
        return tr("store.line_not_utf8")
    if isinstance(error, RecursionError):
        return tr("store.line_too_deep")
    if isinstance(error, json.JSONDecodeError) or str(error) not in ("", *ENVELOPE):
        return tr("store.line_not_json")  # also an integer of thousands of digits
    if str(error):
        return tr("store.line_bad_field", field=str(error))
    return tr("store.line_not_object")


class EventLogWriter:
    """Appends events. One `write` per line (O_APPEND), then fsync: acknowledged = on disk."""

    def __init__(self, path: Path, next_seq: int) -> None:
        self.path = path
        self.next_seq = next_seq
        try:
            self._descriptor = open_for_writing(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        except OSError as error:
            raise StoreError(
                tr("store.cannot_write", path=path, reason=describe_os_error(error))
            ) from error

    def drop_torn_tail(self, valid_bytes: int) -> None:
        """Cut an unacknowledged half line off the end before appending after it."""
        try:
            os.ftruncate(self._descriptor, valid_bytes)
            os.fsync(self._descriptor)
        except OSError as error:
            raise StoreError(
                tr("store.cannot_write", path=self.path, reason=describe_os_error(error))
            ) from error

    def append(self, draft: EventDraft, at: datetime, line: int = 0) -> Event:
        """`line`: the line it becomes, when the caller knows (for warnings about it)."""
        return self.append_all([draft], at, line)[0]

    def append_all(self, drafts: list[EventDraft], at: datetime, line: int = 0) -> list[Event]:
        """Several events in one write and one fsync: all are on disk, or none (a failed
        write is cut back to the size before it, so no half line or half action is left)."""
        events = [
            Event(self.next_seq + n, at, d.type, dict(d.data), line=line + n if line else 0)
            for n, d in enumerate(drafts)
        ]
        text = "".join(
            json.dumps(event.to_json_object(), ensure_ascii=False) + "\n" for event in events
        ).encode("utf-8")
        size_before = os.fstat(self._descriptor).st_size
        try:
            written = os.write(self._descriptor, text)
            if written != len(text):
                raise OSError(28, os.strerror(28))
            os.fsync(self._descriptor)
        except OSError as error:
            # Never leave half a line behind: the next append would follow garbage.
            with contextlib.suppress(OSError):
                os.ftruncate(self._descriptor, size_before)
            raise StoreError(
                tr("store.cannot_save_event", path=self.path, reason=describe_os_error(error))
            ) from error
        self.next_seq += len(events)
        return events

    def size(self) -> int:
        """The log's size now: just past our own last line while the append lock is held."""
        return os.fstat(self._descriptor).st_size

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._descriptor)
