"""Themes, temaansvarlige and a host in the meeting plan: read from one typed line, given
to the meetings in order, the host in turn like chair and referent; old plans still read."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from facilitator.core.event_shapes import fits
from facilitator.core.events import Event
from facilitator.core.meeting_plan import (
    PlanInputError,
    PlannedMeeting,
    host_in_turn,
    parse_interval,
    plan_meetings,
)
from facilitator.core.referat import ReferatState, meeting_plan_data
from facilitator.core.theme_plan import Theme, parse_themes, with_themes
from tests.conftest import COPENHAGEN


def plan(people: list[str], count: int = 4) -> list[PlannedMeeting]:
    return plan_meetings(
        date(2027, 1, 14), parse_interval("4w"), count, time(19), timedelta(hours=2),
        COPENHAGEN, people,
    )  # fmt: skip


def test_themes_are_read_in_order_with_their_owners() -> None:
    assert parse_themes("Feedback: Anne, Bo; Konflikthåndtering: Carla; ; Kommunikation;") == [
        Theme("Feedback", ("Anne", "Bo")),
        Theme("Konflikthåndtering", ("Carla",)),
        Theme(""),
        Theme("Kommunikation"),
    ]
    assert parse_themes("Uformelle  roller: Anne og Bo") == [
        Theme("Uformelle roller", ("Anne", "Bo"))
    ]
    assert parse_themes("Feedback: Anne + Bo & Carla")[0].owners == ("Anne", "Bo", "Carla")
    assert parse_themes("") == [] and parse_themes(" ; ") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (": Anne", "plan.theme_empty"),
        ("x" * 101, "plan.theme_long"),
        ("T: " + "y" * 101, "plan.theme_long"),
    ],
)
def test_a_theme_line_that_cannot_be_read_is_refused(text: str, message: str) -> None:
    with pytest.raises(PlanInputError) as caught:
        parse_themes(text)
    assert caught.value.message == message


def test_the_themes_go_to_the_meetings_in_order_and_more_themes_than_meetings_is_refused() -> None:
    meetings = with_themes(plan([]), parse_themes("Feedback: Anne, Bo; ; Kommunikation"))
    assert [(m.theme, m.owners) for m in meetings] == [
        ("Feedback", ("Anne", "Bo")), ("", ()), ("Kommunikation", ()), ("", ()),
    ]  # fmt: skip
    with pytest.raises(PlanInputError) as caught:
        with_themes(plan([], 2), parse_themes("A; B; C"))
    assert (caught.value.message, caught.value.value) == ("plan.themes_too_many", "C")


def test_the_host_rotates_third_in_line_so_nobody_holds_two_roles() -> None:
    meetings = plan(["Anne", "Bo", "Carla", "Dorte"])
    assert [(m.chair, m.referent, m.host) for m in meetings] == [
        ("Anne", "Bo", "Carla"),
        ("Bo", "Carla", "Dorte"),
        ("Carla", "Dorte", "Anne"),
        ("Dorte", "Anne", "Bo"),
    ]
    # In a pair the chair hosts; alone, that one does; without a rotation nobody is named.
    assert [host_in_turn(["Anne", "Bo"], i) for i in range(3)] == ["Anne", "Bo", "Anne"]
    assert host_in_turn(["Anne"], 5) == "Anne" and host_in_turn([], 0) == ""
    assert {m.host for m in plan([])} == {""}


def test_theme_owners_and_host_are_kept_in_the_referat_and_an_old_plan_still_reads() -> None:
    meetings = with_themes(plan(["Anne", "Bo", "Carla"]), [Theme("Feedback", ("Anne", "Bo"))])
    data = meeting_plan_data(meetings, "Biblioteket", "")
    assert data["meetings"][0]["theme"] == "Feedback"
    assert "theme" not in data["meetings"][1]  # given only when there is one
    referat = ReferatState()
    assert referat.apply(Event(1, datetime(2026, 12, 1, tzinfo=UTC), "meetings_planned", data))
    assert referat.meeting_plan is not None
    assert referat.meeting_plan.meetings == tuple(meetings)
    old = {
        "meetings": [
            {"starts": "2027-01-14T19:00:00+01:00", "ends": "2027-01-14T21:00:00+01:00",
             "chair": "Anne", "referent": "Bo"},
        ]
    }  # fmt: skip
    older = ReferatState()
    assert older.apply(Event(2, datetime(2026, 12, 1, tzinfo=UTC), "meetings_planned", old))
    assert older.meeting_plan is not None
    (first,) = older.meeting_plan.meetings
    assert (first.chair, first.host, first.theme, first.owners) == ("Anne", "", "", ())
    damaged = {"meetings": [{**old["meetings"][0], "owners": "Anne"}]}
    assert not fits(Event(3, datetime(2026, 12, 1, tzinfo=UTC), "meetings_planned", damaged))
