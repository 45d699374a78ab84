"""A `/…` line that has become part of the referat is not made again.

The line is removed from the notes when Enter makes it an entry, but the event and the
notes are two files: a laptop that dies between the two (the event is on disk at once,
the notes a second later) leaves the line in the notes beside the entry it became, and
Enter on it again made a duplicate (seen after kill -9). So a line is checked against
the referat before it is recorded again, and such lines are left out when a block's
notes are opened for writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.names import Ambiguous, meeting_people, resolve_names
from facilitator.core.referat import Attendance, EntryKind, ReferatEvent, ReferatState
from facilitator.core.seats import Seat
from facilitator.core.slash_words import ENTRY_MEANINGS, Meaning, slash_word, split_line
from facilitator.core.turn_commands import add_participants
from facilitator.core.turns import TurnsState
from facilitator.core.typed_commands import parse_command_line
from facilitator.i18n import tr

_ENTRY_KINDS = {
    ReferatEvent.DECISION_ADDED: EntryKind.DECISION,
    ReferatEvent.ACTION_ADDED: EntryKind.ACTION,
    ReferatEvent.POINT_PARKED: EntryKind.PARKED,
}


def already_recorded(drafts: Sequence[EventDraft], referat: ReferatState) -> bool:
    """True if every event of a typed line is in the referat already: the same entry in
    the same item, or a mark (attendance, role, place) that is set as the line says."""
    return bool(drafts) and all(_recorded(draft, referat) for draft in drafts)


def _recorded(draft: EventDraft, referat: ReferatState) -> bool:
    data = draft.data
    kind = _ENTRY_KINDS.get(ReferatEvent(draft.type)) if draft.type in _ENTRY_KINDS else None
    if kind is not None:
        due = str(data.get("due") or "")
        return any(
            entry.text == data.get("text")
            and entry.who == str(data.get("who") or "")
            and (entry.due.isoformat() if entry.due else "") == due
            for entry in referat.entries_for(str(data.get("block")), kind)
        )
    if draft.type == ReferatEvent.ATTENDANCE_SET:
        status = referat.attendance.get(str(data.get("name", "")).strip())
        return status is not None and status == Attendance(str(data.get("status")))
    if draft.type == ReferatEvent.ROLE_SET:
        return referat.roles.get(str(data.get("role"))) == str(data.get("name", "")).strip()
    if draft.type == ReferatEvent.PLACE_SET:
        return referat.place == str(data.get("place", "")).strip()
    return False


def without_recorded_lines(text: str, block_id: str, referat: ReferatState, today: date) -> str:
    """A block's notes without the `/…` lines that are in the referat already."""
    kept = []
    for line in text.split("\n"):
        parsed = parse_command_line(line, block_id, today) if line.lstrip()[:1] == "/" else None
        if isinstance(parsed, list) and already_recorded(parsed, referat):
            continue
        kept.append(line)
    return "\n".join(kept)


# --------------------------------------------------------------------- reading a line


@dataclass(frozen=True)
class ScreenWord:
    """A word the screen acts on (a form, a list, a chair's rule), with what followed it."""

    meaning: Meaning
    rest: str


@dataclass(frozen=True)
class Entries:
    """Events to record as one action, and the names in them that are new to the meeting."""

    drafts: list[EventDraft]
    new_names: tuple[str, ...] = ()
    seated: tuple[str, ...] = ()
    """Those of `new_names` the action puts on the roster (marked present by the chair)."""


@dataclass(frozen=True)
class InReferatAlready:
    """The line was made before (the notes were not saved since a crash): not again."""


TypedLine = ScreenWord | Entries | InReferatAlready | Refusal | None
"""None: plain text, not a `/…` line."""


def read_line(
    line: str,
    block_id: str,
    today: date,
    seat: Seat,
    referat: ReferatState,
    turns: TurnsState,
) -> TypedLine:
    """What a `/…` line typed in the notes is, for this seat: every rule the screen needs
    to know before it asks, shows or records."""
    split = split_line(line)
    if split is None:
        return None
    known = slash_word(split[0])
    if known is not None and seat not in known.seats:
        return Refusal("seat.not_allowed")
    if known is not None and known.meaning not in ENTRY_MEANINGS:
        return ScreenWord(known.meaning, split[1])
    parsed = parse_command_line(line, block_id, today, seat=seat)
    if not isinstance(parsed, list):
        return parsed
    resolved = resolve_names(parsed, meeting_people(turns, referat))
    if isinstance(resolved, Ambiguous):
        names = tr("names.or").join(resolved.candidates)
        return Refusal("names.ambiguous", {"typed": resolved.typed, "names": names})
    if already_recorded(resolved.drafts, referat):
        return InReferatAlready()
    if seat is Seat.CHAIR:
        # Marked present by the chair, someone new is in the room: on the roster with a
        # seat, so rounds, votes and evaluations ask them too.
        here = [name for name in resolved.new_names if marked_present(resolved.drafts, name)]
        if here:
            drafts = [*add_participants(turns, here), *resolved.drafts]
            return Entries(drafts, resolved.new_names, seated=tuple(here))
    return Entries(resolved.drafts, resolved.new_names)


def marked_present(drafts: Sequence[EventDraft], name: str) -> bool:
    return any(
        draft.type == ReferatEvent.ATTENDANCE_SET
        and draft.data.get("name") == name
        and draft.data.get("status") == Attendance.PRESENT.value
        for draft in drafts
    )
