"""What an invitation says: clock times from the start, and what was not given."""

from __future__ import annotations

from datetime import date, time

import pytest

from facilitator.core.invitation import (
    InvitationDetails,
    build_invitation,
    details_from_text,
    parse_day,
)
from facilitator.core.meeting_plan import PlanInputError
from facilitator.core.program import Program


def test_agenda_gets_clock_times_from_the_start(netvaerk: Program) -> None:
    invitation = build_invitation(netvaerk, InvitationDetails(starts_at=time(19, 0)))
    times = [(line.starts, line.ends, line.title) for line in invitation.agenda]
    assert times[0] == (time(19, 0), time(19, 15), "Velkommen")
    assert times[1] == (time(19, 15), time(20, 0), "Præsentationsrunde")
    assert times[-1][1] == time(21, 40)
    assert invitation.ends_at == time(21, 40)


def test_without_a_start_the_agenda_has_minutes_only(netvaerk: Program) -> None:
    invitation = build_invitation(netvaerk, InvitationDetails())
    assert all(line.starts is None for line in invitation.agenda)
    assert [line.minutes for line in invitation.agenda] == [15, 45, 20, 40, 20, 20]
    assert invitation.ends_at is None


def test_missing_details_are_listed_not_invented(netvaerk: Program) -> None:
    given = InvitationDetails(
        day=date(2026, 12, 3), starts_at=time(19), place="Kulturhuset", sender="Mette"
    )
    assert build_invitation(netvaerk, given).missing == ("recipient", "chair", "reply_by")
    everything = InvitationDetails(
        day=date(2026, 12, 3),
        starts_at=time(19),
        place="Kulturhuset",
        sender="Mette",
        chair="Bo",
        recipient="alle",
        reply_by=date(2026, 11, 30),
    )
    assert build_invitation(netvaerk, everything).missing == ()


def test_details_as_typed_in_the_form_or_the_options() -> None:
    today = date(2026, 11, 26)
    details = details_from_text(
        {"day": "3.12", "starts_at": "19.30", "place": " Kulturhuset ", "reply_by": ""},
        today,
        group="Netværk Nord",
    )
    assert (details.day, details.starts_at, details.place) == (
        date(2026, 12, 3),
        time(19, 30),
        "Kulturhuset",
    )
    assert details.reply_by is None and details.group == "Netværk Nord"
    assert parse_day("1.1", today) == date(2027, 1, 1)  # the next 1 January
    for bad, message in (
        ({"day": "i morgen"}, "invite.bad_date"),
        ({"starts_at": "25"}, "plan.bad_time"),
    ):
        with pytest.raises(PlanInputError) as raised:
            details_from_text(bad, today)
        assert raised.value.message == message
