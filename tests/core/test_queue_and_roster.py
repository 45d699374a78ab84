"""Moving people on the talerliste, and the roster: seats, roles, changes, removal."""

from __future__ import annotations

from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft
from facilitator.core.participants import Participant
from facilitator.core.turn_commands import move_in_queue
from facilitator.core.turns import Priority, TurnEvent, TurnsState
from tests.core.test_turns import with_people


def order(turns: TurnsState, clock: FakeClock) -> list[str]:
    return [entry.participant for entry in turns.ordered_queue(clock.now())]


def test_moving_up_and_down_within_the_same_priority(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla", "Dorte")
    for who in ("anne", "bo", "carla"):
        turns.queue(who)
    turns.queue("dorte", Priority.REPLY)
    turns.do(move_in_queue(turns.state, "carla", "up"))
    assert order(turns.state, clock) == ["dorte", "anne", "carla", "bo"]
    turns.do(move_in_queue(turns.state, "carla", "up"))
    assert order(turns.state, clock) == ["dorte", "carla", "anne", "bo"]
    # Carla cannot pass Dorte's reply, and Dorte is alone with her priority.
    assert move_in_queue(turns.state, "carla", "up") is None
    assert move_in_queue(turns.state, "dorte", "down") is None
    turns.do(move_in_queue(turns.state, "anne", "down"))
    assert order(turns.state, clock) == ["dorte", "carla", "bo", "anne"]
    assert move_in_queue(turns.state, "anne", "down") is None
    assert move_in_queue(turns.state, "nobody", "up") is None


def test_moves_replay_to_the_same_order(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla")
    for who in ("anne", "bo", "carla"):
        turns.queue(who)
    turns.do(move_in_queue(turns.state, "carla", "up"))
    turns.do(move_in_queue(turns.state, "carla", "up"))
    replayed = TurnsState()
    for event in turns.events:
        replayed.apply(event, "velkommen")
    assert order(replayed, clock) == order(turns.state, clock) == ["carla", "anne", "bo"]


def test_seats_set_the_handles_and_the_round_order(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo", "Carla")
    assert turns.state.handles() == {"anne": "1", "bo": "2", "carla": "3"}
    turns.do(EventDraft(TurnEvent.SEATS_SET, {"order": ["carla", "anne"]}))
    assert turns.state.handles() == {"carla": "1", "anne": "2", "bo": "3"}
    assert turns.state.find("1") == turns.state.participants["carla"]
    unknown = Event(99, clock.now(), TurnEvent.SEATS_SET, {"order": ["zoe"]})
    assert not turns.state.apply(unknown, "velkommen")


def test_changing_a_participant_keeps_their_talk_time(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne")
    turns.do(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": "anne"}))
    clock.advance(30)
    change = {"id": "anne", "name": "Anne Holm", "role": "referent", "email": "a@x.dk"}
    turns.do(EventDraft(TurnEvent.PARTICIPANT_CHANGED, change))
    person = turns.state.participants["anne"]
    assert (person.name, person.role, person.email) == ("Anne Holm", "referent", "a@x.dk")
    assert turns.state.total_seconds("anne", clock.now()) == 30
    odd_role = {"id": "anne", "role": "konge"}
    turns.do(EventDraft(TurnEvent.PARTICIPANT_CHANGED, odd_role))
    assert turns.state.participants["anne"].role == "deltager"
    empty_name = Event(50, clock.now(), TurnEvent.PARTICIPANT_CHANGED, {"id": "anne", "name": ""})
    assert not turns.state.apply(empty_name, "velkommen")


def test_only_someone_who_never_spoke_can_be_removed(clock: FakeClock) -> None:
    turns = with_people(clock, "Anne", "Bo")
    turns.do(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": "anne"}))
    turns.queue("bo")
    remove_anne = Event(90, clock.now(), TurnEvent.PARTICIPANT_REMOVED, {"id": "anne"})
    assert not turns.state.apply(remove_anne, "velkommen")
    turns.do(EventDraft(TurnEvent.PARTICIPANT_REMOVED, {"id": "bo"}))
    assert "bo" not in turns.state.participants and turns.state.queue == []


def test_a_seeded_roster_is_where_the_fold_starts(clock: FakeClock) -> None:
    state = TurnsState()
    roster = [Participant("anne", "Anne", seat=2), Participant("bo", "Bo", seat=1)]
    state.seed(roster, [("anne", "bo"), ("anne", "zoe")])
    assert state.handles() == {"bo": "1", "anne": "2"}
    assert state.colleagues == {frozenset(("anne", "bo"))}
