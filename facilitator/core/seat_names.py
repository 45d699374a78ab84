"""Who sits at a seat, by name: what an agreement, a time-out or an off-the-record note is
recorded as written by."""

from __future__ import annotations

from facilitator.core.referat import ReferatState
from facilitator.core.roles import meeting_roles
from facilitator.core.seats import Seat
from facilitator.core.turns import TurnsState

SEAT_ROLES = {Seat.CHAIR: "ordstyrer", Seat.REFERENT: "referent"}


def seat_name(seat: Seat, referat: ReferatState, turns: TurnsState) -> str:
    """The chair's or the referent's name as the meeting has it; the role (»ordstyrer«,
    »referent«) when nobody has it: an agreement says who wrote it even before roles are
    given. Empty for a seat that writes nothing."""
    role = SEAT_ROLES.get(seat)
    return (meeting_roles(referat, turns).get(role) or role) if role else ""
