"""Who is on in a phase: the groups present in turn, each presents their neighbour."""

from __future__ import annotations

from facilitator.core import agenda, phase_run
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft, Refusal
from facilitator.core.phase_turns import in_phase_round, next_group, phase_turn_line
from facilitator.core.program import Program, program_from_data
from facilitator.core.rounds import next_in_round, round_view
from facilitator.core.session import SessionState, route_event
from facilitator.core.speaker_actions import split_groups
from facilitator.core.turn_commands import add_participant

NAMES = ["Anne", "Bo", "Carla", "Dorte", "Erik", "Frida"]


def program() -> Program:
    data = {
        "program": {"title": "Faser"},
        "block": [
            {
                "id": "oensker",
                "title": "Netværksønsker",
                "minutes": 40,
                "kind": "groups",
                "group_size": 3,
                "phase": [
                    {"title": "I grupper", "minutes": 25, "kind": "groups"},
                    {"title": "Fremlæggelse", "minutes": 10, "kind": "present"},
                    {"title": "Opsummering", "minutes": 5},
                ],
            },
            {
                "id": "naboen",
                "title": "Præsenter hinanden",
                "minutes": 30,
                "format": "praesenter-naboen",
            },
        ],
    }
    return program_from_data(data, "faser")


class Meeting:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.state = SessionState.from_events(program(), [])
        self.seq = 0
        for name in NAMES:
            self.do(add_participant(self.state.turns, name))

    def do(self, action: list[EventDraft] | EventDraft | Refusal | None) -> None:
        drafts = [action] if isinstance(action, EventDraft) else action
        assert isinstance(drafts, list), action
        for draft in drafts:
            self.seq += 1
            event = Event(self.seq, self.clock.now(), draft.type, dict(draft.data))
            route_event(self.state.agenda, self.state.referat, event, self.state.turns)

    def line(self, hints: bool = True) -> str:
        state = self.state
        return phase_turn_line(state.agenda, state.turns, state.referat, self.clock.now(), hints)


def test_the_groups_present_in_turn_with_equal_shares_of_the_phase(clock: FakeClock) -> None:
    meeting = Meeting(clock)
    state = meeting.state
    meeting.do(agenda.toggle_clock(state.agenda))
    assert meeting.line() == ""  # talking in groups: nobody presents yet
    clock.advance(25 * 60)
    assert meeting.line().startswith("Del først i grupper")
    assert meeting.line(hints=False) == ""  # the room is not told which key to press
    meeting.do(split_groups(state.agenda.program, "oensker", state.turns, state.referat, False))
    groups = state.turns.groups["oensker"][2]
    assert len(groups) == 2
    first = ", ".join(state.turns.participants[pid].name for pid in groups[0])
    assert meeting.line() == f"Gruppe 1 fremlægger: {first} · 05:00"
    clock.advance(5 * 60 + 30)
    assert meeting.line().startswith("Gruppe 2 fremlægger: ")
    assert meeting.line().endswith(" · 04:30")
    clock.advance(4 * 60 + 30)
    assert meeting.line() == ""  # the summing up: the walk is over


def test_each_presents_their_neighbour_in_a_round_phase(clock: FakeClock) -> None:
    meeting = Meeting(clock)
    state = meeting.state
    meeting.do(agenda.toggle_clock(state.agenda))
    meeting.do(agenda.next_block(state.agenda))
    assert not in_phase_round(state.agenda, clock.now())  # asking the neighbour, in pairs
    clock.advance(10 * 60)
    assert in_phase_round(state.agenda, clock.now())
    assert meeting.line() == "Anne præsenterer Bo"  # the first to come
    meeting.do(next_in_round(state.turns, state.referat, "naboen"))
    assert meeting.line() == "Anne præsenterer Bo"  # she has the word
    view = round_view(state.agenda, state.turns, state.referat, clock.now())
    assert view is not None and view.speaker_budget_seconds == 20 * 60 // 6  # the phase's share
    for _ in range(5):
        meeting.do(next_in_round(state.turns, state.referat, "naboen"))
    assert meeting.line() == "Frida præsenterer Anne"  # the last presents the first


def test_a_phase_move_by_hand_starts_the_walk_of_the_groups_from_the_first(
    clock: FakeClock,
) -> None:
    meeting = Meeting(clock)
    state = meeting.state
    meeting.do(agenda.toggle_clock(state.agenda))
    meeting.do(split_groups(state.agenda.program, "oensker", state.turns, state.referat, False))
    clock.advance(60)
    meeting.do(phase_run.next_phase(state.agenda, clock.now()))
    assert meeting.line().startswith("Gruppe 1 fremlægger")


def test_f8_gives_the_next_group_the_word_and_the_rest_share_the_time_left(
    clock: FakeClock,
) -> None:
    meeting = Meeting(clock)
    state = meeting.state
    meeting.do(agenda.toggle_clock(state.agenda))
    assert next_group(state.agenda, state.turns, clock.now()) is None  # not presenting yet
    clock.advance(25 * 60)
    refused = next_group(state.agenda, state.turns, clock.now())
    assert isinstance(refused, Refusal) and refused.message == "phase.no_groups"
    meeting.do(split_groups(state.agenda.program, "oensker", state.turns, state.referat, False))
    clock.advance(60)
    meeting.do(next_group(state.agenda, state.turns, clock.now()))  # group 1 was quick
    assert meeting.line().startswith("Gruppe 2 fremlægger")
    assert meeting.line().endswith(" · 09:00")  # the last group has all that is left
    meeting.do(next_group(state.agenda, state.turns, clock.now()))
    assert meeting.line() == "Alle grupper har fremlagt"
    refused = next_group(state.agenda, state.turns, clock.now())
    assert isinstance(refused, Refusal) and refused.message == "phase.groups_presented"
