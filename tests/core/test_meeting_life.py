"""A meeting's life: not started, running, paused, ended; the floor and the talk timer go
with it, and a meeting never ended stops at its last recorded activity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from facilitator.core import agenda
from facilitator.core.events import Event, EventDraft, Refusal
from facilitator.core.meeting_life import (
    MeetingLife,
    Quitting,
    default_quitting,
    meeting_life,
    quit_meeting,
    quit_needs_an_answer,
)
from facilitator.core.program import Program
from facilitator.core.session import SessionState, route_event
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent

START = datetime(2026, 11, 26, 18, tzinfo=UTC)


class Meeting:
    def __init__(self, program: Program) -> None:
        self.state = SessionState.from_events(program, [])
        self.now, self.seq = START, 0

    def record(self, draft: EventDraft | Refusal, seconds: float = 0) -> None:
        assert isinstance(draft, EventDraft), draft
        self.now += timedelta(seconds=seconds)
        self.seq += 1
        event = Event(self.seq, self.now, draft.type, draft.data)
        route_event(self.state.agenda, self.state.referat, event, self.state.turns)
        self.state.last_at = event.at

    def speak(self, name: str, seconds: float = 0) -> None:
        self.record(add_participant(self.state.turns, name, ""))
        who = self.state.turns.find(name)
        assert who is not None
        self.record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": who.id}), seconds)


def test_the_life_of_a_meeting_and_what_quitting_asks(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    state = meeting.state.agenda
    assert meeting_life(state) is MeetingLife.NOT_STARTED and not quit_needs_an_answer(state)
    meeting.record(agenda.toggle_clock(state))
    assert meeting_life(state) is MeetingLife.RUNNING and quit_needs_an_answer(state)
    assert default_quitting(state) is Quitting.PAUSE
    meeting.record(quit_meeting(state, Quitting.PAUSE), 60)
    assert meeting_life(state) is MeetingLife.PAUSED and not quit_needs_an_answer(state)
    meeting.record(agenda.toggle_clock(state), 60)
    for _ in netvaerk.blocks[1:]:
        meeting.record(agenda.next_block(state), 60)
    assert default_quitting(state) is Quitting.END  # the last item
    meeting.record(quit_meeting(state, Quitting.END), 30)
    assert meeting_life(state) is MeetingLife.ENDED
    assert state.ended_at == meeting.now
    assert isinstance(quit_meeting(state, Quitting.END), Refusal)


def test_the_floor_and_the_talk_timer_end_with_the_meeting(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns = meeting.state.turns
    meeting.record(agenda.toggle_clock(meeting.state.agenda))
    meeting.speak("Anne")
    meeting.record(quit_meeting(meeting.state.agenda, Quitting.END), 90)
    assert turns.speaker is None
    anne = turns.find("Anne")
    assert anne is not None
    later = meeting.now + timedelta(hours=2)
    assert turns.total_seconds(anne.id, later) == 90  # not a second more afterwards


def test_the_talk_timer_stands_still_while_the_clock_does(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns, state = meeting.state.turns, meeting.state.agenda
    meeting.record(agenda.toggle_clock(state))
    meeting.speak("Anne")
    meeting.record(agenda.toggle_clock(state), 40)  # pause after 40 s
    paused = meeting.now
    assert turns.speaking_seconds(paused + timedelta(minutes=10)) == 40
    meeting.record(agenda.toggle_clock(state), 600)  # on again ten minutes later
    assert turns.speaking_seconds(meeting.now + timedelta(seconds=20)) == 60
    anne = turns.find("Anne")
    assert anne is not None
    assert turns.total_seconds(anne.id, meeting.now + timedelta(seconds=20)) == 60
    meeting.record(agenda.toggle_clock(state), 5)
    meeting.speak("Bo", 30)  # given the word while paused: nothing runs
    assert turns.speaking_seconds(meeting.now + timedelta(minutes=5)) == 0


def test_a_meeting_left_running_stops_at_its_last_recorded_activity(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    meeting.record(agenda.toggle_clock(meeting.state.agenda))
    meeting.record(quit_meeting(meeting.state.agenda, Quitting.LEAVE_RUNNING), 300)
    assert meeting_life(meeting.state.agenda) is MeetingLife.RUNNING
    assert meeting.state.moment() == START + timedelta(seconds=300)
    assert meeting.state.span() == (START, START + timedelta(seconds=300))
    assert meeting.state.agenda.ignored_events == 0
