"""The grænsevogter's time-out: the clock stops, who called it is kept, F5 ends it."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventType, Refusal
from facilitator.core.memory import MemoryEvent
from facilitator.core.program import Program
from facilitator.core.referat_memory import referat_memory
from facilitator.core.seats import Seat, may_record
from facilitator.core.timeout import call_timeout, guardian, toggle_clock
from facilitator.core.turn_commands import add_participant
from tests.core.memory_meeting import Meeting


def started(program: Program, clock: FakeClock) -> Meeting:
    meeting = Meeting(program, clock, "m1")
    turns = meeting.state.turns
    meeting.do(add_participant(turns, "Anne", role="ordstyrer"))
    meeting.do(add_participant(turns, "Carla Holm", role="grænsevogter"))
    meeting.do(add_participant(turns, "Carsten"))
    command = agenda.toggle_clock(meeting.state.agenda)
    assert not isinstance(command, Refusal)
    meeting.do(command)
    return meeting


def test_a_time_out_pauses_the_clock_and_f5_ends_it(netvaerk: Program, clock: FakeClock) -> None:
    meeting = started(netvaerk, clock)
    assert guardian(meeting.state.turns) == "Carla Holm"
    clock.advance(120)
    action = call_timeout(meeting.state)
    assert isinstance(action, list)
    assert [d.type for d in action] == [EventType.CLOCK_PAUSED, MemoryEvent.TIMEOUT_CALLED]
    assert action[1].data == {"block": "velkommen", "by": "Carla Holm", "role": "grænsevogter"}
    meeting.do(action)
    assert not meeting.state.agenda.running and meeting.state.memory.timeout is not None
    assert call_timeout(meeting.state) == Refusal("timeout.already")
    clock.advance(240)  # the time-out's four minutes do not count for the item
    going_on = toggle_clock(meeting.state)
    assert isinstance(going_on, list)
    assert [d.type for d in going_on] == [EventType.CLOCK_STARTED, MemoryEvent.TIMEOUT_ENDED]
    meeting.do(going_on)
    assert meeting.state.agenda.running and meeting.state.memory.timeout is None
    assert meeting.state.agenda.elapsed_seconds("velkommen", clock.now()) == 120
    (done,) = referat_memory("m1", [meeting.as_group_meeting()]).timeouts
    assert done.ended is not None and (done.ended - done.started).total_seconds() == 240
    plain = toggle_clock(meeting.state)  # no time-out: F5 is the clock alone
    assert isinstance(plain, list) and [d.type for d in plain] == [EventType.CLOCK_PAUSED]


def test_the_chair_may_name_who_called_it(netvaerk: Program, clock: FakeClock) -> None:
    meeting = started(netvaerk, clock)
    named = call_timeout(meeting.state, "carsten")
    assert isinstance(named, list) and named[-1].data["by"] == "Carsten"
    assert named[-1].data["role"] == ""
    assert call_timeout(meeting.state, "Car") == Refusal(
        "timeout.ambiguous", {"names": "Carla Holm, Carsten"}
    )
    guest = call_timeout(meeting.state, "Dorte")
    assert isinstance(guest, list) and guest[-1].data["by"] == "Dorte"


def test_no_time_out_before_the_start_and_only_the_chair_calls_one(
    netvaerk: Program, clock: FakeClock
) -> None:
    meeting = Meeting(netvaerk, clock, "m1")
    assert call_timeout(meeting.state) == Refusal("timeout.not_started")
    assert guardian(meeting.state.turns) == ""
    assert not may_record(Seat.REFERENT, "timeout_called")
    assert may_record(Seat.CHAIR, "timeout_called")
