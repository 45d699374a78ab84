"""The shape of every event's data, declared once: each field's type, required or optional.

The folds (agenda, referat, turns) read only events that fit their shape. An event that
does not fit (a hand edit, a bad copy, a bug in another version) is skipped and counted
with its line, like an event of an unknown type; it can never crash a reader. Types not
declared here (written by a newer version) pass through to the folds, which count them.

A shape says what a field must be, not what it must mean: whether a block or a
participant exists is for the fold to decide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from facilitator.core.events import Event

Check = Callable[[object], bool]

DAY_SECONDS = 24 * 60 * 60
DAY_MINUTES = 24 * 60
MOST_ITEMS = 10_000
"""A list in an event (seats, groups, planned meetings) longer than this is not ours."""


class Field:
    """One field of a shape: how to check its value, and whether it must be there.
    (A plain class: a dataclass costs a start of the app most of a millisecond.)"""

    __slots__ = ("check", "required")

    def __init__(self, check: Check, required: bool = True) -> None:
        self.check = check
        self.required = required


def text(value: object) -> bool:
    """A string that is Unicode text (JSON can also spell a lone surrogate, which no file
    or terminal can take)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def flag(value: object) -> bool:
    return isinstance(value, bool)


def whole(low: int, high: int) -> Check:
    """An integer (not a bool) from `low` to `high`."""

    def check(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check


def maybe(inner: Check) -> Check:
    """`inner`, or JSON null."""

    def check(value: object) -> bool:
        return value is None or inner(value)

    return check


def list_of(inner: Check) -> Check:
    def check(value: object) -> bool:
        return isinstance(value, list) and len(value) <= MOST_ITEMS and all(map(inner, value))

    return check


def map_of(inner: Check) -> Check:
    """An object with text keys (JSON keys always are) and values fitting `inner`."""

    def check(value: object) -> bool:
        return (
            isinstance(value, dict)
            and len(value) <= MOST_ITEMS
            and all(isinstance(key, str) and inner(item) for key, item in value.items())
        )

    return check


def record(shape: Mapping[str, Field]) -> Check:
    """An object fitting `shape` (nested: a planned meeting in `meetings_planned`)."""

    def check(value: object) -> bool:
        return isinstance(value, dict) and fits_shape(shape, value)

    return check


def required(check: Check) -> Field:
    return Field(check, True)


def optional(check: Check) -> Field:
    return Field(check, False)


NOTHING: dict[str, Field] = {}
BLOCK = {"block": required(text)}
PARTICIPANT = {"participant": required(text)}
ENTRY = {
    "id": required(text),
    "block": required(text),
    "text": required(text),
    "who": optional(maybe(text)),
    "due": optional(maybe(text)),
}
PERSON_DETAILS = {key: optional(maybe(text)) for key in ("faglighed", "role", "email", "phone")}
PLANNED_MEETING = {
    "starts": required(text),
    "ends": required(text),
    "chair": optional(text),
    "referent": optional(text),
    "theme": optional(text),
    "owners": optional(list_of(text)),
    "host": optional(text),
}

SHAPES: dict[str, dict[str, Field]] = {
    # the agenda (core/agenda.py)
    "session_opened": NOTHING,
    "clock_started": NOTHING,
    "clock_paused": NOTHING,
    "block_ended": BLOCK,
    "block_skipped": BLOCK,
    "block_reopened": BLOCK,
    "block_postponed": BLOCK,
    "block_extended": {
        **BLOCK,
        "seconds": required(whole(-DAY_SECONDS, DAY_SECONDS)),
        "phase": optional(whole(0, MOST_ITEMS)),
    },
    "phase_moved": {**BLOCK, "phase": required(whole(0, MOST_ITEMS))},
    "phase_group_moved": {**BLOCK, "group": required(whole(0, MOST_ITEMS))},
    "plan_adjusted": {"minutes": required(map_of(whole(0, DAY_MINUTES)))},
    "block_added": {
        **BLOCK,
        "title": required(text),
        "minutes": required(whole(1, DAY_MINUTES)),
    },
    "meeting_ended": NOTHING,
    "meeting_left": NOTHING,
    # the referat (core/referat.py)
    "decision_added": ENTRY,
    "action_added": ENTRY,
    "point_parked": ENTRY,
    "entry_changed": {
        "id": required(text),
        **{key: optional(maybe(text)) for key in ("block", "text", "who", "due")},
    },
    "entry_removed": {"id": required(text)},
    "decision_skipped": {**BLOCK, "reason": required(text)},
    "attendance_set": {"name": required(text), "status": required(text)},
    "role_set": {"role": required(text), "name": required(text)},
    "place_set": {"place": required(text)},
    "next_meeting_set": {
        key: optional(text) for key in ("date", "time", "place", "chair", "referent")
    },
    "action_updated": {
        "id": required(text),
        "session": optional(text),
        "done": optional(maybe(flag)),
        "who": optional(maybe(text)),
    },
    "meetings_planned": {
        "meetings": required(list_of(record(PLANNED_MEETING))),
        "place": optional(text),
        "title": optional(text),
    },
    "evaluation_given": {
        **BLOCK,
        **PARTICIPANT,
        "name": optional(text),
        "scores": required(map_of(whole(1, 5))),
        "sentence": optional(text),
    },
    # the group's memory (core/memory.py)
    "agreement_made": {"id": required(text), "text": required(text), "by": optional(text)},
    "agreement_changed": {
        "id": required(text),
        "session": optional(text),
        "text": required(text),
        "by": optional(text),
    },
    "agreement_ended": {"id": required(text), "session": optional(text), "by": optional(text)},
    "off_the_record": {"text": required(text), "block": optional(text), "by": optional(text)},
    "timeout_called": {"block": optional(text), "by": optional(text), "role": optional(text)},
    "timeout_ended": NOTHING,
    "action_status_set": {
        "id": required(text),
        "session": optional(text),
        "status": required(text),
        "note": optional(text),
        "due": optional(text),
    },
    "referat_approved": {"session": required(text), "by": required(list_of(text))},
    # speaking turns (core/turns.py)
    "participant_added": {
        "id": required(text),
        "name": required(text),
        "seat": optional(whole(0, MOST_ITEMS)),
        **PERSON_DETAILS,
    },
    "participant_changed": {"id": required(text), "name": optional(text), **PERSON_DETAILS},
    "participant_removed": {"id": required(text)},
    "speaker_queued": {**PARTICIPANT, "priority": optional(text)},
    "speaker_removed": PARTICIPANT,
    "speaker_started": PARTICIPANT,
    "speaker_stopped": NOTHING,
    "speaker_moved": {**PARTICIPANT, "direction": required(text)},
    "round_passed": {**PARTICIPANT, **BLOCK},
    "colleagues_marked": {"participants": required(list_of(text))},
    "groups_split": {
        **BLOCK,
        "size": required(whole(1, MOST_ITEMS)),
        "seed": required(whole(-(2**63), 2**63)),
        "groups": required(list_of(list_of(text))),
    },
    "quiet_first_set": {"on": required(flag)},
    "speech_limit_set": {**BLOCK, "seconds": required(whole(0, DAY_SECONDS))},
    "seats_set": {"order": required(list_of(text))},
    # the room (core/room.py)
    "start_announced": {"starts": required(text), "source": optional(text)},
    "room_message_set": {"text": required(text)},
    "proposal_added": {"id": required(text), **BLOCK, "text": required(text)},
    "dots_counted": {
        **BLOCK,
        "per_person": required(whole(1, MOST_ITEMS)),
        "present": required(whole(0, MOST_ITEMS)),
        "dots": required(map_of(whole(0, MOST_ITEMS * MOST_ITEMS))),
    },
    "vote_counted": {
        "id": required(text),
        **BLOCK,
        "text": required(text),
        **{key: required(whole(0, MOST_ITEMS)) for key in ("for", "against", "abstain", "present")},
    },
    "consent_counted": {
        "id": required(text),
        **BLOCK,
        "text": required(text),
        "agreed": required(list_of(text)),
        "objections": required(map_of(text)),
    },
    "checklist_ticked": {**BLOCK, "item": required(whole(0, MOST_ITEMS)), "done": required(flag)},
}


def fits_shape(shape: Mapping[str, Field], data: Mapping[str, object]) -> bool:
    """Every required field there and every field there of its type (others are let be)."""
    for name, field in shape.items():
        if name not in data:
            if field.required:
                return False
        elif not field.check(data[name]):
            return False
    return True


def fits(event: Event) -> bool:
    """Whether the event's data has its type's shape; True for types not declared here."""
    shape = SHAPES.get(event.type)
    return shape is None or fits_shape(shape, event.data)
