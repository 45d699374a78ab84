"""The structured part of the referat: decisions, action items, parked points, attendance
and the next meeting. Like the agenda, it is a fold over events.

Typed lines in the notes become entries:
  /beslutning Vi mødes hver anden torsdag
  /handling @Anne 1.12 Sende referatet rundt         (hvem and senest are optional)
  /parker Forplejning næste gang
  /fremmøde Anne, Bo, Carla        /afbud Dorte        /fraværende Erik
  /ordstyrer Anne                   /referent Bo          /sted Kulturhuset
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from facilitator.core.evaluation import EvaluationAnswer, answer_from
from facilitator.core.event_shapes import fits
from facilitator.core.events import Event
from facilitator.core.meeting_plan import PlannedMeeting


class ReferatEvent(StrEnum):
    DECISION_ADDED = "decision_added"
    DECISION_SKIPPED = "decision_skipped"
    ACTION_ADDED = "action_added"
    POINT_PARKED = "point_parked"
    ENTRY_CHANGED = "entry_changed"
    ENTRY_REMOVED = "entry_removed"
    ATTENDANCE_SET = "attendance_set"
    ROLE_SET = "role_set"
    PLACE_SET = "place_set"
    NEXT_MEETING_SET = "next_meeting_set"
    ACTION_UPDATED = "action_updated"
    MEETINGS_PLANNED = "meetings_planned"
    EVALUATION_GIVEN = "evaluation_given"


class EntryKind(StrEnum):
    DECISION = "decision"
    ACTION = "action"
    PARKED = "parked"


class Attendance(StrEnum):
    PRESENT = "present"
    SENT_APOLOGIES = "afbud"
    ABSENT = "absent"


@dataclass(frozen=True)
class Entry:
    id: str
    kind: EntryKind
    block: str
    text: str
    who: str = ""
    due: date | None = None
    seq: int = 0


@dataclass(frozen=True)
class NextMeeting:
    date: date | None = None
    time: str = ""
    place: str = ""
    chair: str = ""
    referent: str = ""


@dataclass(frozen=True)
class ActionUpdate:
    """An action item marked done (or not) or given to someone else — in its own session
    (`session` empty) or, from a later meeting or the review, in an earlier one."""

    session: str
    entry_id: str
    done: bool | None
    who: str | None
    at: datetime


@dataclass(frozen=True)
class MeetingPlan:
    """The coming meetings as planned at this one ("Fremtidige møder")."""

    meetings: tuple[PlannedMeeting, ...]
    place: str = ""
    title: str = ""


@dataclass
class ReferatState:
    entries: dict[str, Entry] = field(default_factory=dict)
    attendance: dict[str, Attendance] = field(default_factory=dict)
    next_meeting: NextMeeting | None = None
    decision_skips: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    place: str = ""
    action_updates: list[ActionUpdate] = field(default_factory=list)
    meeting_plan: MeetingPlan | None = None
    evaluations: dict[tuple[str, str], EvaluationAnswer] = field(default_factory=dict)
    """(block, participant id) → the latest answer (core/evaluation.py)."""

    def action_done(self, entry_id: str) -> bool:
        """Whether an action item of this session was marked done here (the latest word)."""
        done = False
        for update in self.action_updates:
            if not update.session and update.entry_id == entry_id and update.done is not None:
                done = update.done
        return done

    def entries_for(self, block_id: str, kind: EntryKind | None = None) -> list[Entry]:
        return sorted(
            (
                e
                for e in self.entries.values()
                if e.block == block_id and (kind is None or e.kind is kind)
            ),
            key=lambda entry: entry.seq,
        )

    def all_of(self, kind: EntryKind) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.kind is kind), key=lambda e: e.seq)

    def apply(self, event: Event) -> bool:
        """Apply a referat event; False if it is not one, or does not fit. The data has its
        shape (core/event_shapes.py): the handlers check only what it means."""
        handler = _HANDLERS.get(event.type)
        return handler is not None and fits(event) and handler(self, event)

    def _add_entry(self, event: Event) -> bool:
        entry = _entry_from(event.data, _ENTRY_KINDS[event.type], event.seq)
        if entry is None:
            return False
        self.entries[entry.id] = entry
        if entry.kind is EntryKind.DECISION:
            self.decision_skips.pop(entry.block, None)
        return True

    def _change_entry(self, event: Event) -> bool:
        old = self.entries.get(str(event.data.get("id")))
        if old is None:
            return False
        changed = _entry_from({**_entry_data(old), **event.data}, old.kind, old.seq)
        if changed is None:
            return False
        self.entries[old.id] = changed
        return True

    def _update_action(self, event: Event) -> bool:
        data = event.data
        session, entry_id = data.get("session", ""), data["id"]
        done, who = data.get("done"), data.get("who")
        if done is None and who is None:
            return False
        if not session and self.entries.get(entry_id, None) is None:
            return False
        self.action_updates.append(ActionUpdate(session, entry_id, done, who, event.at))
        return True

    def _remove_entry(self, event: Event) -> bool:
        return self.entries.pop(str(event.data.get("id")), None) is not None

    def _skip_decision(self, event: Event) -> bool:
        self.decision_skips[event.data["block"]] = event.data["reason"]
        return True

    def _set_attendance(self, event: Event) -> bool:
        name, status = event.data["name"].strip(), event.data["status"]
        if not name:
            return False
        if status == "":
            # Unmarked again (the roster renamed someone, or the chair undid a mark).
            return self.attendance.pop(name, None) is not None
        try:
            self.attendance[name] = Attendance(status)
        except ValueError:
            return False
        return True

    def _set_place(self, event: Event) -> bool:
        place = event.data["place"].strip()
        if not place:
            return False
        self.place = place
        return True

    def _set_role(self, event: Event) -> bool:
        role, name = event.data["role"], event.data["name"].strip()
        if role not in ROLES_SET or not name:
            return False
        self.roles[role] = name
        return True

    def _plan_meetings(self, event: Event) -> bool:
        plan = _meeting_plan_from(event.data)
        if plan is None:
            return False
        self.meeting_plan = plan
        return True

    def _give_evaluation(self, event: Event) -> bool:
        answer = answer_from(event.data, event.seq)
        if answer is None:
            return False
        self.evaluations[(answer.block, answer.participant)] = answer
        return True

    def _set_next_meeting(self, event: Event) -> bool:
        data = event.data
        self.next_meeting = NextMeeting(
            date=_parse_iso(data.get("date")),
            time=str(data.get("time", "")),
            place=str(data.get("place", "")),
            chair=str(data.get("chair", "")),
            referent=str(data.get("referent", "")),
        )
        return True


_ENTRY_KINDS: dict[str, EntryKind] = {
    ReferatEvent.DECISION_ADDED: EntryKind.DECISION,
    ReferatEvent.ACTION_ADDED: EntryKind.ACTION,
    ReferatEvent.POINT_PARKED: EntryKind.PARKED,
}
_HANDLERS: dict[str, Callable[[ReferatState, Event], bool]] = {
    **dict.fromkeys(_ENTRY_KINDS, ReferatState._add_entry),
    ReferatEvent.ENTRY_CHANGED: ReferatState._change_entry,
    ReferatEvent.ACTION_UPDATED: ReferatState._update_action,
    ReferatEvent.ENTRY_REMOVED: ReferatState._remove_entry,
    ReferatEvent.DECISION_SKIPPED: ReferatState._skip_decision,
    ReferatEvent.ATTENDANCE_SET: ReferatState._set_attendance,
    ReferatEvent.PLACE_SET: ReferatState._set_place,
    ReferatEvent.ROLE_SET: ReferatState._set_role,
    ReferatEvent.MEETINGS_PLANNED: ReferatState._plan_meetings,
    ReferatEvent.NEXT_MEETING_SET: ReferatState._set_next_meeting,
    ReferatEvent.EVALUATION_GIVEN: ReferatState._give_evaluation,
}


def meeting_plan_data(meetings: list[PlannedMeeting], place: str, title: str) -> dict[str, Any]:
    """The data of a `meetings_planned` event: times with their UTC offset, so the plan
    reads back the same on a machine in another zone."""
    return {
        "place": place,
        "title": title,
        "meetings": [
            {
                "starts": meeting.starts.isoformat(),
                "ends": meeting.ends.isoformat(),
                "chair": meeting.chair,
                "referent": meeting.referent,
                **_theme_data(meeting),
            }
            for meeting in meetings
        ],
    }


def _theme_data(meeting: PlannedMeeting) -> dict[str, Any]:
    """Host, theme and owners, only when given: a plan without them reads as before."""
    given = {"host": meeting.host, "theme": meeting.theme, "owners": list(meeting.owners)}
    return {key: value for key, value in given.items() if value}


def _meeting_plan_from(data: Mapping[str, Any]) -> MeetingPlan | None:
    raw = data.get("meetings")
    if not isinstance(raw, list) or not raw:
        return None
    meetings = []
    try:
        for number, item in enumerate(raw, start=1):
            starts = datetime.fromisoformat(str(item["starts"]))
            ends = datetime.fromisoformat(str(item["ends"]))
            chair, referent = str(item.get("chair", "")), str(item.get("referent", ""))
            host, theme = str(item.get("host", "")), str(item.get("theme", ""))
            owners = tuple(str(owner) for owner in item.get("owners", ()))
            meetings.append(
                PlannedMeeting(number, starts, ends, chair, referent, host, theme, owners)
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return MeetingPlan(tuple(meetings), str(data.get("place", "")), str(data.get("title", "")))


def _parse_iso(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _entry_data(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "block": entry.block,
        "text": entry.text,
        "who": entry.who,
        "due": entry.due.isoformat() if entry.due else "",
    }


def _entry_from(data: Mapping[str, Any], kind: EntryKind, seq: int) -> Entry | None:
    entry_id, block, text = data.get("id"), data.get("block"), data.get("text")
    if not all(isinstance(value, str) and value for value in (entry_id, block, text)):
        return None
    return Entry(
        id=str(entry_id),
        kind=kind,
        block=str(block),
        text=str(text),
        who=str(data.get("who") or ""),
        due=_parse_iso(data.get("due")),
        seq=seq,
    )


# --------------------------------------------------------------------- typed values

ROLES_SET = ("ordstyrer", "referent")
"""The roles a `role_set` event may name (the typed words are in core/slash_words.py)."""


def new_entry_id() -> str:
    import secrets  # here, not at the top: it brings hashlib, ~2 ms of every start

    return secrets.token_hex(4)


def parse_due(text: str, today: date) -> date:
    """`2026-12-01`, `1.12.2026`, `1/12-26` or `1.12` (the next such date from today)."""
    if "-" in text and len(text) == 10:
        return date.fromisoformat(text)
    parts = [int(part) for part in re.split(r"[./]", text)]
    day, month = parts[0], parts[1]
    if len(parts) == 3:
        year = parts[2] + 2000 if parts[2] < 100 else parts[2]
        return date(year, month, day)
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)
