"""Who an agreement or an off-the-record note is written by, seen from the seat."""

from __future__ import annotations

from facilitator.core.participants import Participant
from facilitator.core.referat import ReferatState
from facilitator.core.seat_names import seat_name
from facilitator.core.seats import Seat
from facilitator.core.turns import TurnsState


def test_a_seat_is_named_by_its_person_and_by_its_role_before_roles_are_given() -> None:
    turns, referat = TurnsState(), ReferatState()
    assert seat_name(Seat.CHAIR, referat, turns) == "ordstyrer"
    assert seat_name(Seat.REFERENT, referat, turns) == "referent"
    assert seat_name(Seat.DISPLAY, referat, turns) == ""
    turns.participants["anne"] = Participant("anne", "Anne Holm", "", "ordstyrer", 1, "", "")
    assert seat_name(Seat.CHAIR, referat, turns) == "Anne Holm"
    assert seat_name(Seat.REFERENT, referat, turns) == "referent"
