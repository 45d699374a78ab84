"""Roles flow: roster → referat header; /næste's chair and referent → the next meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.core.events import Event
from facilitator.core.participants import Participant
from facilitator.core.referat import NextMeeting, ReferatState
from facilitator.core.roles import meeting_roles, roster_for_next, rotation_from
from facilitator.core.turns import TurnsState

MOMENT = datetime(2026, 11, 26, 18, tzinfo=UTC)
ROSTER = (
    Participant("anne", "Anne Holm", role="ordstyrer", seat=1),
    Participant("bo", "Bo Berg", role="referent", seat=2),
    Participant("carla", "Carla", seat=3),
    Participant("dorte", "Dorte Lund", seat=4),
)


def test_the_rosters_roles_are_the_meetings_unless_a_line_says_otherwise() -> None:
    turns, referat = TurnsState(), ReferatState()
    turns.seed(ROSTER, ())
    assert meeting_roles(referat, turns) == {"ordstyrer": "Anne Holm", "referent": "Bo Berg"}
    referat.apply(Event(1, MOMENT, "role_set", {"role": "referent", "name": "Carla"}))
    assert meeting_roles(referat, turns) == {"ordstyrer": "Anne Holm", "referent": "Carla"}


def test_naeste_chooses_the_next_meetings_chair_and_referent() -> None:
    chosen = NextMeeting(chair="carla", referent="Dorte")
    roles = {p.name: p.role for p in roster_for_next(ROSTER, chosen)}
    assert roles == {
        "Anne Holm": "deltager",
        "Bo Berg": "deltager",
        "Carla": "ordstyrer",
        "Dorte Lund": "referent",
    }
    assert roster_for_next(ROSTER, None) == ROSTER
    unknown = NextMeeting(chair="Søs")
    assert roster_for_next(ROSTER, unknown) == ROSTER


def test_the_plan_rotation_starts_with_the_pair_already_agreed() -> None:
    names = [p.name for p in ROSTER]
    chosen = NextMeeting(chair="Carla", referent="Anne")
    assert rotation_from(names, chosen) == ["Carla", "Anne Holm", "Bo Berg", "Dorte Lund"]
    assert rotation_from(names, NextMeeting(referent="Bo")) == names
    assert rotation_from(names, None) == names
