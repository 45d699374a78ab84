"""Session folders: `sessions/<YYYY-MM-DD_HHMM>_<program-id>/` with `session.toml`.

`session.toml` holds a `[session]` header and a full copy of the program as run, in the
same `[program]` + `[[block]]` shape as a program file, so one parser reads both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.core.events import format_utc, parse_utc
from facilitator.core.participants import Participant
from facilitator.core.program import Program, ProgramInvalid, program_from_data, program_to_data
from facilitator.core.session_header import check_header_fields
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import (
    atomic_write,
    ensure_private_folder,
    make_private_folder,
    read_text_inside,
)
from facilitator.store.program_files import locate_key_path
from facilitator.store.toml_reading import TomlProblem, parse_toml, without_bom

HEADER_NAME = "session.toml"
EVENTS_NAME = "events.jsonl"
SESSION_FORMAT = 1
SESSIONS_ENV = "FACILITATOR_SESSIONS_DIR"


@dataclass(frozen=True)
class SessionHeader:
    id: str
    title: str
    program_id: str
    created: datetime
    group: str = ""
    place: str = ""
    roster: tuple[Participant, ...] = ()
    """Who was expected when the session began (carried from the group's last meeting)."""
    colleagues: tuple[tuple[str, ...], ...] = ()
    warnings: tuple[str, ...] = ()
    """Fields of `session.toml` that had the wrong type and were left out, said with
    the file and line (for the review, the export and the run screen)."""


def default_sessions_dir(explicit: str | None = None) -> Path:
    chosen = explicit or os.environ.get(SESSIONS_ENV) or "sessions"
    return Path(chosen).expanduser()


def new_session_folder(sessions_dir: Path, program: Program, now: datetime, zone: tzinfo) -> Path:
    """A fresh folder name from the local start time; `-2`, `-3` … if that minute is taken."""
    ensure_private_folder(sessions_dir)
    stem = f"{now.astimezone(zone):%Y-%m-%d_%H%M}_{program.id}"
    for attempt in range(1, 1000):
        folder = sessions_dir / (stem if attempt == 1 else f"{stem}-{attempt}")
        try:
            make_private_folder(folder)
        except FileExistsError:
            continue
        except OSError as error:
            raise StoreError(
                tr("store.cannot_create_folder", path=folder, reason=str(error))
            ) from error
        return folder
    raise StoreError(tr("store.cannot_create_folder", path=sessions_dir / stem, reason="?"))


def write_header(folder: Path, header: SessionHeader, program: Program) -> None:
    data: dict[str, Any] = {
        "session": {
            "format": SESSION_FORMAT,
            "id": header.id,
            "title": header.title,
            "program_id": header.program_id,
            "created": format_utc(header.created),
            "group": header.group,
            "place": header.place,
        }
    }
    if header.colleagues:
        data["session"]["colleagues"] = [list(pair) for pair in header.colleagues]
    data.update(program_to_data(program))
    if header.roster:
        data["participant"] = [participant.to_data() for participant in header.roster]
    atomic_write(folder / HEADER_NAME, tomli_w.dumps(data, multiline_strings=True).encode("utf-8"))


def read_header(folder: Path) -> tuple[SessionHeader, Program]:
    """Read `session.toml`. Raises StoreError naming the file and line when there is no
    program to run; a `[session]` or `[[participant]]` field of the wrong type is left
    out and said in `SessionHeader.warnings` instead. Never writes, never follows a
    symlink."""
    path = folder / HEADER_NAME
    text = read_text_inside(path)
    if text is None:
        raise StoreError(tr("session.no_header", path=path))
    try:
        data = parse_toml(text)
    except TomlProblem as problem:
        where = f"{path}:{problem.line}:{problem.column}" if problem.line else str(path)
        raise StoreError(tr("session.bad_header", where=where, reason=problem.message)) from None
    raw_session = data.pop("session", None)
    raw_roster = data.pop("participant", [])
    if not isinstance(raw_session, dict):
        raise StoreError(tr("session.bad_header", where=path, reason=tr("session.no_table")))
    checked = check_header_fields(raw_session, raw_roster)
    try:
        program = program_from_data(data, default_id=checked.text("program_id") or "program")
    except ProgramInvalid as invalid:
        first = invalid.issues[0]
        raise StoreError(
            tr(
                "session.bad_header",
                where=_where(path, text, first.key_path),
                reason=f"{first.key_path}: {tr(first.message, **first.params)}",
            )
        ) from None
    try:
        created = parse_utc(checked.text("created"))
    except ValueError:
        where = _where(path, text, "session.created")
        raise StoreError(tr("session.bad_created", where=where)) from None
    header = SessionHeader(
        id=checked.text("id") or folder.name,
        title=checked.text("title") or program.title,
        program_id=checked.text("program_id") or program.id,
        created=created,
        group=checked.text("group"),
        place=checked.text("place"),
        roster=checked.roster,
        colleagues=checked.colleagues,
        warnings=tuple(
            tr("session.field_skipped", where=_where(path, text, key_path), key=key_path)
            for key_path in checked.wrong
        ),
    )
    return header, program


def _where(path: Path, text: str, key_path: str) -> str:
    """`session.toml:LINE` for a key path, or the file alone where it cannot be found."""
    position = locate_key_path(without_bom(text), key_path)
    return f"{path}:{position[0]}" if position else str(path)


def list_session_folders(sessions_dir: Path) -> list[Path]:
    """Session folders, newest first (their names start with the local date and time)."""
    if not sessions_dir.is_dir():
        return []
    folders = [p for p in sessions_dir.iterdir() if p.is_dir() and (p / HEADER_NAME).exists()]
    return sorted(folders, key=lambda p: p.name, reverse=True)


def find_session_folder(sessions_dir: Path, name: str | None) -> Path:
    """The given session (folder path or id), or the newest one when no name is given."""
    if name is None:
        folders = list_session_folders(sessions_dir)
        if not folders:
            raise StoreError(tr("session.none_to_resume", folder=sessions_dir))
        return folders[0]
    for candidate in (Path(name), sessions_dir / name):
        # os.path.exists: a name too long, or with a NUL in it, is simply not a session.
        if os.path.exists(candidate / HEADER_NAME):
            return candidate
    matches = [p for p in list_session_folders(sessions_dir) if name in p.name]
    if len(matches) == 1:
        return matches[0]
    raise StoreError(tr("session.not_found", name=name, folder=sessions_dir))
