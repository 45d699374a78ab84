"""The agenda fold with a FakeClock: nothing here sleeps."""

from __future__ import annotations

from datetime import timedelta

from facilitator.core import agenda
from facilitator.core.agenda import AgendaState, BlockStatus
from facilitator.core.agenda_view import TimeLevel, build_view
from facilitator.core.catchup import floor_minutes, propose_catch_up
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft, EventType, Refusal
from facilitator.core.program import Program
from tests.conftest import COPENHAGEN, MEETING_START


class Recorder:
    """Records commands as events with the fake clock's time, like the store does."""

    def __init__(self, program: Program, clock: FakeClock) -> None:
        self.clock = clock
        self.state = AgendaState.initial(program)
        self.events: list[Event] = []

    def do(self, command: agenda.Command) -> Event:
        assert isinstance(command, EventDraft), command
        event = Event(len(self.events) + 1, self.clock.now(), command.type, dict(command.data))
        self.events.append(event)
        self.state.apply(event)
        return event


def test_countdown_runs_only_while_started(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    clock.advance(300)
    assert run.state.remaining_seconds(clock.now()) == 15 * 60  # not started yet
    run.do(agenda.toggle_clock(run.state))
    clock.advance(600)
    assert run.state.remaining_seconds(clock.now()) == 5 * 60
    run.do(agenda.toggle_clock(run.state))  # pause
    clock.advance(1200)
    assert run.state.remaining_seconds(clock.now()) == 5 * 60
    run.do(agenda.toggle_clock(run.state))  # resume
    clock.advance(60)
    assert run.state.remaining_seconds(clock.now()) == 4 * 60


def test_extend_shorten_and_overrun(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(agenda.extend_block(run.state, 300))
    run.do(agenda.extend_block(run.state, -60))
    clock.advance(19 * 60 + 30)
    assert run.state.remaining_seconds(clock.now()) == -30
    view = build_view(run.state, clock.now(), COPENHAGEN)
    assert view.current is not None
    assert view.current.level is TimeLevel.OVERRUN
    assert view.current.planned_seconds == 19 * 60
    assert isinstance(agenda.extend_block(run.state, -19 * 60), Refusal)


def test_time_levels_at_twenty_and_five_percent() -> None:
    assert agenda_level(1000, 201) is TimeLevel.CALM
    assert agenda_level(1000, 200) is TimeLevel.WARNING
    assert agenda_level(1000, 50) is TimeLevel.CRITICAL
    assert agenda_level(1000, 0) is TimeLevel.OVERRUN


def agenda_level(planned: int, remaining: int) -> TimeLevel:
    from facilitator.core.agenda_view import time_level

    return time_level(planned, remaining)


def test_next_skip_previous_and_actual_times(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(17 * 60)
    run.do(agenda.next_block(run.state))
    assert run.state.current == "praesentationsrunde"
    clock.advance(60)
    run.do(agenda.previous_block(run.state))  # back to Velkommen: its time continues
    assert run.state.current == "velkommen"
    assert run.state.runs["praesentationsrunde"].status is BlockStatus.PENDING
    clock.advance(60)
    assert run.state.elapsed_seconds("velkommen", clock.now()) == 18 * 60
    run.do(agenda.next_block(run.state))
    run.do(agenda.skip_block(run.state))
    assert run.state.runs["praesentationsrunde"].status == BlockStatus.SKIPPED
    assert run.state.runs["praesentationsrunde"].accumulated_seconds == 60
    assert run.state.current == "pause"


def test_postpone_moves_the_block_after_the_next(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.next_block(run.state))
    run.do(agenda.postpone_block(run.state))  # take Pause before Præsentationsrunde
    assert run.state.current == "pause"
    assert run.state.order[:3] == ["velkommen", "pause", "praesentationsrunde"]
    run.do(agenda.next_block(run.state))
    assert run.state.current == "praesentationsrunde"


def test_postpone_refused_on_last_block_and_meeting_end(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    for _ in range(5):
        run.do(agenda.next_block(run.state))
    assert isinstance(agenda.postpone_block(run.state), Refusal)
    clock.advance(60)
    run.do(agenda.next_block(run.state))
    assert run.state.finished and not run.state.running
    assert run.state.ended_at == clock.now()
    assert isinstance(agenda.toggle_clock(run.state), Refusal)
    run.do(agenda.previous_block(run.state))  # reopen the last block
    assert run.state.current == "fremtidige-moeder" and run.state.ended_at is None


def test_projected_end_and_delay(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    start = clock.now()
    assert run.state.projected_end(start) == start + timedelta(minutes=160)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(25 * 60)  # Velkommen runs 10 min over
    view = build_view(run.state, clock.now(), COPENHAGEN)
    assert view.delay_minutes == 10
    assert view.projected_end.strftime("%H.%M") == "21.50"
    assert view.past_end_by  # the program says: end by 21.00
    assert view.planned_end is not None and view.planned_end.strftime("%H.%M") == "21.40"


def test_pause_block_says_when_we_start_again(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(agenda.next_block(run.state))
    run.do(agenda.next_block(run.state))  # Pause, 20 min, starts 19.00
    clock.advance(5 * 60)
    view = build_view(run.state, clock.now(), COPENHAGEN)
    assert view.current is not None and view.current.resume_at is not None
    assert view.current.resume_at.strftime("%H.%M") == "19.20"


def test_replaying_the_log_gives_the_same_state(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(400)
    run.do(agenda.extend_block(run.state, 300))
    run.do(agenda.next_block(run.state))
    clock.advance(123)
    run.do(agenda.postpone_block(run.state))
    clock.advance(3600)  # the laptop slept; the wall clock went on
    replayed = AgendaState.from_events(netvaerk, run.events)
    now = clock.now()
    assert replayed.current == run.state.current
    assert replayed.order == run.state.order
    assert replayed.remaining_seconds(now) == run.state.remaining_seconds(now)
    assert replayed.remaining_seconds(now) == 20 * 60 - 3600


def test_clock_set_back_never_makes_time_negative(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(300)
    clock.advance(-3600)  # someone set the clock back an hour
    assert run.state.elapsed_seconds("velkommen", clock.now()) == 0
    run.do(agenda.toggle_clock(run.state))  # pause, with an event time in the past
    assert run.state.elapsed_seconds("velkommen", clock.now()) == 0
    clock.advance(3600 + 60)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(60)
    assert run.state.elapsed_seconds("velkommen", clock.now()) == 60


def test_unknown_and_mismatched_events_are_counted_not_fatal(
    netvaerk: Program, clock: FakeClock
) -> None:
    state = AgendaState.initial(netvaerk)
    state.apply(Event(1, clock.now(), "from_the_future", {"x": 1}))
    state.apply(Event(2, clock.now(), EventType.BLOCK_ENDED, {"block": "not-current"}))
    state.apply(
        Event(3, clock.now(), EventType.BLOCK_EXTENDED, {"block": "pause", "seconds": "60"})
    )
    assert state.ignored_events == 2  # an unknown type, and a block that is not current
    assert state.unreadable == [3]  # seconds as text: the wrong shape, named by its line
    assert state.current == "velkommen"


def test_catch_up_spreads_the_delay_and_respects_half(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(25 * 60)
    target = clock.now() - timedelta(minutes=25) + timedelta(minutes=160)
    plan = propose_catch_up(run.state, clock.now(), target)
    assert plan.behind_minutes == 10
    assert plan.saved_minutes == 10 and plan.shortfall_minutes == 0
    for cut in plan.cuts:
        assert cut.proposed_minutes >= floor_minutes(cut.planned_minutes)
    assert "velkommen" not in {cut.block_id for cut in plan.cuts}
    run.do(plan.to_event())
    after = build_view(run.state, clock.now(), COPENHAGEN)
    assert after.projected_end <= target.astimezone(COPENHAGEN)


def test_catch_up_reports_what_cannot_be_won_back(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    clock.advance(200 * 60)
    target = clock.now() - timedelta(minutes=200) + timedelta(minutes=160)
    plan = propose_catch_up(run.state, clock.now(), target)
    # The five later blocks are 145 min; at most half of each (rounded) can go.
    assert plan.saved_minutes == 145 - sum(floor_minutes(m) for m in (45, 20, 40, 20, 20))
    assert plan.shortfall_minutes == plan.behind_minutes - plan.saved_minutes > 0


def test_catch_up_aims_at_the_planned_end_or_an_earlier_end_by() -> None:
    from facilitator.core.catchup import catch_up_target

    planned = MEETING_START + timedelta(minutes=160)
    earlier, later = planned - timedelta(minutes=20), planned + timedelta(minutes=20)
    assert catch_up_target(planned, None) == (planned, False)
    assert catch_up_target(planned, later) == (planned, False)
    assert catch_up_target(planned, earlier) == (earlier, True)
    assert catch_up_target(None, earlier) == (earlier, True)
    assert catch_up_target(None, None) is None
