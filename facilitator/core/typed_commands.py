"""A typed `/…` line in the notes, read into the events it stands for.

  /beslutning Vi mødes hver anden torsdag
  /handling @Anne 1.12 Sende referatet rundt         (hvem and senest are optional)
  /parker Forplejning næste gang
  /fremmøde Anne, Bo, Carla        /afbud Dorte        /fraværende Erik
  /ordstyrer Anne                   /referent Bo          /sted Kulturhuset

The words and their spellings are core/slash_words.py's; the folds are core/referat.py's.
"""

from __future__ import annotations

import re
from datetime import date

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.name_length import name_refusal
from facilitator.core.referat import Attendance, ReferatEvent, new_entry_id, parse_due
from facilitator.core.seats import Seat
from facilitator.core.slash_words import (
    ENTRY_MEANINGS,
    Meaning,
    known_words,
    slash_word,
    split_line,
)

WHO = re.compile(r"^@(\S+)\s*")
DUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*")
ATTENDANCE = {
    Meaning.PRESENT: Attendance.PRESENT,
    Meaning.APOLOGIES: Attendance.SENT_APOLOGIES,
    Meaning.ABSENT: Attendance.ABSENT,
}


def parse_command_line(
    line: str,
    block_id: str,
    today: date,
    entry_id: str | None = None,
    seat: Seat = Seat.CHAIR,
) -> list[EventDraft] | Refusal | None:
    """Events for a typed `/…` line that makes an entry or a mark; a Refusal (an empty or
    unreadable line, or a word not known: the hint lists this seat's words); None for plain
    text and for the words the screen acts on itself (`/næste`, `/taletid` …)."""
    split = split_line(line)
    if split is None:
        return None
    spelling, rest = split
    known = slash_word(spelling)
    if known is None:
        return Refusal("referat.unknown_command", {"word": spelling, "known": known_words(seat)})
    meaning = known.meaning
    if meaning not in ENTRY_MEANINGS:
        return None  # a word the screen acts on (a form, a list): not events of its own
    new_id = entry_id or new_entry_id()
    if meaning is Meaning.DECISION:
        if not rest:
            return Refusal("referat.empty_decision")
        return [
            EventDraft(ReferatEvent.DECISION_ADDED, {"id": new_id, "block": block_id, "text": rest})
        ]
    if meaning is Meaning.PARKED:
        if not rest:
            return Refusal("referat.empty_parked")
        return [
            EventDraft(ReferatEvent.POINT_PARKED, {"id": new_id, "block": block_id, "text": rest})
        ]
    if meaning is Meaning.ACTION:
        who, due = "", None
        for _ in range(2):
            who_match, due_match = WHO.match(rest), DUE.match(rest)
            if who_match and not who:
                who, rest = who_match.group(1).replace("_", " "), rest[who_match.end() :]
            elif due_match and due is None:
                try:
                    due = parse_due(due_match.group(1), today)
                except ValueError:
                    return Refusal("referat.bad_date", {"value": due_match.group(1)})
                rest = rest[due_match.end() :]
        if not rest.strip():
            return Refusal("referat.empty_action")
        if too_long := name_refusal(who):
            return too_long
        data = {
            "id": new_id,
            "block": block_id,
            "text": rest.strip(),
            "who": who,
            "due": due.isoformat() if due else "",
        }
        return [EventDraft(ReferatEvent.ACTION_ADDED, data)]
    if meaning in ATTENDANCE:
        names = [name.strip() for name in re.split(r"[,;]", rest) if name.strip()]
        if not names:
            return Refusal("referat.empty_names")
        if too_long := first_refusal(names):
            return too_long
        status = ATTENDANCE[meaning].value
        return [
            EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": n, "status": status}) for n in names
        ]
    if meaning is Meaning.PLACE:
        if not rest:
            return Refusal("referat.empty_place")
        return [EventDraft(ReferatEvent.PLACE_SET, {"place": rest})]
    # CHAIR or REFERENT
    if not rest:
        return Refusal("referat.empty_names")
    if too_long := name_refusal(rest):
        return too_long
    role = "ordstyrer" if meaning is Meaning.CHAIR else "referent"
    return [EventDraft(ReferatEvent.ROLE_SET, {"role": role, "name": rest})]


def first_refusal(names: list[str]) -> Refusal | None:
    """A name too long among several (`/fremmøde Anne, …`): the whole line is refused, as
    F9 and the roster refuse it, rather than a roll call with one name missing."""
    return next((refusal for name in names if (refusal := name_refusal(name))), None)
