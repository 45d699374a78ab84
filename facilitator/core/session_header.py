"""The `[session]` table and `[[participant]]` tables of `session.toml`, checked field by field.

A field of the wrong type (a hand edit, a bad copy) is left out and named, so the rest of
the meeting still opens; the store says which line it was on. The program part of the
file is checked like a program file (`core/program.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.core.event_shapes import (
    SHAPES,
    Field,
    fits_shape,
    list_of,
    optional,
    text,
    whole,
)
from facilitator.core.participants import Participant, participant_from_data

SESSION_FIELDS: dict[str, Field] = {
    "format": optional(whole(0, 1_000_000)),
    "id": optional(text),
    "title": optional(text),
    "program_id": optional(text),
    "created": optional(text),
    "group": optional(text),
    "place": optional(text),
    "colleagues": optional(list_of(list_of(text))),
}
PARTICIPANT_FIELDS = SHAPES["participant_added"]
"""A roster entry has the shape of a `participant_added` event."""


class CheckedHeader:
    """What `check_header_fields` found: the `[session]` fields that have their type, the
    roster, the colleague pairs, and the key paths left out (`session.group`,
    `participant[2]`) in the file's order."""

    __slots__ = ("colleagues", "roster", "values", "wrong")

    def __init__(
        self,
        values: dict[str, object],
        roster: tuple[Participant, ...],
        colleagues: tuple[tuple[str, ...], ...],
        wrong: tuple[str, ...],
    ) -> None:
        self.values = values
        self.roster = roster
        self.colleagues = colleagues
        self.wrong = wrong

    def text(self, key: str) -> str:
        value = self.values.get(key, "")
        return value if isinstance(value, str) else ""


def check_header_fields(session: Mapping[str, object], roster: object) -> CheckedHeader:
    values: dict[str, object] = {}
    wrong: list[str] = []
    for key, value in session.items():
        field = SESSION_FIELDS.get(key)
        if field is None:
            continue  # a newer version's field: not ours to judge
        if field.check(value):
            values[key] = value
        else:
            wrong.append(f"session.{key}")
    people: list[Participant] = []
    if not isinstance(roster, list):
        wrong.append("participant")
        roster = []
    for number, item in enumerate(roster, start=1):
        fits = isinstance(item, dict) and fits_shape(PARTICIPANT_FIELDS, item)
        participant = participant_from_data(item) if fits and isinstance(item, dict) else None
        if participant is None:
            wrong.append(f"participant[{number}]")
        else:
            people.append(participant)
    pairs = values.get("colleagues", [])
    colleagues = tuple(tuple(pair) for pair in pairs) if isinstance(pairs, list) else ()
    return CheckedHeader(values, tuple(people), colleagues, tuple(wrong))
