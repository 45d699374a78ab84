"""The chair's and referent's actions as core functions: state and input in, the events to
record (as one action) or a Refusal out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.core import agenda
from facilitator.core.events import Event, EventDraft, Refusal
from facilitator.core.program import Program
from facilitator.core.referat import ReferatState
from facilitator.core.referat_actions import (
    answer_decision_block,
    change_entry,
    give_action_to,
    remove_entry,
    set_next_meeting,
    toggle_action_done,
)
from facilitator.core.roster_actions import (
    change_person,
    join_roster,
    leave_roster,
    move_seat,
    next_attendance,
)
from facilitator.core.session import SessionState, route_event
from facilitator.core.speaker_actions import (
    Asked,
    give_floor,
    mark_colleagues,
    queue_speaker,
    split_groups,
    take_off_queue,
    toggle_quiet_first,
)
from facilitator.core.turns import Priority

MOMENT = datetime(2026, 11, 26, 18, tzinfo=UTC)
TODAY = date(2026, 11, 26)


class Meeting:
    def __init__(self, program: Program) -> None:
        self.state = SessionState.from_events(program, [])
        self.seq = 0

    def do(self, action: list[EventDraft] | Refusal | EventDraft) -> None:
        drafts = [action] if isinstance(action, EventDraft) else action
        assert not isinstance(drafts, Refusal), drafts
        for draft in drafts:
            self.seq += 1
            event = Event(self.seq, MOMENT, draft.type, draft.data)
            route_event(self.state.agenda, self.state.referat, event, self.state.turns)


def test_f9_queues_a_new_name_or_changes_a_priority_in_one_action(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns = meeting.state.turns
    joined = queue_speaker(turns, Asked("Anne, pædagog"))
    assert isinstance(joined, list)
    assert [d.type for d in joined] == ["participant_added", "speaker_queued"]
    meeting.do(joined)
    assert queue_speaker(turns, Asked("1")) == Refusal("speakers.already", {"name": "Anne"})
    again = queue_speaker(turns, Asked("anne", Priority.REPLY))
    assert isinstance(again, list)
    assert [d.type for d in again] == ["speaker_removed", "speaker_queued"]
    meeting.do(again)
    assert turns.queue[0].priority is Priority.REPLY
    assert isinstance(queue_speaker(turns, Asked("7")), Refusal)
    assert isinstance(queue_speaker(turns, Asked("")), Refusal)
    assert isinstance(take_off_queue(turns, "bo"), Refusal)
    meeting.do(take_off_queue(turns, "anne"))
    assert turns.queue == []
    meeting.do(give_floor(turns, "anne"))
    assert turns.speaker == "anne"
    meeting.do(toggle_quiet_first(turns))
    assert turns.quiet_first


def test_colleagues_and_groups(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns = meeting.state.turns
    for name in ("Anne", "Bo", "Carla", "Dorte"):
        meeting.do(queue_speaker(turns, Asked(name)))
    assert isinstance(mark_colleagues(turns, "Anne"), Refusal)
    assert isinstance(mark_colleagues(turns, "Anne, Søs"), Refusal)
    meeting.do(mark_colleagues(turns, "Anne, Bo"))
    assert turns.colleagues == {frozenset({"anne", "bo"})}
    state = meeting.state
    first = state.agenda.current
    assert split_groups(netvaerk, first, turns, state.referat, False) == Refusal(
        "groups.not_groups"
    )
    groups_block = next(b.id for b in netvaerk.blocks if b.kind.value == "groups")
    split = split_groups(netvaerk, groups_block, turns, state.referat, False)
    assert isinstance(split, list) and split[0].data["seed"] == 1
    meeting.do(split)
    bigger = split_groups(netvaerk, groups_block, turns, state.referat, True)
    assert isinstance(bigger, list)
    assert bigger[0].data["size"] == split[0].data["size"] + 1


def test_roster_actions(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns, referat = meeting.state.turns, meeting.state.referat
    meeting.do(join_roster(turns, {"name": "Anne Holm", "faglighed": "pædagog"}))
    assert join_roster(turns, {"name": "anne holm"}) == Refusal(
        "speakers.participant_exists", {"name": "anne holm"}
    )
    assert join_roster(turns, {"name": "12"}) == Refusal("roster.name_needed")
    meeting.do(join_roster(turns, {"name": "Bo"}))
    assert move_seat(turns, "anne-holm", -1) == Refusal("roster.no_seat_there")
    meeting.do(move_seat(turns, "anne-holm", 1))
    assert [p.name for p in sorted(turns.participants.values(), key=lambda p: p.seat)] == [
        "Bo",
        "Anne Holm",
    ]
    anne = turns.participants["anne-holm"]
    meeting.do(next_attendance(referat, anne))
    assert referat.attendance == {"Anne Holm": referat.attendance["Anne Holm"]}
    renamed = change_person(referat, anne, {"name": "Anne Berg", "faglighed": "pædagog"})
    assert isinstance(renamed, list)
    assert [d.type for d in renamed] == ["participant_changed", "attendance_set", "attendance_set"]
    meeting.do(renamed)
    assert "Anne Berg" in referat.attendance and "Anne Holm" not in referat.attendance
    meeting.do(give_floor(turns, "bo"))
    assert leave_roster(turns, turns.participants["bo"]) == Refusal(
        "roster.cannot_remove", {"name": "Bo"}
    )
    meeting.do(leave_roster(turns, turns.participants["anne-holm"]))
    assert "anne-holm" not in turns.participants


def test_referat_actions(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    state = meeting.state
    meeting.do(agenda.toggle_clock(state.agenda))
    answered = answer_decision_block(state.agenda, "decision", "Vi mødes", agenda.next_block)
    assert isinstance(answered, list)
    assert [d.type for d in answered] == ["decision_added", "block_ended"]
    meeting.do(answered)
    entry = next(iter(state.referat.entries))
    assert isinstance(
        change_entry(state.referat, entry, {"text": "x", "due": "31.2"}, TODAY), Refusal
    )
    meeting.do(change_entry(state.referat, entry, {"text": "Vi mødes igen"}, TODAY))
    assert state.referat.entries[entry].text == "Vi mødes igen"
    assert change_entry(state.referat, entry, {"text": ""}, TODAY) == []
    meeting.do(remove_entry(state.referat, entry))
    assert remove_entry(state.referat, entry) == Refusal("referat.gone")
    assert isinstance(set_next_meeting({"date": "32.13"}, TODAY), Refusal)
    assert set_next_meeting({"date": "12.1.2027", "time": "25:99"}, TODAY) == Refusal(
        "referat.bad_time", {"value": "25:99"}
    )
    assert not isinstance(set_next_meeting({"time": "19.30"}, TODAY), Refusal)
    meeting.do(set_next_meeting({"date": "12.1.2027", "chair": "Carla"}, TODAY))
    assert state.referat.next_meeting is not None
    assert state.referat.next_meeting.date == date(2027, 1, 12)
    referat = ReferatState()
    assert isinstance(toggle_action_done(referat, "a1"), Refusal)
    assert isinstance(give_action_to(referat, "a1", "Bo"), Refusal)
