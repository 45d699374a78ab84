"""An item added during the meeting (`/nytpunkt Beboerhøring 15`)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.core import agenda
from facilitator.core.agenda import AgendaState, BlockStatus
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventType, Refusal
from facilitator.core.program import Program, program_from_data, program_to_data
from facilitator.core.program_template import AgendaChange, agenda_changes, tuned_program
from tests.core.test_agenda import Recorder


def test_an_added_item_comes_right_after_the_current_one(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    started = run.state.started_at
    end_before = run.state.projected_end(clock.now())
    run.do(agenda.add_block(run.state, "Beboerhøring", 15))
    assert run.state.order[:3] == ["velkommen", "beboerhoering", "praesentationsrunde"]
    # Appended to the program: every other item keeps its number (and its notes file).
    assert run.state.program.blocks[-1].title == "Beboerhøring"
    assert run.state.program.index_of("velkommen") == netvaerk.index_of("velkommen")
    assert run.state.runs["beboerhoering"].status is BlockStatus.PENDING
    # The expected end moves by the new item; the plan the meeting began with does not.
    assert (run.state.projected_end(clock.now()) - end_before).total_seconds() == 15 * 60
    assert started is not None
    assert run.state.planned_end() == started + timedelta(minutes=netvaerk.planned_minutes)
    run.do(agenda.next_block(run.state))
    assert run.state.current == "beboerhoering"
    assert run.state.remaining_seconds(clock.now()) == 15 * 60


def test_the_same_title_twice_gets_its_own_id_and_a_replay_gives_the_same_agenda(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.add_block(run.state, "Eventuelt ekstra", 5))
    run.do(agenda.add_block(run.state, "Eventuelt ekstra", 5))
    assert run.state.order[1:3] == ["eventuelt-ekstra-2", "eventuelt-ekstra"]
    replayed = AgendaState.from_events(netvaerk, run.events)
    assert replayed.order == run.state.order
    assert replayed.program == run.state.program
    assert replayed.ignored_events == 0


@pytest.mark.parametrize(
    ("title", "minutes", "message"),
    [
        ("", 10, "agenda.refuse_no_title"),
        ("Beboerhøring", 0, "agenda.refuse_minutes"),
        ("Beboerhøring", 601, "agenda.refuse_minutes"),
    ],
)
def test_an_item_without_a_name_or_with_impossible_minutes_is_refused(
    netvaerk: Program, clock: FakeClock, title: str, minutes: int, message: str
) -> None:
    refusal = agenda.add_block(AgendaState.initial(netvaerk), title, minutes)
    assert isinstance(refusal, Refusal) and refusal.message == message


def test_nothing_is_added_after_the_meeting_has_ended(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    while run.state.current is not None:
        run.do(agenda.next_block(run.state))
    refusal = agenda.add_block(run.state, "For sent", 5)
    assert isinstance(refusal, Refusal) and refusal.message == "agenda.refuse_finished"


@pytest.mark.parametrize(
    ("data", "wrong_type"),
    [
        ({"block": "velkommen", "title": "Igen", "minutes": 5}, False),  # an id already there
        ({"block": "Med Store", "title": "X", "minutes": 5}, False),  # not an id
        ({"block": "x", "title": " ", "minutes": 5}, False),
        ({"block": "x", "title": "X", "minutes": True}, True),
        ({"block": "x", "title": "X", "minutes": "5"}, True),
        ({"block": "x", "title": "X", "minutes": 0}, True),
        ({"title": "X", "minutes": 5}, True),
    ],
)
def test_a_hand_edited_block_added_event_that_does_not_fit_is_counted_not_applied(
    netvaerk: Program, clock: FakeClock, data: dict[str, object], wrong_type: bool
) -> None:
    """Data of the wrong shape is counted with its line; data that has the shape but
    does not fit the meeting is counted as not understood."""
    state = AgendaState.initial(netvaerk)
    state.apply(Event(1, clock.now(), EventType.BLOCK_ADDED, data, line=7))
    assert state.unreadable == ([7] if wrong_type else [])
    assert state.ignored_events == (0 if wrong_type else 1)
    assert state.program == netvaerk


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Beboerhøring 15", ("Beboerhøring", 15)),
        ("Beboerhøring 15 min", ("Beboerhøring", 15)),
        ("Beboerhøring 15 minutter", ("Beboerhøring", 15)),
        ("Beboerhøring", ("Beboerhøring", 10)),
        ("Budget 2027 20", ("Budget 2027", 20)),
        ("Budget 2027", ("Budget 2027", 10)),
        ("15", ("15", 10)),
    ],
)
def test_typed_item_and_minutes(typed: str, expected: tuple[str, int]) -> None:
    assert agenda.parse_added_block(typed) == expected


def test_a_tuned_program_keeps_the_added_item_and_says_so(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.add_block(run.state, "Beboerhøring", 15))
    tuned = tuned_program(run.state, "netvaerk-nord", "Netværk Nord")
    assert [block.id for block in tuned.blocks][:3] == [
        "velkommen",
        "beboerhoering",
        "praesentationsrunde",
    ]
    assert agenda_changes(netvaerk, tuned) == [AgendaChange("added", "Beboerhøring", 0, 15)]
    assert program_from_data(program_to_data(tuned), "netvaerk-nord") == tuned  # checked
