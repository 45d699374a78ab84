"""Meeting plans: intervals, durations, summer time and who chairs in turn."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from facilitator.core.meeting_plan import (
    Interval,
    PlanInputError,
    parse_clock,
    parse_duration,
    parse_interval,
    plan_meetings,
    rotation,
)
from tests.conftest import COPENHAGEN


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("4w", Interval(days=28)),
        ("4u", Interval(days=28)),
        ("4 uger", Interval(days=28)),
        ("14d", Interval(days=14)),
        ("1m", Interval(months=1)),
        ("2 måneder", Interval(months=2)),
    ],
)
def test_intervals_in_danish_and_short_form(text: str, interval: Interval) -> None:
    assert parse_interval(text) == interval


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("2h30", 150), ("2t30", 150), ("2 t 30 min", 150), ("150m", 150), ("2:30", 150), ("2h", 120)],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "hver uge", "0w", "-2w"])
def test_bad_interval_names_the_text(text: str) -> None:
    with pytest.raises(PlanInputError) as raised:
        parse_interval(text)
    assert raised.value.value == text
    assert raised.value.message == "plan.bad_every"


@pytest.mark.parametrize("text", ["", "lang", "0m", "25h"])
def test_bad_duration(text: str) -> None:
    with pytest.raises(PlanInputError):
        parse_duration(text)


def test_clock_times() -> None:
    assert parse_clock("19:00") == time(19, 0)
    assert parse_clock("19.30") == time(19, 30)
    assert parse_clock("9") == time(9, 0)
    for bad in ("24:00", "19:60", "kl. 19"):
        with pytest.raises(PlanInputError):
            parse_clock(bad)


def test_wall_clock_time_holds_across_summer_time() -> None:
    # Summer time begins on 28 March 2027: 19.00 stays 19.00 on the wall, UTC moves.
    meetings = plan_meetings(
        date(2027, 1, 14),
        parse_interval("4w"),
        6,
        time(19),
        timedelta(hours=2, minutes=30),
        COPENHAGEN,
    )
    assert [m.starts.date() for m in meetings] == [
        date(2027, 1, 14),
        date(2027, 2, 11),
        date(2027, 3, 11),
        date(2027, 4, 8),
        date(2027, 5, 6),
        date(2027, 6, 3),
    ]
    assert {m.starts.time() for m in meetings} == {time(19)}
    assert {m.ends.time() for m in meetings} == {time(21, 30)}
    offsets = [m.starts.utcoffset() for m in meetings]
    assert offsets[:3] == [timedelta(hours=1)] * 3
    assert offsets[3:] == [timedelta(hours=2)] * 3


def test_monthly_keeps_the_day_or_the_last_day_of_a_short_month() -> None:
    meetings = plan_meetings(
        date(2027, 1, 31), Interval(months=1), 3, time(17), timedelta(hours=1), COPENHAGEN
    )
    assert [m.starts.date() for m in meetings] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]


def test_chair_and_referent_take_turns() -> None:
    people = ["Anne", "Bo", "Carla"]
    assert [rotation(people, index) for index in range(4)] == [
        ("Anne", "Bo"),
        ("Bo", "Carla"),
        ("Carla", "Anne"),
        ("Anne", "Bo"),
    ]
    assert rotation(["Anne"], 0) == ("Anne", "")
    assert rotation([], 3) == ("", "")
    meetings = plan_meetings(
        date(2027, 1, 14), Interval(days=28), 2, time(19), timedelta(hours=2), COPENHAGEN, people
    )
    assert [(m.number, m.chair, m.referent) for m in meetings] == [
        (1, "Anne", "Bo"),
        (2, "Bo", "Carla"),
    ]


def test_at_least_one_meeting() -> None:
    with pytest.raises(PlanInputError):
        plan_meetings(
            date(2027, 1, 14), Interval(days=7), 0, time(19), timedelta(hours=1), COPENHAGEN
        )
