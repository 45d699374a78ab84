"""Catalogue keys that are built while the app runs (`tr(f"referat.{kind}")`) exist in both
languages for every value they can be built from. (Any other missing key fails the test
that renders it: the suite runs `tr` strict, tests/conftest.py.)"""

from __future__ import annotations

from collections.abc import Iterator

from facilitator.core.invitation import NEEDED
from facilitator.core.meeting_life import Quitting
from facilitator.core.participants import ROLES
from facilitator.core.program import BlockKind
from facilitator.core.referat import Attendance, EntryKind
from facilitator.core.roles import ROLES as MEETING_ROLES
from facilitator.core.slash_words import SLASH_WORDS
from facilitator.export.contacts import CSV_FIELDS
from facilitator.i18n.catalogue import DA, EN
from facilitator.tui.bindings import (
    CHAIR_KEYS,
    PALETTE_KEY,
    PICKER_KEYS,
    QUIT_KEY,
    REFERENT_KEYS,
    TO_CHAIR_KEYS,
    TO_NOTES,
)
from facilitator.tui.screens.forms import NEXT_MEETING_FIELDS
from facilitator.tui.screens.participant_form import TEXT_FIELDS
from facilitator.tui.screens.planning import INVITE_FIELDS, PLAN_FIELDS


def built_keys() -> Iterator[str]:
    specs = {*CHAIR_KEYS, *REFERENT_KEYS, *PICKER_KEYS, QUIT_KEY, PALETTE_KEY}
    for spec in (*specs, TO_CHAIR_KEYS, TO_NOTES):
        yield f"bind.{spec.id}"
        yield f"tip.{spec.id}"
    yield from (f"date.month.{month}" for month in range(1, 13))
    yield from (f"date.weekday.{day}" for day in range(7))
    for kind in EntryKind:
        yield f"referat.{kind.value}"
        yield f"review.heading_{kind.value}"
    yield from (f"export.attendance.{status.value}" for status in Attendance)
    yield from (f"export.role.{role}" for role in MEETING_ROLES)
    yield from (f"role.{role}" for role in ROLES)
    yield from (f"run.kind.{kind.value}" for kind in BlockKind)
    yield from (f"leaving.{answer.value}" for answer in Quitting)
    yield from (f"new.change.{kind}" for kind in ("added", "minutes", "moved", "removed"))
    yield from (f"person.{name}" for name in (*TEXT_FIELDS, *CSV_FIELDS))
    yield from (f"next.{name}" for name in NEXT_MEETING_FIELDS)
    yield from (f"next.{name}_hint" for name in NEXT_MEETING_FIELDS)
    yield from (f"invite.form.{name}" for name in INVITE_FIELDS)
    yield from (f"plan.form.{name}" for name in PLAN_FIELDS)
    for name in NEEDED:
        yield f"invite.placeholder.{name}"
        yield f"invite.field.{name}"
    yield from (f"edit.{name}" for name in ("text", "who", "due"))
    yield from (f"slash.{word.word}" for word in SLASH_WORDS)


def test_every_key_built_at_run_time_is_in_both_languages() -> None:
    keys = sorted(set(built_keys()))
    assert len(keys) > 100
    assert [key for key in keys if key not in DA] == []
    assert [key for key in keys if key not in EN] == []
