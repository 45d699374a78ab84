"""One person, one name: what is typed (`/fremmøde Anne, Bo`, `@anne`) is matched to the
meeting's people, so "Anne" marks the roster's Anne Holm instead of making a second Anne.

A typed name matches, case-insensitively: a full name; else a first name that only one
person has; else the start of only one person's name ("Erik Nielsen" for "Erik Nielsen,
jr."). Two people that fit is a question to ask, never a guess. A name that fits no one is
a new person, and the caller says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from facilitator.core.events import EventDraft
from facilitator.core.referat import ReferatEvent, ReferatState
from facilitator.core.turns import TurnsState


@dataclass(frozen=True)
class Matched:
    name: str
    """The person's name as the meeting knows it, or the typed name for someone new."""
    known: bool


@dataclass(frozen=True)
class Ambiguous:
    typed: str
    candidates: tuple[str, ...]


def meeting_people(turns: TurnsState, referat: ReferatState) -> list[str]:
    """Everyone the meeting knows by name: its participants, and anyone marked already."""
    names = [person.name for person in turns.participants.values()]
    return list(dict.fromkeys([*names, *referat.attendance]))


def match_name(typed: str, people: Sequence[str]) -> Matched | Ambiguous:
    wanted = _folded(typed)
    if not wanted:
        return Matched(typed.strip(), False)
    for fits in (_is_full_name, _is_first_name, _starts_name):
        found = list(dict.fromkeys(name for name in people if fits(_folded(name), wanted)))
        if len(found) == 1:
            return Matched(found[0], True)
        if found:
            return Ambiguous(typed.strip(), tuple(found))
    return Matched(" ".join(typed.split()), False)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _is_full_name(name: str, wanted: str) -> bool:
    return name == wanted


def _is_first_name(name: str, wanted: str) -> bool:
    return name.split(" ", 1)[0] == wanted


def _starts_name(name: str, wanted: str) -> bool:
    return name.startswith(wanted)


@dataclass(frozen=True)
class Resolved:
    drafts: list[EventDraft]
    new_names: tuple[str, ...]
    """Typed names that fit no one: written as new people, and said."""


def resolve_names(drafts: Sequence[EventDraft], people: Sequence[str]) -> Resolved | Ambiguous:
    """The drafts of a typed line with every name in it (attendance, roles, an action's
    `@who`) made the meeting's own; the first ambiguous name stops it."""
    resolved, new = [], []
    for draft in drafts:
        field_name = _NAME_FIELDS.get(draft.type)
        typed = str(draft.data.get(field_name, "")) if field_name else ""
        if not typed.strip():
            resolved.append(draft)
            continue
        match = match_name(typed, people)
        if isinstance(match, Ambiguous):
            return match
        if not match.known:
            new.append(match.name)
        assert field_name is not None
        resolved.append(replace(draft, data={**draft.data, field_name: match.name}))
    return Resolved(resolved, tuple(dict.fromkeys(new)))


_NAME_FIELDS: dict[str, str] = {
    ReferatEvent.ATTENDANCE_SET: "name",
    ReferatEvent.ROLE_SET: "name",
    ReferatEvent.ACTION_ADDED: "who",
}
