"""The group's standing agreements (its spilleregler): `/aftale Det, der siges her, bliver
her`, changed or ended by a later meeting (`/aftale ret 2 ny tekst`, `/aftale slut 2`).

An agreement belongs to the group, not to one meeting: what is in force is read over the
group's meetings, oldest first, the latest word about each one winning.

An agreement's number is given when it is made (the group's 1st, 2nd, 3rd agreement …) and
stays its number: ending number 1 does not make number 2 the new 1. The N a chair saw at
one meeting is the N of that agreement at every later meeting, in every referat and in
`facilitator agreements`. (Before, the numbers were places in the list in force, and every
number after an ended agreement moved up by one.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.memory import AgreementWord, MemoryEvent
from facilitator.core.referat import new_entry_id
from facilitator.core.review import GroupMeeting

END_WORDS = ("slut", "ophør", "ophoer", "end")
CHANGE_WORDS = ("ret", "ændr", "aendr", "change")


@dataclass(frozen=True)
class Agreement:
    folder: str
    """The session it was made in."""
    id: str
    text: str
    made_at: datetime
    made_by: str
    meeting: datetime
    """When the meeting it was made at was created: the meeting it is named by."""
    changed_at: datetime | None = None
    changed_by: str = ""
    number: int = 0
    """The group's number for it, given when it was made, never moved (1, 2, 3 …)."""


def agreements_in_force(meetings: Iterable[GroupMeeting]) -> list[Agreement]:
    """The agreements made and not ended in these meetings, in the order they were made."""
    force: dict[tuple[str, str], Agreement] = {}
    numbers: dict[tuple[str, str], int] = {}
    for meeting in sorted(meetings, key=lambda m: m.created):
        for note in sorted(meeting.state.memory.agreements, key=lambda n: n.seq):
            key = (note.session or meeting.folder, note.id)
            if note.word is AgreementWord.MADE:
                if note.session or key in numbers:
                    continue  # made is always here: a `session` on it is not ours
                numbers[key] = len(numbers) + 1
                force[key] = Agreement(
                    meeting.folder,
                    note.id,
                    note.text,
                    note.at,
                    note.by,
                    meeting.created,
                    number=numbers[key],
                )
            elif key not in force:
                continue  # about an agreement ended already, or never seen (a lost session)
            elif note.word is AgreementWord.ENDED:
                del force[key]
            else:
                force[key] = replace(
                    force[key], text=note.text, changed_at=note.at, changed_by=note.by
                )
    return list(force.values())


def agreement_action(rest: str, in_force: list[Agreement], here: str, by: str) -> Action:
    """`/aftale TEKST`, `/aftale slut N`, `/aftale ret N ny tekst` at the meeting in folder
    `here`, written by `by` (the chair's or the referent's name, if known)."""
    text = rest.strip()
    if not text:
        return Refusal("agreement.empty")
    first, _, after = text.partition(" ")
    word = first.casefold()
    if word in END_WORDS or word in CHANGE_WORDS:
        number_text, _, new_text = after.strip().partition(" ")
        chosen = _numbered(in_force, number_text)
        if chosen is None:
            return Refusal("agreement.bad_number", {"value": number_text or "–"})
        session = "" if chosen.folder == here else chosen.folder
        if word in END_WORDS:
            data = {"id": chosen.id, "session": session, "by": by}
            return [EventDraft(MemoryEvent.AGREEMENT_ENDED, data)]
        if not new_text.strip():
            return Refusal("agreement.change_needs_text", {"nr": str(chosen.number)})
        data = {"id": chosen.id, "session": session, "text": new_text.strip(), "by": by}
        return [EventDraft(MemoryEvent.AGREEMENT_CHANGED, data)]
    if any(a.folder == here and a.text == text for a in in_force):
        return Refusal("agreement.already")  # the line was left by a crash: not twice
    data = {"id": new_entry_id(), "text": text, "by": by}
    return [EventDraft(MemoryEvent.AGREEMENT_MADE, data)]


def _numbered(in_force: list[Agreement], typed: str) -> Agreement | None:
    """The agreement in force with that number (ASCII digits only, as typed)."""
    if not (typed.isascii() and typed.isdigit()):
        return None
    return next((a for a in in_force if a.number == int(typed)), None)
