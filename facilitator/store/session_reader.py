"""Read a whole session from disk for review and export. Never writes, never locks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.program import Program
from facilitator.core.session import SessionState
from facilitator.store.event_log import read_event_log
from facilitator.store.notes import load_notes
from facilitator.store.session_files import EVENTS_NAME, SessionHeader, read_header


@dataclass(frozen=True)
class SessionRecord:
    folder: Path
    header: SessionHeader
    program: Program
    state: SessionState
    notes: dict[str, str]
    last_event_at: datetime | None


def read_session(folder: Path) -> SessionRecord:
    """Raises StoreError (naming file and line) when the session cannot be read."""
    header, program = read_header(folder)
    log = read_event_log(folder / EVENTS_NAME)
    state = SessionState.from_events(program, log.events, header.roster, header.colleagues)
    return SessionRecord(
        folder=folder,
        header=header,
        program=program,
        state=state,
        notes=load_notes(folder, program),
        last_event_at=log.events[-1].at if log.events else None,
    )
