"""A group's history in one file, for the next meeting on another laptop.

The chair and the referent rotate, so the group's memory has to travel: the handover file
carries the group's sessions themselves (each one's `session.toml`, its events and its
notes files) in one versioned JSON document with a format marker and a SHA-256 checksum.
Whatever reads group history (carried actions, roster, contacts, agreements, the next
meeting) then works after an import with no code of its own.

Never in the file: an `off_the_record` event, and any notes line typed as `/fortroligt`
(the referat's word for it turns the line into that event; a line that stayed in the
notes, e.g. from an older version, is taken out here as well).

Pure: reading and checking the document, and deciding what an import does to each
session, are decisions on data; the store reads and writes the files.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from facilitator.core.events import Event, Refusal, event_from_json_object

FORMAT_MARKER = "facilitator-overdragelse"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
"""A group's years of meetings are a few MB; anything far bigger is not a handover."""
MAX_SESSIONS = 5000
OFF_RECORD_EVENT = "off_the_record"
OFF_RECORD_WORD = "/fortroligt"

SAFE_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
SAFE_NOTES_FILE = re.compile(r"^[0-9]{2,4}-[a-z0-9][a-z0-9-]*\.md$")
WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


@dataclass(frozen=True)
class SessionCopy:
    """One session as the handover carries it (off-the-record text already left out)."""

    folder: str
    header: str
    """`session.toml` as text."""
    events: tuple[Mapping[str, Any], ...]
    """Each event's JSON object, as in `events.jsonl`."""
    notes: tuple[tuple[str, str], ...] = ()
    """(file name inside `notes/`, text), sorted by name."""

    def to_data(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "session_toml": self.header,
            "events": [dict(event) for event in self.events],
            "notes": {name: text for name, text in self.notes},
        }

    @property
    def digest(self) -> str:
        """What was imported, to tell later whether the local copy was changed since."""
        return sha256_of(self.to_data())


@dataclass(frozen=True)
class Handover:
    group: str
    made: str
    """When it was written (UTC, as the log writes times)."""
    sessions: tuple[SessionCopy, ...]


class Change(Enum):
    """What an import does to one session."""

    NEW = "new"
    SAME = "same"
    GROWN = "grown"
    """The session went on after the last handover: more events after the same ones."""
    OLDER = "older"
    """This laptop has more of it than the file: nothing to take."""
    CONFLICT = "conflict"


def sha256_of(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def strip_off_record(text: str) -> str:
    """Notes without any line typed as `/fortroligt …` (whatever its case or indent)."""
    kept = [
        line
        for line in text.splitlines(keepends=True)
        if not line.lstrip().casefold().startswith(OFF_RECORD_WORD)
    ]
    return "".join(kept)


def shareable(events: Sequence[Event]) -> tuple[dict[str, Any], ...]:
    """The events that may leave the meeting: all but the off-the-record ones."""
    return tuple(e.to_json_object() for e in events if e.type != OFF_RECORD_EVENT)


def document(handover: Handover) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "group": handover.group,
        "made": handover.made,
        "sessions": [copy.to_data() for copy in handover.sessions],
    }
    return {**body, "checksum": sha256_of(body)}


def encode(handover: Handover) -> bytes:
    return (json.dumps(document(handover), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode(raw: bytes) -> Handover | Refusal:
    """The handover in `raw`, or why it is refused: too big, not JSON, not our marker, a
    version from the future, a checksum that does not match (damaged or edited), or a
    session whose names or events could not be written here safely."""
    if len(raw) > MAX_FILE_BYTES:
        return Refusal("handover.too_big", {"most": MAX_FILE_BYTES // (1024 * 1024)})
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Refusal("handover.not_json")
    if not isinstance(data, dict) or data.get("format") != FORMAT_MARKER:
        return Refusal("handover.wrong_marker")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != FORMAT_VERSION:
        return Refusal("handover.wrong_version", {"version": str(version)[:20]})
    body = {key: value for key, value in data.items() if key != "checksum"}
    if data.get("checksum") != sha256_of(body):
        return Refusal("handover.bad_checksum")
    group, made, sessions = data.get("group"), data.get("made"), data.get("sessions")
    if not isinstance(group, str) or not isinstance(made, str) or not isinstance(sessions, list):
        return Refusal("handover.bad_shape", {"where": "group/made/sessions"})
    if len(sessions) > MAX_SESSIONS:
        return Refusal("handover.bad_shape", {"where": "sessions"})
    copies: list[SessionCopy] = []
    for number, raw_session in enumerate(sessions, start=1):
        copy = _session_from(raw_session, number)
        if isinstance(copy, Refusal):
            return copy
        copies.append(copy)
    names = [copy.folder.casefold() for copy in copies]
    duplicate = next((name for name in names if names.count(name) > 1), None)
    if duplicate is not None:
        return Refusal("handover.duplicate", {"folder": duplicate})
    return Handover(group, made, tuple(copies))


def unsafe_name(name: str, pattern: re.Pattern[str]) -> bool:
    """A name that could leave its folder (`..`, a separator), hide (a leading dot), be a
    Windows device (`con`, `lpt1.md`: Windows keeps them whatever the extension) or end
    in a dot or space (which Windows drops, so two names would meet)."""
    if not pattern.match(name) or ".." in name or name.endswith((".", " ")):
        return True
    return bool(WINDOWS_DEVICES.match(name.split(".", 1)[0]))


def _session_from(raw: Any, number: int) -> SessionCopy | Refusal:
    where = f"sessions[{number}]"
    if not isinstance(raw, dict):
        return Refusal("handover.bad_shape", {"where": where})
    folder, header, events, notes = (
        raw.get("folder"),
        raw.get("session_toml"),
        raw.get("events"),
        raw.get("notes", {}),
    )
    if not isinstance(folder, str) or unsafe_name(folder, SAFE_FOLDER):
        return Refusal("handover.unsafe_name", {"name": str(folder)[:80]})
    if not isinstance(header, str) or not isinstance(events, list) or not isinstance(notes, dict):
        return Refusal("handover.bad_shape", {"where": f"{where} ({folder})"})
    for line, event in enumerate(events, start=1):
        try:
            event_from_json_object(event, line)
        except ValueError:
            return Refusal("handover.bad_event", {"folder": folder, "number": line})
        if event.get("type") == OFF_RECORD_EVENT:
            return Refusal("handover.off_record_inside", {"folder": folder})
    checked_notes: list[tuple[str, str]] = []
    for name, text in notes.items():
        if unsafe_name(name, SAFE_NOTES_FILE):
            return Refusal("handover.unsafe_name", {"name": f"{folder}/{name}"[:120]})
        if not isinstance(text, str):
            return Refusal("handover.bad_shape", {"where": f"{folder}/{name}"})
        checked_notes.append((name, strip_off_record(text)))
    return SessionCopy(folder, header, tuple(events), tuple(sorted(checked_notes)))


def change_for(
    incoming: SessionCopy, local: SessionCopy | None, imported_digest: str | None
) -> Change:
    """What importing `incoming` does, given the same folder here (its shareable part) and,
    when that folder came from an earlier import, what was imported then.

    The log only ever grows, so a handover whose events are this laptop's events and more
    is the same session later on: taken, when this laptop has not changed its copy since
    the import. One whose events are fewer than ours is older: nothing to take. One that
    agrees with neither (its events are not a prefix of ours, nor ours of its) was changed
    on both sides: a conflict, never merged. A meeting held on this laptop (no earlier
    import) is never written over: its copy here is the original."""
    if local is None:
        return Change.NEW
    if incoming.to_data() == local.to_data():
        return Change.SAME
    ours, theirs = list(local.events), list(incoming.events)
    theirs_is_older = len(theirs) <= len(ours) and ours[: len(theirs)] == theirs
    if imported_digest is None:
        return Change.OLDER if theirs_is_older else Change.CONFLICT
    ours_is_older = len(ours) <= len(theirs) and theirs[: len(ours)] == ours
    if ours_is_older and imported_digest == local.digest:
        return Change.GROWN
    if theirs_is_older and len(theirs) < len(ours):
        return Change.OLDER
    return Change.CONFLICT
