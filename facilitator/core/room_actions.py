"""The chair's actions for the room: a message on its screens, proposals in an item, and
deciding on them by dots, by a vote or by consent; ticking an item's checklist.

Each outcome is recorded as its own event (the numbers) and as a decision in the
referat with the numbers in its words, as one action: »for 2, imod 1, undlader 0 ·
3 til stede«. Counts are checked against those present (core/attendance.py): more
votes or dots than the room holds are refused with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from facilitator.core.agenda import AgendaState
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.referat import ReferatEvent, new_entry_id
from facilitator.core.room import RoomEvent, RoomState
from facilitator.i18n import tr, tr_count

MOST_DOTS = 20
"""Dots per person: more than a sheet of stickers is a typing mistake."""


def show_on_screen(room: RoomState, text: str) -> Action:
    """`/skærm TEKST` shows it on the room's screens; `/skærm` alone takes it away."""
    text = text.strip()
    if not text and not room.message:
        return Refusal("room.no_message")
    return [EventDraft(RoomEvent.ROOM_MESSAGE_SET, {"text": text})]


def add_proposal(agenda: AgendaState, text: str) -> Action:
    """`/forslag TEKST`: one more proposal in the current item."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    if not text.strip():
        return Refusal("room.empty_proposal")
    data = {"id": new_entry_id(), "block": block, "text": text.strip()}
    return [EventDraft(RoomEvent.PROPOSAL_ADDED, data)]


def read_count(text: str) -> int | Refusal:
    """A typed count: empty is 0; anything but a whole number is said back."""
    text = text.strip()
    if not text:
        return 0
    if not text.isdigit():
        return Refusal("room.bad_count", {"value": text})
    return int(text)


def _decision(block: str, text: str) -> EventDraft:
    return EventDraft(
        ReferatEvent.DECISION_ADDED, {"id": new_entry_id(), "block": block, "text": text}
    )


def _nobody(present: int) -> Refusal | None:
    return Refusal("room.nobody_present") if present < 1 else None


def count_vote(agenda: AgendaState, present: int, text: str, typed: Mapping[str, str]) -> Action:
    """`/afstemning TEKST`: for, imod and undlader as typed in the form (`for`, `against`,
    `abstain`); at most as many votes as people present, and at least one."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    if not text.strip():
        return Refusal("room.empty_vote")
    if (nobody := _nobody(present)) is not None:
        return nobody
    counts: dict[str, int] = {}
    for key in ("for", "against", "abstain"):
        count = read_count(typed.get(key, ""))
        if isinstance(count, Refusal):
            return count
        counts[key] = count
    total = sum(counts.values())
    if total > present:
        return Refusal("room.too_many_votes", {"total": total, "present": present})
    if total == 0:
        return Refusal("room.no_votes")
    outcome = "room.vote_passed" if counts["for"] > counts["against"] else "room.vote_failed"
    numbers = tr(
        "room.vote_numbers",
        yes=counts["for"],
        no=counts["against"],
        abstain=counts["abstain"],
        present=present,
    )
    words = tr(outcome, text=text.strip(), numbers=numbers)
    data = {"id": new_entry_id(), "block": block, "text": text.strip(), "present": present}
    return [EventDraft(RoomEvent.VOTE_COUNTED, {**data, **counts}), _decision(block, words)]


def count_dots(
    agenda: AgendaState,
    room: RoomState,
    present: int,
    per_person: str,
    typed: Mapping[str, str],
) -> Action:
    """Dots: each present person has `per_person` dots; the chair types the count on each
    proposal (by id in `typed`). The ranking becomes the item's decision."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    proposals = room.proposals_for(block)
    if not proposals:
        return Refusal("room.no_proposals")
    if (nobody := _nobody(present)) is not None:
        return nobody
    each = read_count(per_person)
    if isinstance(each, Refusal):
        return each
    if not 1 <= each <= MOST_DOTS:
        return Refusal("room.bad_dots_each", {"most": MOST_DOTS})
    dots: dict[str, int] = {}
    for proposal in proposals:
        count = read_count(typed.get(proposal.id, ""))
        if isinstance(count, Refusal):
            return count
        dots[proposal.id] = count
    total, most = sum(dots.values()), present * each
    if total > most:
        return Refusal("room.too_many_dots", {"total": total, "most": most, "present": present})
    if total == 0:
        return Refusal("room.no_dots")
    ranked = sorted(proposals, key=lambda p: (-dots[p.id], p.seq))
    places = "; ".join(
        f"{place}. {p.text} ({tr_count('room.dots', dots[p.id])})"
        for place, p in enumerate(ranked, start=1)
    )
    words = tr("room.dots_decision", each=each, present=present, places=places)
    data = {"block": block, "per_person": each, "present": present, "dots": dots}
    return [EventDraft(RoomEvent.DOTS_COUNTED, data), _decision(block, words)]


def count_consent(
    agenda: AgendaState,
    present: Sequence[str],
    text: str,
    objections: Mapping[str, str],
) -> Action:
    """A consent round: everyone present said ja, or indvending with a reason. It passes
    when nobody objects; an indvending without a reason is sent back."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    if not text.strip():
        return Refusal("room.empty_consent")
    if (nobody := _nobody(len(present))) is not None:
        return nobody
    strangers = [name for name in objections if name not in present]
    if strangers:
        return Refusal("room.not_present", {"name": strangers[0]})
    for name, reason in objections.items():
        if not reason.strip():
            return Refusal("room.reason_needed", {"name": name})
    agreed = [name for name in present if name not in objections]
    if objections:
        said = "; ".join(f"{name}: {reason.strip()}" for name, reason in objections.items())
        words = tr("room.consent_failed", text=text.strip(), objections=said, present=len(present))
    else:
        words = tr("room.consent_passed", text=text.strip(), present=len(present))
    data = {
        "id": new_entry_id(),
        "block": block,
        "text": text.strip(),
        "agreed": agreed,
        "objections": {name: reason.strip() for name, reason in objections.items()},
    }
    return [EventDraft(RoomEvent.CONSENT_COUNTED, data), _decision(block, words)]


def tick_checklist(agenda: AgendaState, room: RoomState, index: int) -> Action:
    """A line of the current item's checklist ticked off, or back on (a second press)."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    checklist = agenda.program.block(block).checklist
    if not 0 <= index < len(checklist):
        return Refusal("room.no_checklist_line", {"number": index + 1})
    done = index not in room.ticked(block)
    return [EventDraft(RoomEvent.CHECKLIST_TICKED, {"block": block, "item": index, "done": done})]
