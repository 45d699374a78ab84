"""`/fortroligt`: one event in the session, and lines left in the notes are never shown."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, Refusal
from facilitator.core.memory import MemoryEvent
from facilitator.core.off_record import (
    is_off_record_line,
    off_record_action,
    without_off_record_lines,
)
from facilitator.core.program import Program
from facilitator.core.seats import Seat, may_record
from facilitator.core.session import SessionState
from tests.core.memory_meeting import Meeting


def test_the_line_becomes_one_event_kept_by_its_block(netvaerk: Program, clock: FakeClock) -> None:
    meeting = Meeting(netvaerk, clock, "m1")
    action = off_record_action("  Annes sag  ", "velkommen", "Bo", meeting.state.memory)
    assert isinstance(action, list) and len(action) == 1
    assert action[0].type == MemoryEvent.OFF_THE_RECORD == "off_the_record"
    assert action[0].data == {"text": "Annes sag", "block": "velkommen", "by": "Bo"}
    meeting.do(action)
    (kept,) = meeting.state.memory.off_record
    assert (kept.block, kept.text, kept.by) == ("velkommen", "Annes sag", "Bo")
    # Nothing of it in the referat's fold, so no export, review or search can show it.
    assert meeting.state.referat.entries == {}
    again = off_record_action("Annes sag", "velkommen", "Bo", meeting.state.memory)
    assert again == Refusal("off_record.already")
    assert off_record_action(" ", "velkommen", "", meeting.state.memory) == Refusal(
        "off_record.empty"
    )


def test_lines_typed_but_not_entered_are_left_out_of_notes_shown() -> None:
    notes = "Vagtplanen\n/fortroligt Annes sag\n  /FORTROLIG Bos sag\n/offrecord x\n/beslutning Ja"
    assert without_off_record_lines(notes) == "Vagtplanen\n/beslutning Ja"
    assert is_off_record_line("/fortroligt") and not is_off_record_line("fortroligt Anne")
    assert without_off_record_lines("ingen skråstreg") == "ingen skråstreg"


def test_a_damaged_event_is_skipped_and_the_referent_may_write_one(
    netvaerk: Program, clock: FakeClock
) -> None:
    events = [
        Event(1, clock.now(), "off_the_record", {"text": 5}),
        Event(2, clock.now(), "off_the_record", {"text": "  "}),
    ]
    state = SessionState.from_events(netvaerk, events)
    assert state.memory.off_record == [] and state.agenda.unreadable == [1]
    assert may_record(Seat.REFERENT, "off_the_record")
    assert not may_record(Seat.DISPLAY, "off_the_record")
