"""The chair's actions on the roster (Ctrl+F12): seats, who is here, who is in the group.

Attendance is kept by name in the referat, so a new name for someone carries the mark over
in the same action; someone who had the word stays on the roster (marked away instead).
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.name_length import name_refusal
from facilitator.core.participants import Participant
from facilitator.core.referat import Attendance, ReferatEvent, ReferatState
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent, TurnsState

ATTENDANCE_CYCLE = (Attendance.PRESENT, Attendance.SENT_APOLOGIES, Attendance.ABSENT)


def seated(turns: TurnsState) -> list[Participant]:
    return sorted(turns.participants.values(), key=lambda p: (p.seat, p.name.casefold()))


def move_seat(turns: TurnsState, who: str, step: int) -> Action:
    """Shift+↑/↓: one seat up or down (the seat is the handle F9 knows, and a round's order)."""
    order = [person.id for person in seated(turns)]
    if who not in order:
        return Refusal("speakers.unknown", {"text": who})
    position = order.index(who)
    target = position + step
    if not 0 <= target < len(order):
        return Refusal("roster.no_seat_there")
    order[position], order[target] = order[target], order[position]
    return [EventDraft(TurnEvent.SEATS_SET, {"order": order})]


def next_attendance(referat: ReferatState, person: Participant) -> Action:
    """Space: present → sent apologies → absent → present (unmarked becomes present)."""
    current = referat.attendance.get(person.name)
    following = (
        ATTENDANCE_CYCLE[(ATTENDANCE_CYCLE.index(current) + 1) % len(ATTENDANCE_CYCLE)]
        if current in ATTENDANCE_CYCLE
        else Attendance.PRESENT
    )
    data = {"name": person.name, "status": following.value}
    return [EventDraft(ReferatEvent.ATTENDANCE_SET, data)]


def join_roster(turns: TurnsState, values: Mapping[str, str]) -> Action:
    """N: someone new on the roster (name, faglighed, role, e-mail, phone)."""
    name = values.get("name", "").strip()
    if not name or name.isdigit():
        return Refusal("roster.name_needed")
    if too_long := name_refusal(name):
        return too_long
    if any(person.name.casefold() == name.casefold() for person in turns.participants.values()):
        return Refusal("speakers.participant_exists", {"name": name})
    draft = add_participant(
        turns,
        name,
        values.get("faglighed", ""),
        values.get("role", "deltager"),
        values.get("email", ""),
        values.get("phone", ""),
    )
    return [draft]


def change_person(referat: ReferatState, person: Participant, values: Mapping[str, str]) -> Action:
    """Enter: new details; a new name takes the attendance mark along (one action)."""
    changes = {key: value for key, value in values.items() if getattr(person, key) != value}
    if not changes:
        return []
    if "name" in changes and (too_long := name_refusal(changes["name"])):
        return too_long
    drafts = [EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": person.id, **changes})]
    status = referat.attendance.get(person.name)
    if "name" in changes and status is not None:
        for name, value in ((changes["name"], status.value), (person.name, "")):
            drafts.append(EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": name, "status": value}))
    return drafts


def leave_roster(turns: TurnsState, person: Participant) -> Action:
    """Delete: only someone who never had the word; the others keep their talk time in
    the records and are marked away instead."""
    if turns.turn_count(person.id) or turns.speaker == person.id:
        return Refusal("roster.cannot_remove", {"name": person.name})
    return [EventDraft(TurnEvent.PARTICIPANT_REMOVED, {"id": person.id})]
