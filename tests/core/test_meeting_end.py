"""Where a meeting's clocks stop: its end, now while a seat holds it, else its last event."""

from __future__ import annotations

from datetime import UTC, timedelta

from facilitator.core import agenda
from facilitator.core.meeting_end import (
    EndKind,
    looking_back,
    meeting_end,
    time_fact,
    unended_line,
)
from facilitator.core.meeting_life import Quitting, quit_meeting
from facilitator.core.program import Program
from tests.core.test_meeting_life import START, Meeting

DAYS_LATER = START + timedelta(days=5, hours=3)


def left_running(program: Program) -> Meeting:
    """Started at 18.00, the second item begun at 18.17, the last event at 18.42."""
    meeting = Meeting(program)
    meeting.record(agenda.toggle_clock(meeting.state.agenda))
    meeting.record(agenda.next_block(meeting.state.agenda), 17 * 60)
    meeting.record(agenda.extend_block(meeting.state.agenda, 60), 25 * 60)
    return meeting


def test_an_unended_meeting_no_seat_holds_stops_at_its_last_event(netvaerk: Program) -> None:
    meeting = left_running(netvaerk)
    end = meeting_end(meeting.state, live=False, now=DAYS_LATER)
    assert end.kind is EndKind.NOT_ENDED and end.unended
    assert end.at == START + timedelta(minutes=42)
    current = meeting.state.agenda.current
    assert current is not None
    assert meeting.state.agenda.elapsed_seconds(current, end.at) == 25 * 60
    assert looking_back(meeting.state) == end


def test_an_unended_meeting_a_seat_holds_counts_to_now(netvaerk: Program) -> None:
    meeting = left_running(netvaerk)
    end = meeting_end(meeting.state, live=True, now=DAYS_LATER)
    assert end.kind is EndKind.RUNNING and not end.unended
    assert end.at == DAYS_LATER
    # A wall clock gone back before the last event reads that event, never earlier.
    back = meeting_end(meeting.state, live=True, now=START)
    assert back.at == START + timedelta(minutes=42)


def test_an_ended_meeting_stops_at_its_end_whoever_holds_it(netvaerk: Program) -> None:
    meeting = left_running(netvaerk)
    meeting.record(quit_meeting(meeting.state.agenda, Quitting.END), 60)
    for live in (False, True):
        end = meeting_end(meeting.state, live=live, now=DAYS_LATER)
        assert end.kind is EndKind.ENDED and not end.unended
        assert end.at == START + timedelta(minutes=43)


def test_the_referat_says_which_end_it_is(netvaerk: Program) -> None:
    meeting = left_running(netvaerk)
    utc = UTC
    unended = meeting_end(meeting.state, live=False, now=DAYS_LATER)
    assert time_fact(START, unended, utc) == "kl. 18.00–18.42 (ikke afsluttet)"
    assert unended_line(unended, utc) == (
        "Mødet blev ikke afsluttet; tiderne går til det sidste, der blev registreret, kl. 18.42."
    )
    running = meeting_end(meeting.state, live=True, now=START + timedelta(hours=1))
    assert time_fact(START, running, utc) == "kl. 18.00–19.00 – mødet er i gang"
    meeting.record(quit_meeting(meeting.state.agenda, Quitting.END), 60)
    ended = meeting_end(meeting.state, live=False, now=DAYS_LATER)
    assert time_fact(START, ended, utc) == "kl. 18.00–18.43"
