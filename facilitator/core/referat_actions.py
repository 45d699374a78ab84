"""The referent's (and chair's) actions on the referat that come from a dialog rather than
a typed line: a decision block's answer, an entry changed or removed, the next meeting, a
meeting plan. Each returns the events to record as one action, or a Refusal."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from facilitator.core.agenda import AgendaState, Command
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.meeting_plan import PlanInputError, PlannedMeeting, parse_clock
from facilitator.core.name_length import name_refusal
from facilitator.core.names import Matched, match_name
from facilitator.core.referat import (
    ReferatEvent,
    ReferatState,
    meeting_plan_data,
    new_entry_id,
    parse_due,
)


def answer_decision_block(
    agenda: AgendaState, kind: str, text: str, leave: Callable[[AgendaState], Command]
) -> Action:
    """A decision block's dialog: the decision (or the reason there is none), and leaving
    the block (F6 or F4) — one action, so the meeting never moves on without the answer or
    keeps the answer without moving on."""
    block = agenda.current
    if block is None:
        return Refusal("agenda.refuse_finished")
    if kind == "decision":
        data = {"id": new_entry_id(), "block": block, "text": text}
        answer = EventDraft(ReferatEvent.DECISION_ADDED, data)
    else:
        answer = EventDraft(ReferatEvent.DECISION_SKIPPED, {"block": block, "reason": text})
    leaving = leave(agenda)
    if isinstance(leaving, Refusal):
        return leaving
    return [answer, leaving]


def change_entry(
    referat: ReferatState, entry_id: str, values: Mapping[str, str], today: date
) -> Action:
    """The entry form: its text, and for an action who and by when (a typed date)."""
    if entry_id not in referat.entries:
        return Refusal("referat.gone")
    if not values.get("text"):
        return []
    data: dict[str, str] = {"id": entry_id, **values}
    if values.get("due"):
        try:
            data["due"] = parse_due(values["due"], today).isoformat()
        except (ValueError, IndexError):
            return Refusal("referat.bad_date", {"value": values["due"]})
    return [EventDraft(ReferatEvent.ENTRY_CHANGED, data)]


def remove_entry(referat: ReferatState, entry_id: str) -> Action:
    if entry_id not in referat.entries:
        return Refusal("referat.gone")
    return [EventDraft(ReferatEvent.ENTRY_REMOVED, {"id": entry_id})]


NEXT_MEETING_NAMES = ("chair", "referent")


def set_next_meeting(values: Mapping[str, str], today: date, people: Sequence[str] = ()) -> Action:
    """`/næste`: date (typed as on paper), time, place, chair and referent. A chair or
    referent typed as »Anne« is recorded as the meeting's »Anne Holm« when only she fits
    (`people`: core/names.py `meeting_people`); a name that fits two, or no one, stays as
    typed: the referat would otherwise name a stranger, or guess."""
    day = ""
    if values.get("date"):
        try:
            day = parse_due(values["date"], today).isoformat()
        except (ValueError, IndexError):
            return Refusal("referat.bad_date", {"value": values["date"]})
    if values.get("time", "").strip():
        try:
            parse_clock(values["time"])
        except PlanInputError:  # »25:99« was recorded, and the referat said so
            return Refusal("referat.bad_time", {"value": values["time"]})
    data = {**values, "date": day}
    for field in NEXT_MEETING_NAMES:
        match = match_name(values.get(field, ""), people)
        if isinstance(match, Matched) and match.known:
            data[field] = match.name
    return [EventDraft(ReferatEvent.NEXT_MEETING_SET, data)]


def record_meeting_plan(meetings: list[PlannedMeeting], place: str, title: str) -> Action:
    if not meetings:
        return Refusal("plan.bad_count", {"value": "0"})
    data = meeting_plan_data(meetings, place, title)
    return [EventDraft(ReferatEvent.MEETINGS_PLANNED, data)]


def toggle_action_done(referat: ReferatState, entry_id: str) -> Action:
    """Space in the review: an action done, or open again (an event in its own meeting)."""
    if entry_id not in referat.entries:
        return Refusal("referat.gone")
    done = not referat.action_done(entry_id)
    return [EventDraft(ReferatEvent.ACTION_UPDATED, {"session": "", "id": entry_id, "done": done})]


def give_action_to(referat: ReferatState, entry_id: str, who: str) -> Action:
    """Enter in the review: someone else takes the action (a change of the entry itself)."""
    if entry_id not in referat.entries:
        return Refusal("referat.gone")
    if not who.strip():
        return []
    if too_long := name_refusal(who):
        return too_long
    return [EventDraft(ReferatEvent.ENTRY_CHANGED, {"id": entry_id, "who": who.strip()})]
