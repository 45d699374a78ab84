"""Rounds: equal shares of the time left, rebalanced live. FakeClock, no sleeping."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft
from facilitator.core.program import Program
from facilitator.core.rounds import (
    RoundView,
    next_in_round,
    pass_next,
    round_remaining_estimate,
    round_view,
)
from facilitator.core.session import SessionState, route_event
from facilitator.core.turn_commands import add_participant, next_speaker
from facilitator.core.typed_commands import parse_command_line

NAMES = ["Anne", "Bo", "Carla", "Dorte", "Erik"]


class Meeting:
    def __init__(self, program: Program, clock: FakeClock) -> None:
        self.clock = clock
        self.state = SessionState.from_events(program, [])
        self.seq = 0

    def do(self, draft: agenda.Command | EventDraft | None) -> None:
        assert isinstance(draft, EventDraft), draft
        self.seq += 1
        event = Event(self.seq, self.clock.now(), draft.type, dict(draft.data))
        route_event(self.state.agenda, self.state.referat, event, self.state.turns)

    def next(self) -> None:
        self.do(next_in_round(self.state.turns, self.state.referat, "praesentationsrunde"))

    def maybe_view(self) -> RoundView | None:
        return round_view(self.state.agenda, self.state.turns, self.state.referat, self.clock.now())

    def view(self) -> RoundView:
        view = self.maybe_view()
        assert view is not None
        return view


def in_the_round(program: Program, clock: FakeClock) -> Meeting:
    meeting = Meeting(program, clock)
    for name in NAMES:
        meeting.do(add_participant(meeting.state.turns, name))
    meeting.do(agenda.toggle_clock(meeting.state.agenda))
    meeting.do(agenda.next_block(meeting.state.agenda))  # Præsentationsrunde, 45 min
    return meeting


def test_equal_shares_in_seat_order(netvaerk: Program, clock: FakeClock) -> None:
    meeting = in_the_round(netvaerk, clock)
    view = meeting.view()
    assert view.share_seconds == 45 * 60 // 5 == 540
    meeting.next()
    assert meeting.state.turns.speaker == "anne"
    view = meeting.view()
    assert view.speaker_budget_seconds == 540 and view.left == ("Bo", "Carla", "Dorte", "Erik")


def test_an_overrun_shrinks_later_shares_and_shows_the_debt(
    netvaerk: Program, clock: FakeClock
) -> None:
    meeting = in_the_round(netvaerk, clock)
    meeting.next()
    clock.advance(540 + 120)  # Anne talks two minutes over her nine
    view = meeting.view()
    assert view.speaker_debt_seconds == 120
    assert view.speaker_budget_seconds == 540  # her share does not move while she talks
    assert view.share_seconds == 540  # the header says what her limit says
    meeting.next()
    assert meeting.state.turns.speaker == "bo"
    view = meeting.view()
    assert view.speaker_budget_seconds == view.share_seconds == (45 * 60 - 660) // 4 == 510


def test_a_pass_and_an_absence_give_the_others_more(netvaerk: Program, clock: FakeClock) -> None:
    meeting = in_the_round(netvaerk, clock)
    today = clock.now().date()
    drafts = parse_command_line("/afbud Erik", "praesentationsrunde", today)
    assert isinstance(drafts, list)
    for draft in drafts:
        meeting.do(draft)
    assert meeting.view().share_seconds == 45 * 60 // 4
    meeting.do(pass_next(meeting.state.turns, meeting.state.referat, "praesentationsrunde"))  # Anne
    assert meeting.view().share_seconds == 45 * 60 // 3
    meeting.next()
    assert meeting.state.turns.speaker == "bo"
    assert meeting.view().left == ("Carla", "Dorte")


def test_the_round_ends_after_the_last_person(netvaerk: Program, clock: FakeClock) -> None:
    meeting = in_the_round(netvaerk, clock)
    for _ in NAMES:
        meeting.next()
        clock.advance(60)
    assert meeting.state.turns.speaker == "erik" and meeting.view().left == ()
    meeting.next()  # nobody left: the last speaker stops
    assert meeting.state.turns.speaker is None
    assert next_in_round(meeting.state.turns, meeting.state.referat, "praesentationsrunde") is None
    view = meeting.view()
    assert view.done == tuple(NAMES) and view.finished


def test_the_header_share_is_the_speakers_limit_all_the_way(
    netvaerk: Program, clock: FakeClock
) -> None:
    """One computation: whoever speaks in the round, at any moment, the share the header
    shows is the limit their time is measured against; only a finished round has none."""
    meeting = in_the_round(netvaerk, clock)
    for spoken in (30, 200, 700, 45, 300):
        meeting.next()
        for _ in range(3):
            clock.advance(spoken // 3)
            view = meeting.view()
            assert view.speaker_budget_seconds == view.share_seconds > 0, view
            assert not view.finished
    meeting.next()
    view = meeting.view()
    assert view.finished and view.speaker_budget_seconds is None and view.left == ()


def queue(meeting: Meeting, who: str, priority: str) -> None:
    meeting.do(EventDraft("speaker_queued", {"participant": who, "priority": priority}))


def test_an_interjection_does_not_use_up_a_turn_in_the_round(
    netvaerk: Program, clock: FakeClock
) -> None:
    """Anne has her turn; Dorte asks a clarifying question and Carla replies to it. Both
    still have their own turn in the round afterwards, and the round goes on with Bo."""
    meeting = in_the_round(netvaerk, clock)
    meeting.next()  # Anne
    clock.advance(120)
    queue(meeting, "dorte", "CLARIFY")
    queue(meeting, "carla", "REPLY")
    meeting.do(next_speaker(meeting.state.turns, clock.now()))  # Carla: a reply comes first
    assert meeting.state.turns.speaker == "carla"
    clock.advance(40)
    view = meeting.view()
    assert view.left == ("Bo", "Carla", "Dorte", "Erik")
    assert view.done == ("Anne",)
    assert view.speaker_budget_seconds is None  # a reply is not measured against a share
    assert view.share_seconds == (45 * 60 - 160) // 4
    meeting.do(next_speaker(meeting.state.turns, clock.now()))  # Dorte's question
    assert meeting.state.turns.speaker == "dorte"
    clock.advance(20)
    assert meeting.view().left == ("Bo", "Carla", "Dorte", "Erik")
    meeting.next()
    assert meeting.state.turns.speaker == "bo"
    for expected in ("carla", "dorte", "erik"):
        meeting.next()
        assert meeting.state.turns.speaker == expected
    assert meeting.state.turns.turn_count("dorte") == 2  # both count as contributions


def test_the_pace_of_the_round_moves_the_projected_end(netvaerk: Program, clock: FakeClock) -> None:
    """Two people took 4 minutes each: the three left will take about 12 more, not the 45
    planned, and the projected end of the meeting moves accordingly."""
    meeting = in_the_round(netvaerk, clock)
    state = meeting.state
    assert round_remaining_estimate(state.agenda, state.turns, state.referat, clock.now()) is None
    planned_end = state.agenda.projected_end(clock.now())
    meeting.next()
    clock.advance(240)
    meeting.next()
    clock.advance(240)
    meeting.next()  # Carla begins
    clock.advance(60)
    now = clock.now()
    estimate = round_remaining_estimate(state.agenda, state.turns, state.referat, now)
    assert estimate == 2 * 240 + (240 - 60)
    paced_end = state.agenda.projected_end(now, estimate)
    plan_end = state.agenda.projected_end(now)
    assert plan_end == planned_end  # the plan alone still says the round takes 45 minutes
    assert (plan_end - paced_end).total_seconds() == (45 * 60 - 540) - estimate
