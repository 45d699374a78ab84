"""Read a whole session from disk for review and export. Never writes, never locks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.agenda import AgendaState
from facilitator.core.off_record import without_off_record_lines
from facilitator.core.program import Program
from facilitator.core.session import SessionState
from facilitator.i18n import tr, tr_count
from facilitator.store.event_log import read_event_log
from facilitator.store.notes import read_notes
from facilitator.store.session_files import EVENTS_NAME, SessionHeader, read_header
from facilitator.store.sync_copies import sync_copy_warnings


@dataclass(frozen=True)
class SessionRecord:
    folder: Path
    header: SessionHeader
    program: Program
    state: SessionState
    notes: dict[str, str]
    last_event_at: datetime | None
    warnings: tuple[str, ...] = ()
    """What was passed over to read the rest (only when read `tolerant`)."""
    sync_copies: tuple[str, ...] = ()
    """A synced drive's conflict copies in the folder (also in `warnings`): said fresh on
    each read, never kept in the review's cache."""


def read_session(folder: Path, tolerant: bool = False) -> SessionRecord:
    """Raises StoreError (naming file and line) when the session cannot be read. With
    `tolerant`, a garbled line in the log is passed over and said in `warnings` instead;
    a broken `session.toml` still raises (without it there is no agenda to read into).
    Either way, an event whose data does not fit its type, a field of `session.toml` of
    the wrong type, and a damaged notes file are passed over and said in `warnings`."""
    header, program = read_header(folder)
    path = folder / EVENTS_NAME
    log = read_event_log(path, tolerant=tolerant)
    state = SessionState.from_events(program, log.events, header.roster, header.colleagues)
    program = state.agenda.program  # with any item added during the meeting
    notes = read_notes(folder, program)
    warnings = list(header.warnings)
    if log.bad_lines:
        lines = ", ".join(str(number) for number in log.bad_lines[:5])
        warnings.append(tr_count("review.bad_lines", len(log.bad_lines), path=path, lines=lines))
    if log.torn_tail:
        warnings.append(tr("review.torn_tail", path=path))
    warnings += event_warnings(path, state.agenda)
    if not os.path.lexists(path):
        warnings.append(tr("review.no_events", path=path))
    warnings += notes.warnings
    copies = sync_copy_warnings(folder)
    return SessionRecord(
        folder=folder,
        header=header,
        program=program,
        state=state,
        # What is read here is shown or exported: never a `/fortroligt` line (off_record).
        notes={block: without_off_record_lines(text) for block, text in notes.texts.items()},
        last_event_at=log.events[-1].at if log.events else None,
        warnings=(*warnings, *copies),
        sync_copies=copies,
    )


SHOWN_LINES = 10
"""Lines named in a warning about skipped events; the rest are counted."""


def event_warnings(path: Path, agenda: AgendaState) -> list[str]:
    """Events skipped because their data did not fit (`events.jsonl:14, :31`), and events
    the folds did not understand (a newer version's, or ones that fit no state)."""
    warnings = []
    lines = agenda.unreadable
    if lines:
        where = f"{path}:{lines[0]}" + "".join(f", :{line}" for line in lines[1:SHOWN_LINES])
        if len(lines) > SHOWN_LINES:
            where += " …"
        if len(lines) == 1:
            warnings.append(tr("review.unreadable_one", where=where))
        else:
            warnings.append(tr("review.unreadable_many", count=len(lines), where=where))
    if agenda.ignored_events:
        warnings.append(tr_count("review.ignored", agenda.ignored_events, path=path))
    return warnings
