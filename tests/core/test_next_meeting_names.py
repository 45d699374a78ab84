"""`/næste` records the chair and referent by the names the meeting knows them by: »Anne«
typed is the roster's »Anne Holm«; a name two people have, or no one, stays as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.core.events import Event, EventDraft
from facilitator.core.program import Program
from facilitator.core.referat_actions import set_next_meeting
from facilitator.core.session import SessionState

TODAY = date(2026, 11, 26)
PEOPLE = ["Anne Holm", "Bo Berg", "Carla Sørensen", "Carla Jensen"]


def recorded(values: dict[str, str]) -> dict[str, object]:
    action = set_next_meeting(values, TODAY, PEOPLE)
    assert isinstance(action, list)
    (draft,) = action
    assert isinstance(draft, EventDraft)
    return dict(draft.data)


def test_a_first_name_only_one_has_is_recorded_as_the_full_name() -> None:
    data = recorded({"date": "10.12", "chair": "anne", "referent": " Bo "})
    assert data["chair"] == "Anne Holm" and data["referent"] == "Bo Berg"
    assert data["date"] == "2026-12-10"


def test_a_name_two_have_or_no_one_has_stays_as_typed() -> None:
    data = recorded({"chair": "Carla", "referent": "Dorte"})
    assert data["chair"] == "Carla" and data["referent"] == "Dorte"
    assert recorded({"chair": "", "referent": ""}) == {"chair": "", "referent": "", "date": ""}


def test_the_referat_names_the_full_name(netvaerk: Program) -> None:
    action = set_next_meeting({"chair": "Anne", "referent": "bo berg"}, TODAY, PEOPLE)
    assert isinstance(action, list)
    state = SessionState.from_events(
        netvaerk, [Event(1, datetime(2026, 11, 26, 18, tzinfo=UTC), d.type, d.data) for d in action]
    )
    upcoming = state.referat.next_meeting
    assert upcoming is not None
    assert (upcoming.chair, upcoming.referent) == ("Anne Holm", "Bo Berg")
