"""Someone the chair marks present who is not on the roster is put on it, with a seat."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.core.events import Event, EventDraft
from facilitator.core.referat import ReferatState
from facilitator.core.seats import Seat
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnsState
from facilitator.core.typed_lines import Entries, read_line

TODAY = date(2026, 12, 1)


def event(seq: int, draft: EventDraft) -> Event:
    return Event(seq, datetime(2026, 12, 1, 18, tzinfo=UTC), draft.type, dict(draft.data))


def roster_with_anne() -> TurnsState:
    turns = TurnsState()
    turns.apply(event(1, add_participant(turns, "Anne")), None)
    return turns


def test_the_chairs_fremmoede_seats_the_new_people_after_the_roster() -> None:
    turns = roster_with_anne()
    read = read_line("/fremmøde Anne, Bo, Carla", "b", TODAY, Seat.CHAIR, ReferatState(), turns)
    assert isinstance(read, Entries)
    assert read.seated == ("Bo", "Carla")
    added = [d.data for d in read.drafts if d.type == "participant_added"]
    assert [(a["name"], a["seat"]) for a in added] == [("Bo", 2), ("Carla", 3)]
    assert len({a["id"] for a in added}) == 2
    for number, draft in enumerate(read.drafts, 2):
        turns.apply(event(number, draft), None)
    assert sorted(p.name for p in turns.participants.values()) == ["Anne", "Bo", "Carla"]


def test_the_referent_marks_them_present_without_touching_the_roster() -> None:
    turns = roster_with_anne()
    read = read_line("/fremmøde Bo", "b", TODAY, Seat.REFERENT, ReferatState(), turns)
    assert isinstance(read, Entries)
    assert read.seated == () and read.new_names == ("Bo",)
    assert all(d.type != "participant_added" for d in read.drafts)


def test_apologies_put_nobody_on_the_roster() -> None:
    turns = roster_with_anne()
    read = read_line("/afbud Dorte", "b", TODAY, Seat.CHAIR, ReferatState(), turns)
    assert isinstance(read, Entries)
    assert read.seated == ()
    assert all(d.type != "participant_added" for d in read.drafts)
