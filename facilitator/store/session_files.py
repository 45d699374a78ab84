"""Session folders: `sessions/<YYYY-MM-DD_HHMM>_<program-id>/` with `session.toml`.

`session.toml` holds a `[session]` header and a full copy of the program as run, in the
same `[program]` + `[[block]]` shape as a program file, so one parser reads both.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.core.events import format_utc, parse_utc
from facilitator.core.program import Program, ProgramInvalid, program_from_data, program_to_data
from facilitator.core.turns import Participant, participant_from_data
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write, ensure_private_folder
from facilitator.store.program_files import TOML_POSITION, toml_error_position

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
            folder.mkdir(mode=0o700)
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
    """Read `session.toml`. Raises StoreError naming the file and line. Never writes."""
    path = folder / HEADER_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(tr("session.no_header", path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(tr("store.cannot_read", path=path, reason=str(error))) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = toml_error_position(str(error), text)
        where = f"{path}:{position[0]}:{position[1]}" if position else str(path)
        raise StoreError(
            tr("session.bad_header", where=where, reason=TOML_POSITION.sub("", str(error)).strip())
        ) from None
    raw_session = data.pop("session", None)
    raw_roster = data.pop("participant", [])
    if not isinstance(raw_session, dict):
        raise StoreError(tr("session.bad_header", where=path, reason="[session]"))
    try:
        program = program_from_data(data, default_id=str(raw_session.get("program_id", "program")))
    except ProgramInvalid as invalid:
        first = invalid.issues[0]
        raise StoreError(
            tr(
                "session.bad_header",
                where=path,
                reason=f"{first.key_path}: {tr(first.message, **first.params)}",
            )
        ) from None
    try:
        header = SessionHeader(
            id=str(raw_session.get("id") or folder.name),
            title=str(raw_session.get("title") or program.title),
            program_id=str(raw_session.get("program_id") or program.id),
            created=parse_utc(str(raw_session["created"])),
            group=str(raw_session.get("group", "")),
            place=str(raw_session.get("place", "")),
            roster=_roster_from(raw_roster),
            colleagues=tuple(
                tuple(str(i) for i in pair)
                for pair in raw_session.get("colleagues", [])
                if isinstance(pair, list)
            ),
        )
    except (KeyError, ValueError) as error:
        raise StoreError(
            tr("session.bad_header", where=path, reason=f"session.created ({error})")
        ) from None
    return header, program


def _roster_from(raw: Any) -> tuple[Participant, ...]:
    """The `[[participant]]` tables; a table without id or name is left out, not fatal."""
    if not isinstance(raw, list):
        return ()
    found = (participant_from_data(item) for item in raw if isinstance(item, dict))
    return tuple(participant for participant in found if participant is not None)


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
        if (candidate / HEADER_NAME).exists():
            return candidate
    matches = [p for p in list_session_folders(sessions_dir) if name in p.name]
    if len(matches) == 1:
        return matches[0]
    raise StoreError(tr("session.not_found", name=name, folder=sessions_dir))
