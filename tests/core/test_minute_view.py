"""`minute_key`: when the minute-level panels (the agenda, the status line, the guide) are
handed a new view. Two views a second apart have the same key, and it changes the moment
the clock moves anything those panels show: what they show is the view without the seconds
that count (`without_seconds` below), and over random meetings no such change is missed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core import agenda, phase_run
from facilitator.core.agenda_view import MeetingView, TimeLevel, build_view, minute_key
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program, program_from_data
from facilitator.store.program_files import load_program
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS
from tests.core.test_agenda import Recorder


def without_seconds(view: MeetingView) -> MeetingView:
    """The view with what counts every second held at zero: the running item's elapsed and
    remaining seconds, its agenda row's time and its phase's seconds. What the panels that
    show minutes draw is this."""
    current = view.current
    if current is None:
        return view
    phase = current.phase
    if phase is not None:
        phase = replace(phase, elapsed_seconds=0, remaining_seconds=0)
    rows = tuple(
        replace(row, actual_seconds=0) if row.block_id == current.block.id else row
        for row in view.rows
    )
    held = replace(current, elapsed_seconds=0, remaining_seconds=0, phase=phase)
    return replace(view, rows=rows, current=held)


def view_now(run: Recorder) -> MeetingView:
    return build_view(run.state, run.clock.now(), COPENHAGEN)


def test_a_second_later_only_the_counters_differ(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(5)  # 19.00.05: the clock's minute does not turn for a while
    before = view_now(run)
    clock.advance(1)
    after = view_now(run)
    assert before != after  # the countdown moved
    assert minute_key(before) == minute_key(after)
    assert after.current is not None and after.current.remaining_seconds == 15 * 60 - 6


def test_the_minute_of_the_clock_changes_it(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(59)
    before = view_now(run)
    clock.advance(1)  # 19.01: the status line's clock
    assert minute_key(before) != minute_key(view_now(run))


def test_a_time_level_changes_it_on_its_second(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(12 * 60 - 1)  # 15 min: the warning comes with 3 min left
    before = view_now(run)
    clock.advance(1)
    after = view_now(run)
    assert before.current is not None and before.current.level is TimeLevel.CALM
    assert after.current is not None and after.current.level is TimeLevel.WARNING
    assert minute_key(before) != minute_key(after)


def test_an_overrun_moves_the_projected_end_by_the_minute(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(15 * 60 + 10)
    before = view_now(run)
    clock.advance(1)
    assert minute_key(before) == minute_key(view_now(run))
    clock.advance(60)
    assert minute_key(before) != minute_key(view_now(run))


def test_the_next_item_and_a_phase_change_it(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    for _ in range(3):
        run.do(agenda.next_block(run.state))  # to Netværksønsker, which has phases
    clock.advance(30)
    before = view_now(run)
    assert before.current is not None and before.current.phase is not None
    clock.advance(1)
    assert minute_key(before) == minute_key(view_now(run))
    clock.advance(25 * 60)  # into its second phase
    later = view_now(run)
    assert later.current is not None and later.current.phase is not None
    assert later.current.phase.index != before.current.phase.index
    assert minute_key(before) != minute_key(later)


def test_a_finished_meeting_is_left_as_it_is(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    while run.state.current is not None:
        clock.advance(61)
        run.do(agenda.next_block(run.state))
    view = view_now(run)
    assert view.current is None
    clock.advance(1)
    assert minute_key(view) == minute_key(view_now(run))
    clock.advance(60)
    assert minute_key(view) != minute_key(view_now(run))  # the status line's clock


SHORT = {
    "program": {"title": "Korte punkter", "end_by": "19:12"},
    "block": [
        {"id": "a", "title": "A", "minutes": 3},
        {
            "id": "b",
            "title": "B",
            "minutes": 4,
            "phase": [
                {"title": "B1", "minutes": 1},
                {"title": "B2", "minutes": 2},
                {"title": "B3", "minutes": 1},
            ],
        },
        {"id": "p", "title": "Pause", "minutes": 2, "kind": "pause"},
        {
            "id": "c",
            "title": "C",
            "minutes": 2,
            "phase": [{"title": "C1", "minutes": 1}, {"title": "C2", "minutes": 1}],
        },
    ],
}
"""Minutes long, with phases, a pause and an end: every turn the clock makes comes within
a short walk."""
PROGRAMS_WALKED = [program_from_data(SHORT, "korte")] * 4 + [
    load_program(path) for path in sorted(PROGRAMS.glob("*.toml"))
]
# A step: an event the chair records (the screens then draw everything), or the clock
# moving on by some seconds with no event (only what the clock moves is drawn).
EVENTS = ("toggle", "next", "extend", "next_phase", "extend_phase")
STEPS = st.one_of(st.sampled_from(EVENTS), st.integers(min_value=1, max_value=240))


def record(run: Recorder, event: str) -> None:
    state, now = run.state, run.clock.now()
    draft: object = None
    if event == "toggle":
        draft = agenda.toggle_clock(state)
    elif state.current is None:
        return
    elif event == "next":
        draft = agenda.next_block(state)
    elif event == "extend":
        draft = agenda.extend_block(state, 120)
    elif event == "next_phase":
        draft = phase_run.next_phase(state, now)
    else:
        draft = phase_run.extend_phase(state, now, 60)
    if isinstance(draft, EventDraft):  # a refusal, or no phase to move, records nothing
        run.do(draft)


@settings(max_examples=80, deadline=None)
@given(
    program=st.sampled_from(PROGRAMS_WALKED),
    steps=st.lists(STEPS, min_size=1, max_size=25),
    started_at_second=st.integers(min_value=0, max_value=59),
)
def test_the_key_changes_whenever_the_clock_moves_what_the_panels_show(
    program: Program, steps: list[str | int], started_at_second: int
) -> None:
    # Started off the minute, so the clock's minute does not turn with every phase and level.
    run = Recorder(program, FakeClock(MEETING_START + timedelta(seconds=started_at_second)))
    run.do(agenda.toggle_clock(run.state))
    handed = view_now(run)
    for step in steps:
        if isinstance(step, str):
            record(run, step)
            handed = view_now(run)  # after an event everything is drawn again
            continue
        for _ in range(step):  # a tick a second, as the run screen's
            run.clock.advance(1)
            view = view_now(run)
            if minute_key(view) != minute_key(handed):
                handed = view
            else:  # not handed on: what the panels show must still be so
                assert without_seconds(view) == without_seconds(handed), program.title


def test_a_stopped_pause_moves_its_resume_time_between_minutes(clock: FakeClock) -> None:
    """»Vi fortsætter kl. 19.09«: while the clock stands in a pause the time to go on moves
    with the clock, on the second the pause's remaining time says, not on the minute."""
    run = Recorder(program_from_data(SHORT, "korte"), clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(agenda.next_block(run.state))
    run.do(agenda.next_block(run.state))  # the pause, 2 minutes
    clock.advance(20)
    run.do(agenda.toggle_clock(run.state))  # stopped with 1 min 40 s left
    handed = view_now(run)
    moved = 0
    for _ in range(120):
        clock.advance(1)
        view = view_now(run)
        assert view.current is not None and handed.current is not None
        if view.current.resume_at != handed.current.resume_at and view.now == handed.now:
            moved += 1
            assert minute_key(view) != minute_key(handed)
        handed = view
    assert moved  # it did move between two turns of the clock's minute
