"""Phases inside an item: parsing, formats and their scaling, and the timing from the clock."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator.core import agenda, phase_run
from facilitator.core.agenda import AgendaState
from facilitator.core.agenda_view import TimeLevel, build_view
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft, EventType, Refusal
from facilitator.core.formats import FORMATS, expand_format, scale_minutes
from facilitator.core.phases import PhaseKind
from facilitator.core.program import Program, ProgramInvalid, program_from_data, program_to_data
from tests.conftest import COPENHAGEN


def program_of(*blocks: dict[str, Any]) -> Program:
    return program_from_data({"program": {"title": "Faser"}, "block": list(blocks)}, "faser")


NETVAERKSOENSKER = {
    "id": "oensker",
    "title": "Netværksønsker",
    "minutes": 40,
    "kind": "groups",
    "phase": [
        {"title": "I grupper", "minutes": 25, "kind": "groups", "prompts": ["Hvad ønsker I?"]},
        {"title": "Fremlæggelse", "minutes": 10, "kind": "present"},
        {"title": "Opsummering", "minutes": 5, "guide": "Fællestræk og uenighed."},
    ],
}
AFTER = {"id": "bagefter", "title": "Bagefter", "minutes": 10}


class Recorder:
    def __init__(self, program: Program, clock: FakeClock) -> None:
        self.clock = clock
        self.state = AgendaState.initial(program)
        self.events: list[Event] = []

    def do(self, command: EventDraft | Refusal | None) -> None:
        assert isinstance(command, EventDraft), command
        event = Event(len(self.events) + 1, self.clock.now(), command.type, dict(command.data))
        self.events.append(event)
        self.state.apply(event)

    def phase(self) -> phase_run.PhaseNow:
        now = phase_run.phase_now(self.state, self.clock.now())
        assert now is not None
        return now


def issues_of(*blocks: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ProgramInvalid) as raised:
        program_of(*blocks)
    return [(issue.key_path, issue.message) for issue in raised.value.issues]


# ------------------------------------------------------------------- the program file


def test_phases_are_read_with_title_minutes_kind_guide_and_prompts() -> None:
    block = program_of(NETVAERKSOENSKER).blocks[0]
    assert [(p.title, p.minutes, p.kind) for p in block.phases] == [
        ("I grupper", 25, PhaseKind.GROUPS),
        ("Fremlæggelse", 10, PhaseKind.PRESENT),
        ("Opsummering", 5, PhaseKind.PLENUM),
    ]
    assert block.phases[0].prompts == ("Hvad ønsker I?",)
    assert block.phases[2].guide == "Fællestræk og uenighed."


def test_the_items_minutes_must_be_the_phases_sum() -> None:
    wrong = {**NETVAERKSOENSKER, "minutes": 45}
    assert issues_of(wrong) == [("block[1].minutes", "program.phase_sum")]


def test_bad_phases_are_named_by_their_key_path() -> None:
    phases = [{"title": "A", "minutes": 0}, {"minutes": 5, "kind": "dans", "colour": 1}, "x"]
    found = issues_of({"id": "a", "title": "A", "minutes": 5, "phase": phases})
    assert ("block[1].phase[1].minutes", "program.not_positive_int") in found
    assert ("block[1].phase[2].title", "program.missing") in found
    assert ("block[1].phase[2].kind", "program.unknown_phase_kind") in found
    assert ("block[1].phase[2].colour", "program.unknown_key") in found
    assert ("block[1].phase[3]", "program.phase_not_table") in found


def test_a_format_and_phases_together_or_an_unknown_format_are_refused() -> None:
    both = {**NETVAERKSOENSKER, "format": "1-2-4-alle"}
    assert issues_of(both) == [("block[1].format", "program.format_and_phases")]
    unknown = {"id": "a", "title": "A", "minutes": 12, "format": "1-2-3"}
    assert issues_of(unknown) == [("block[1].format", "program.unknown_format")]
    short = {"id": "a", "title": "A", "minutes": 3, "format": "1-2-4-alle"}
    assert issues_of(short) == [("block[1].minutes", "program.format_too_short")]


def test_phases_and_formats_are_written_back_as_they_were_read() -> None:
    program = program_of(NETVAERKSOENSKER, {**AFTER, "format": "reflekterende-team"})
    data = program_to_data(program)
    assert data["block"][0]["phase"][1] == {
        "title": "Fremlæggelse",
        "minutes": 10,
        "kind": "present",
    }
    assert data["block"][1]["format"] == "reflekterende-team"
    assert "phase" not in data["block"][1]
    assert program_from_data(data, "faser") == program


# ------------------------------------------------------------------- formats


@pytest.mark.parametrize("name", sorted(FORMATS))
@pytest.mark.parametrize("minutes", [5, 7, 12, 13, 24, 29, 45, 90, 121])
def test_a_format_scales_to_the_items_minutes_exactly(name: str, minutes: int) -> None:
    phases = expand_format(name, minutes)
    assert phases is not None
    assert sum(phase.minutes for phase in phases) == minutes
    assert all(phase.minutes >= 1 for phase in phases)
    assert len(phases) == len(FORMATS[name])


def test_scaling_keeps_the_proportions_and_rounds_by_the_largest_remainder() -> None:
    assert scale_minutes(12, (1, 2, 4, 5)) == [1, 2, 4, 5]
    assert scale_minutes(24, (1, 2, 4, 5)) == [2, 4, 8, 10]
    assert scale_minutes(13, (1, 2, 4, 5)) == [1, 2, 4, 6]  # 5.42 lost most to rounding
    assert scale_minutes(4, (1, 2, 4, 5)) == [1, 1, 1, 1]  # everyone a minute
    assert scale_minutes(5, (1, 1, 8)) == [1, 1, 3]
    assert scale_minutes(3, (1, 2, 4, 5)) is None


def test_the_formats_have_their_own_kinds_of_phase() -> None:
    naboen = expand_format("praesenter-naboen", 30)
    walk = expand_format("gaatur", 45)
    assert naboen is not None and walk is not None
    assert [p.kind for p in naboen] == [PhaseKind.PAIRS, PhaseKind.INTRODUCE]
    assert walk[0].kind is PhaseKind.ROUND and walk[1].kind is PhaseKind.WALK
    assert [p.minutes for p in walk] == [9, 27, 9]


# ------------------------------------------------------------------- timing


def test_a_phase_moves_on_by_itself_when_its_time_is_up(clock: FakeClock) -> None:
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(25 * 60 - 1)
    assert (run.phase().index, run.phase().remaining_seconds) == (0, 1)
    clock.advance(1)
    phase = run.phase()
    assert (phase.index, phase.remaining_seconds, phase.by_clock) == (1, 10 * 60, True)
    assert phase.next_title == "Opsummering"
    assert len(run.events) == 1  # moved on by the clock: nothing was logged


def test_a_pause_stops_the_phase_too(clock: FakeClock) -> None:
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(20 * 60)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(30 * 60)  # a long pause
    assert (run.phase().index, run.phase().remaining_seconds) == (0, 5 * 60)


def test_the_last_phase_runs_over_with_the_item(clock: FakeClock) -> None:
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(42 * 60)
    view = build_view(run.state, clock.now(), COPENHAGEN)
    assert view.current is not None and view.current.phase is not None
    assert view.current.phase.index == 2 and view.current.phase.remaining_seconds == -120
    assert view.current.phase_level is TimeLevel.OVERRUN
    assert view.current.level is TimeLevel.OVERRUN


def test_the_phase_is_the_same_after_a_reopen_of_the_log(clock: FakeClock) -> None:
    """A resume folds the same log at a later wall-clock time: the phase is where the
    clock says, with the chair's moves, as if the process had never stopped."""
    program = program_of(NETVAERKSOENSKER, AFTER)
    run = Recorder(program, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(5 * 60)
    run.do(phase_run.next_phase(run.state, clock.now()))  # early to the presentations
    clock.advance(3 * 60)
    run.do(phase_run.extend_phase(run.state, clock.now(), 120))
    clock.advance(9 * 60 - 1)  # the process was killed somewhere in here
    resumed = AgendaState.from_events(program, run.events)
    phase = phase_run.phase_now(resumed, clock.now())
    assert phase is not None
    assert (phase.index, phase.planned_seconds, phase.remaining_seconds) == (1, 720, 1)
    clock.advance(1)
    phase = phase_run.phase_now(resumed, clock.now())
    assert phase is not None and (phase.index, phase.by_clock) == (2, True)
    assert resumed.runs["oensker"].planned_seconds == 42 * 60


def test_f6_moves_through_the_phases_and_shift_f6_back(clock: FakeClock) -> None:
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    assert phase_run.previous_phase(run.state, clock.now()) is None  # first: the item before
    run.do(phase_run.next_phase(run.state, clock.now()))
    run.do(phase_run.next_phase(run.state, clock.now()))
    assert run.phase().index == 2 and not run.phase().by_clock
    assert phase_run.next_phase(run.state, clock.now()) is None  # last: F6 ends the item
    clock.advance(60)
    run.do(phase_run.previous_phase(run.state, clock.now()))
    assert run.phase().index == 1 and run.phase().remaining_seconds == 10 * 60
    line = phase_run.block_timeline(run.state, "oensker", clock.now())
    assert line is not None and line.actual_seconds(2) == 60


def test_a_phase_begun_mid_second_turns_with_the_items_seconds(clock: FakeClock) -> None:
    """F6 0.6 s into a second: the phase begins at the item's whole second, so both
    countdowns on the chair's screen turn at once, at the turn the screens wake for."""
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(70.6)
    run.do(phase_run.next_phase(run.state, clock.now()))
    assert run.phase().start == 70.0 and run.phase().remaining_seconds == 10 * 60
    turns = []
    for _ in range(30):  # the screens' view every tenth of a second for three seconds
        clock.advance(0.1)
        view = build_view(run.state, clock.now(), COPENHAGEN)
        assert view.current is not None and view.current.phase is not None
        turns.append((view.current.remaining_seconds, view.current.phase.remaining_seconds))
    item_turns = [i for i in range(1, 30) if turns[i][0] != turns[i - 1][0]]
    phase_turns = [i for i in range(1, 30) if turns[i][1] != turns[i - 1][1]]
    assert item_turns == phase_turns and len(phase_turns) == 3
    after = AgendaState.from_events(run.state.program, run.events)  # the same on a reopen
    assert phase_run.phase_now(after, clock.now()) == run.phase()


def test_extend_acts_on_the_phase_and_the_item(clock: FakeClock) -> None:
    run = Recorder(program_of(NETVAERKSOENSKER, AFTER), clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(phase_run.extend_phase(run.state, clock.now(), -60))
    assert run.phase().planned_seconds == 24 * 60
    assert run.state.runs["oensker"].planned_seconds == 39 * 60
    assert run.events[-1].data == {"block": "oensker", "seconds": -60, "phase": 0}
    refused = phase_run.extend_phase(run.state, clock.now(), -24 * 60)
    assert isinstance(refused, Refusal) and refused.message == "phase.refuse_too_short"


def test_an_item_without_phases_has_none(clock: FakeClock) -> None:
    state = AgendaState.initial(program_of(AFTER))
    assert phase_run.phase_now(state, clock.now()) is None
    assert phase_run.next_phase(state, clock.now()) is None
    assert phase_run.extend_phase(state, clock.now(), 60) is None


def test_a_phase_move_for_another_item_or_phase_is_not_applied(clock: FakeClock) -> None:
    state = AgendaState.initial(program_of(NETVAERKSOENSKER, AFTER))
    for data in ({"block": "bagefter", "phase": 1}, {"block": "oensker", "phase": 3}):
        state.apply(Event(1, clock.now(), EventType.PHASE_MOVED, data))
    state.apply(Event(2, clock.now(), EventType.PHASE_MOVED, {"block": "oensker", "phase": "1"}))
    assert state.phase_marks == {}
    assert state.ignored_events == 2 and state.unreadable == [2]


def test_the_agenda_as_run_keeps_the_phases_adding_up(clock: FakeClock) -> None:
    from facilitator.core.program_template import tuned_program

    program = program_of(NETVAERKSOENSKER, {**AFTER, "minutes": 12, "format": "1-2-4-alle"})
    run = Recorder(program, clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(phase_run.extend_phase(run.state, clock.now(), 4 * 60))
    run.do(agenda.next_block(run.state))
    run.do(agenda.extend_block(run.state, 12 * 60))
    tuned = tuned_program(run.state, "faser-2", "Faser")
    oensker, bagefter = tuned.blocks
    assert oensker.minutes == 44 and sum(p.minutes for p in oensker.phases) == 44
    assert [p.minutes for p in bagefter.phases] == [2, 4, 8, 10]
    assert program_from_data(program_to_data(tuned), "faser-2") == tuned
