"""The talerliste with a FakeClock: priorities, quiet first, talk time per block and meeting."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft
from facilitator.core.participants import Participant
from facilitator.core.turn_commands import add_participant, next_speaker, stamp
from facilitator.core.turns import Priority, TurnEvent, TurnsState


class Turns:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.state = TurnsState()
        self.events: list[Event] = []
        self.block = "velkommen"

    def do(self, draft: EventDraft | None) -> None:
        assert draft is not None
        event = Event(len(self.events) + 1, self.clock.now(), draft.type, dict(draft.data))
        self.events.append(event)
        assert self.state.apply(event, self.block), draft

    def queue(self, who: str, priority: Priority = Priority.NORMAL) -> None:
        self.do(
            EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": who, "priority": priority.name})
        )


def with_people(clock: FakeClock, *names: str) -> Turns:
    turns = Turns(clock)
    for name in names:
        turns.do(add_participant(turns.state, name))
    return turns


def test_handles_are_seat_numbers_and_names_are_found(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla", "Bodil")
    assert turns.state.handles() == {"anne": "1", "bo": "2", "carla": "3", "bodil": "4"}
    assert name_of(turns.state.find("3")) == "Carla"
    assert name_of(turns.state.find("car")) == "Carla"
    assert name_of(turns.state.find("bo")) == "Bo"  # exact beats prefix
    assert turns.state.find("b") is None  # ambiguous


def test_priorities_jump_the_queue_in_their_order(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla", "Dorte", "Erik")
    turns.queue("anne")
    turns.queue("bo", Priority.CLARIFY)
    turns.queue("carla")
    turns.queue("dorte", Priority.REPLY)
    turns.queue("erik", Priority.POINT_OF_ORDER)
    order = [e.participant for e in turns.state.ordered_queue(clock.now())]
    assert order == ["erik", "dorte", "bo", "anne", "carla"]


def test_quiet_first_puts_those_who_spoke_least_first(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla")
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(300)
    turns.queue("bo")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(60)
    turns.do(EventDraft(TurnEvent.SPEAKER_STOPPED))
    turns.queue("anne")
    turns.queue("bo")
    turns.queue("carla")
    plain = [e.participant for e in turns.state.ordered_queue(clock.now())]
    quiet = [e.participant for e in turns.state.ordered_queue(clock.now(), quiet_first=True)]
    assert plain == ["anne", "bo", "carla"]
    assert quiet == ["carla", "bo", "anne"]


def test_talk_time_per_block_and_meeting(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo")
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(90)
    turns.block = "praesentationsrunde"  # the chair moved on; Anne's turn began in velkommen
    turns.queue("bo")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(30)
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(45)
    state, now = turns.state, clock.now()
    assert state.total_seconds("anne", now) == 135
    assert state.total_seconds("anne", now, "velkommen") == 90
    assert state.total_seconds("anne", now, "praesentationsrunde") == 45
    assert state.total_seconds("bo", now) == 30
    assert state.turn_count("anne") == 2 and state.turn_count("anne", "velkommen") == 1
    assert state.speaker == "anne" and state.speaking_seconds(now) == 45


def test_replay_after_a_crash_keeps_the_speaker_and_time_spoken(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo")
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(100)
    replayed = TurnsState()
    for event in turns.events:
        replayed.apply(event, "velkommen")
    clock.advance(20)  # the restart took 20 s; Anne kept talking
    assert replayed.speaker == "anne"
    assert replayed.total_seconds("anne", clock.now()) == 120


def test_next_speaker_stops_when_the_queue_is_empty(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne")
    assert next_speaker(turns.state, clock.now()) is None
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    stop = next_speaker(turns.state, clock.now())
    assert stop is not None and stop.type == TurnEvent.SPEAKER_STOPPED


def test_bad_turn_events_are_refused(clock: FakeClock) -> None:
    state = TurnsState()
    assert not state.apply(
        Event(1, clock.now(), TurnEvent.SPEAKER_QUEUED, {"participant": "x"}), None
    )
    assert not state.apply(Event(2, clock.now(), TurnEvent.PARTICIPANT_ADDED, {"id": "a"}), None)
    assert not state.apply(Event(3, clock.now(), TurnEvent.SPEAKER_STOPPED, {}), None)


def test_stamp_format(clock: FakeClock) -> None:
    assert stamp(clock.now().replace(hour=19, minute=32), "Anne") == "[19.32] Anne: "


def test_fairness_rows_per_block_and_meeting_with_the_silent_marked(clock: FakeClock) -> None:
    from facilitator.core.fairness import fairness

    turns = with_people(clock, "Anne", "Bo", "Carla")
    turns.queue("bo")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(200)
    turns.block = "pause"
    turns.queue("anne")
    turns.do(next_speaker(turns.state, clock.now()))
    clock.advance(50)
    rows = {row.name: row for row in fairness(turns.state, "pause", clock.now())}
    assert (rows["Bo"].block_seconds, rows["Bo"].meeting_seconds) == (0, 200)
    assert (rows["Anne"].block_seconds, rows["Anne"].block_turns) == (50, 1)
    assert rows["Carla"].silent and not rows["Bo"].silent
    assert [row.name for row in fairness(turns.state, None, clock.now())] == ["Anne", "Bo", "Carla"]


def name_of(person: Participant | None) -> str:
    assert person is not None
    return person.name
