"""The roster a group carries from one meeting to the next.

Starting a session for a group brings along who was on the roster last time (names,
fagligheder, roles, seats, contact details, who are daily colleagues), so the chair only
marks who is here; the chair and referent are the ones that meeting chose with `/næste`.
Only headers are read until the group's newest session is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.core.participants import Participant
from facilitator.core.referat import NextMeeting
from facilitator.core.roles import roster_for_next
from facilitator.core.session import SessionState
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.event_log import read_event_log
from facilitator.store.session_files import EVENTS_NAME, list_session_folders, read_header


@dataclass(frozen=True)
class Roster:
    participants: tuple[Participant, ...] = ()
    colleagues: tuple[tuple[str, ...], ...] = ()
    source: Path | None = None
    """The session it came from, to tell the chair."""
    held: datetime | None = None
    """When that session began."""
    group: str = ""
    """The group's name as that session spells it."""
    next_meeting: NextMeeting | None = None
    """What that session agreed for the next one (`/næste`): date, place, chair, referent."""


def previous_roster(sessions_dir: Path, group: str) -> Roster:
    """The roster at the end of the group's newest readable session; empty without a group.
    Never writes: a session that cannot be read is passed over for the one before it."""
    if not group.strip():
        return Roster()
    wanted = group.strip().casefold()
    for folder in list_session_folders(sessions_dir):
        try:
            header, program = read_header(folder)
            if header.group.strip().casefold() != wanted:
                continue
            log = read_event_log(folder / EVENTS_NAME)
        except StoreError:
            continue
        state = SessionState.from_events(program, log.events, header.roster, header.colleagues)
        turns = state.turns
        seated = sorted(turns.participants.values(), key=lambda p: (p.seat, p.name.casefold()))
        next_meeting = state.referat.next_meeting
        participants = roster_for_next(seated, next_meeting)  # the roles /næste chose
        colleagues = tuple(tuple(sorted(pair)) for pair in sorted(turns.colleagues, key=sorted))
        return Roster(participants, colleagues, folder, header.created, header.group, next_meeting)
    return Roster()


def unknown_group(sessions_dir: Path, group: str) -> StoreError:
    """The error for a group with no meeting here: it names the groups there are."""
    known = known_groups(sessions_dir)
    if not known:
        return StoreError(tr("contacts.no_groups", group=group, folder=sessions_dir))
    return StoreError(tr("contacts.unknown_group", group=group, known=", ".join(known)))


def group_spelling(sessions_dir: Path, group: str) -> str:
    """The group as its meetings spell it (»netværk nord« is »Netværk Nord«)."""
    wanted = group.strip().casefold()
    return next((name for name in known_groups(sessions_dir) if name.casefold() == wanted), group)


def known_groups(sessions_dir: Path) -> list[str]:
    """The groups that have a meeting here, as their newest meeting spells them, sorted."""
    found: dict[str, str] = {}
    for folder in list_session_folders(sessions_dir):
        try:
            group = read_header(folder)[0].group.strip()
        except StoreError:
            continue
        if group:
            found.setdefault(group.casefold(), group)
    return sorted(found.values(), key=str.casefold)
