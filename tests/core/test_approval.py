"""`/godkend`: the previous referat approved by those present, read from the later meeting."""

from __future__ import annotations

from datetime import timedelta

from facilitator.core.approval import (
    approval_of,
    approval_text,
    approve_previous,
    previous_meeting,
)
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, Refusal
from facilitator.core.program import Program
from facilitator.core.referat_memory import referat_memory
from facilitator.core.seats import Seat, may_record
from facilitator.core.session import SessionState
from facilitator.core.typed_commands import parse_command_line
from tests.core.memory_meeting import Meeting

MONTH = timedelta(days=28).total_seconds()


def test_the_previous_referat_is_approved_by_those_present(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = Meeting(netvaerk, clock, "m1")
    clock.advance(MONTH)
    second = Meeting(netvaerk, clock, "m2")
    clock.advance(MONTH)
    third = Meeting(netvaerk, clock, "m3")
    past = [first.as_group_meeting(), second.as_group_meeting()]
    assert previous_meeting(past) == past[1]
    assert approve_previous(past, third.state) == Refusal("approval.nobody")
    marks = parse_command_line("/fremmøde Carla, Anne, Bo", "velkommen", clock.now().date())
    assert isinstance(marks, list)
    third.do(marks)
    action = approve_previous(past, third.state)
    assert isinstance(action, list)
    assert action[0].type == "referat_approved"
    assert action[0].data == {"session": "m2", "by": ["Anne", "Bo", "Carla"]}
    third.do(action)
    assert approve_previous(past, third.state) == Refusal("approval.already")
    assert approve_previous([], third.state) == Refusal("approval.none")

    meetings = [*past, third.as_group_meeting()]
    said = approval_of("m2", meetings)
    assert said is not None and said.meeting == "m3"
    assert approval_text(said, "24.12.2026") == "Godkendt den 24.12.2026 af Anne, Bo og Carla"
    assert approval_of("m1", meetings) is None and approval_of("m3", meetings) is None
    assert referat_memory("m2", meetings).approval == said


def test_a_bad_approval_is_skipped_and_the_referent_may_write_one(
    netvaerk: Program, clock: FakeClock
) -> None:
    events = [
        Event(1, clock.now(), "referat_approved", {"session": "m1", "by": "Anne"}),
        Event(2, clock.now(), "referat_approved", {"session": "", "by": ["Anne"]}),
        Event(3, clock.now(), "referat_approved", {"session": "m1", "by": [" "]}),
    ]
    state = SessionState.from_events(netvaerk, events)
    assert state.memory.approvals == [] and state.agenda.unreadable == [1]
    assert may_record(Seat.REFERENT, "referat_approved")
