"""`without_seconds`: the view the minute-level panels are handed. Two views a second apart
must compare equal on it, and it must change the moment anything those panels show does."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.agenda_view import MeetingView, TimeLevel, build_view, without_seconds
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from tests.conftest import COPENHAGEN
from tests.core.test_agenda import Recorder


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
    assert without_seconds(before) == without_seconds(after)
    assert after.current is not None and after.current.remaining_seconds == 15 * 60 - 6


def test_the_minute_of_the_clock_changes_it(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(59)
    before = view_now(run)
    clock.advance(1)  # 19.01: the status line's clock
    assert without_seconds(before) != without_seconds(view_now(run))


def test_a_time_level_changes_it_on_its_second(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(12 * 60 - 1)  # 15 min: the warning comes with 3 min left
    before = view_now(run)
    clock.advance(1)
    after = view_now(run)
    assert before.current is not None and before.current.level is TimeLevel.CALM
    assert after.current is not None and after.current.level is TimeLevel.WARNING
    assert without_seconds(before) != without_seconds(after)


def test_an_overrun_moves_the_projected_end_by_the_minute(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(15 * 60 + 10)
    before = view_now(run)
    clock.advance(1)
    assert without_seconds(before) == without_seconds(view_now(run))
    clock.advance(60)
    assert without_seconds(before) != without_seconds(view_now(run))


def test_the_next_item_and_a_phase_change_it(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    for _ in range(3):
        run.do(agenda.next_block(run.state))  # to Netværksønsker, which has phases
    clock.advance(30)
    before = view_now(run)
    assert before.current is not None and before.current.phase is not None
    clock.advance(1)
    assert without_seconds(before) == without_seconds(view_now(run))
    clock.advance(25 * 60)  # into its second phase
    later = view_now(run)
    assert later.current is not None and later.current.phase is not None
    assert later.current.phase.index != before.current.phase.index
    assert without_seconds(before) != without_seconds(later)


def test_a_finished_meeting_is_left_as_it_is(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    while run.state.current is not None:
        clock.advance(61)
        run.do(agenda.next_block(run.state))
    view = view_now(run)
    assert view.current is None
    assert without_seconds(view) is view
