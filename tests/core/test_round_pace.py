"""The round's pace in the projected end: a turn of a few seconds (the chair moving on with
F8) is not a pace, so the item's planned time stays in the projected end. FakeClock."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator.core import agenda
from facilitator.core.agenda_view import build_view
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.rounds import (
    SHORTEST_PACE_TURN_SECONDS,
    next_in_round,
    round_remaining_estimate,
)
from facilitator.core.turn_commands import add_participant
from facilitator.store.program_files import load_program
from tests.conftest import COPENHAGEN, PROGRAMS
from tests.core.test_rounds import Meeting

THREE = ["Anne", "Bo", "Carla"]


class Round(Meeting):
    """A round of three in the item after the first, reached at once (F5, F6)."""

    def __init__(self, program: Program, clock: FakeClock) -> None:
        super().__init__(program, clock)
        for name in THREE:
            self.do(add_participant(self.state.turns, name))
        self.do(agenda.toggle_clock(self.state.agenda))
        self.do(agenda.next_block(self.state.agenda))
        current = self.state.agenda.current
        assert current is not None
        self.block = current

    def f8(self) -> None:
        self.do(next_in_round(self.state.turns, self.state.referat, self.block))

    def estimate(self) -> float | None:
        state = self.state
        return round_remaining_estimate(state.agenda, state.turns, state.referat, self.clock.now())

    def projected_end(self) -> datetime:
        return self.state.agenda.projected_end(self.clock.now(), self.estimate())

    def plan_end(self) -> datetime:
        """Now + the current item's planned time left + the later items' planned time."""
        return self.state.agenda.projected_end(self.clock.now())


def test_a_first_turn_of_seconds_keeps_the_rounds_time_in_the_projected_end(
    netvaerk: Program, clock: FakeClock
) -> None:
    """The tester's F8, F8, F8 a few seconds apart in the 45-minute Præsentationsrunde: the
    projected end stayed at now + the later items (17.50 instead of 18.35)."""
    meeting = Round(netvaerk, clock)
    assert meeting.block == "praesentationsrunde"
    meeting.f8()  # Anne
    clock.advance(4)
    meeting.f8()  # Bo: Anne's four seconds are not the round's pace
    clock.advance(5)
    assert meeting.state.turns.speaker == "bo"
    assert meeting.estimate() is None
    later = timedelta(minutes=20 + 40 + 20 + 20)
    assert meeting.projected_end() == meeting.plan_end()
    assert meeting.projected_end() >= clock.now() + timedelta(minutes=44) + later
    meeting.f8()  # Carla: still none of the turns says anything about the pace
    clock.advance(3)
    assert meeting.state.turns.speaker == "carla"
    assert meeting.projected_end() == meeting.plan_end()
    view = build_view(meeting.state.agenda, clock.now(), COPENHAGEN, meeting.estimate())
    remaining = timedelta(seconds=45 * 60 - 12)
    assert view.projected_end == (clock.now() + remaining + later).astimezone(COPENHAGEN).replace(
        second=0, microsecond=0
    )


def test_siden_sidst_after_two_quick_f8_keeps_its_time_left(clock: FakeClock) -> None:
    """»Kort runde – siden sidst« (15 min, a round item) in Netværksgruppe: andet møde: F8
    twice at once, then Bo talks for six minutes; 08:55 is left, and it stays in the end."""
    program = load_program(PROGRAMS / "netvaerk-andet-moede.toml")
    meeting = Round(program, clock)
    assert meeting.block == "siden-sidst"
    meeting.f8()  # Anne
    clock.advance(2)
    meeting.f8()  # Bo
    clock.advance(6 * 60 + 3)
    assert meeting.state.agenda.remaining_seconds(clock.now()) == 8 * 60 + 55
    later = timedelta(minutes=50 + 20 + 55 + 10 + 5)
    assert meeting.projected_end() == clock.now() + timedelta(minutes=8, seconds=55) + later


def test_a_real_turn_still_sets_the_pace_and_a_skip_among_them_does_not(
    netvaerk: Program, clock: FakeClock
) -> None:
    """Anne talks four minutes, Bo is skipped with F8 after five seconds, Carla begins: the
    pace is Anne's four minutes (the design: a quick round ends the meeting earlier)."""
    meeting = Round(netvaerk, clock)
    meeting.f8()  # Anne
    clock.advance(240)
    meeting.f8()  # Bo
    clock.advance(5)
    meeting.f8()  # Carla
    clock.advance(60)
    assert meeting.estimate() == 240 - 60
    assert meeting.projected_end() < meeting.plan_end()


def test_a_turn_of_exactly_the_shortest_length_counts(netvaerk: Program, clock: FakeClock) -> None:
    meeting = Round(netvaerk, clock)
    meeting.f8()
    clock.advance(SHORTEST_PACE_TURN_SECONDS - 1)
    meeting.f8()
    assert meeting.estimate() is None
    meeting.f8()  # Carla; Bo had no time at all
    assert meeting.estimate() is None

    again = Round(netvaerk, FakeClock(clock.now()))
    again.f8()
    again.clock.advance(SHORTEST_PACE_TURN_SECONDS)
    again.f8()
    assert again.estimate() == 2 * SHORTEST_PACE_TURN_SECONDS
