"""Who chairs and who writes the referat: one answer per meeting, carried to the next.

The roster's roles are the meeting's unless `/ordstyrer` or `/referent` says otherwise;
`/næste`'s chair and referent become the roster's roles for the group's next meeting and
the first pair of `/mødeplan`'s rotation. Before this, a referat could name Anne as chair
under Mødeplan and Carla under Næste møde, and the next meeting kept Anne and Bo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from facilitator.core.names import Matched, match_name
from facilitator.core.participants import Participant
from facilitator.core.referat import NextMeeting, ReferatState
from facilitator.core.turns import TurnsState

ROLES = ("ordstyrer", "referent")
ORDINARY = "deltager"


def meeting_roles(referat: ReferatState, turns: TurnsState) -> dict[str, str]:
    """Role → name for the chair and the referent of this meeting."""
    roles: dict[str, str] = {}
    for person in sorted(turns.participants.values(), key=lambda p: (p.seat, p.name)):
        if person.role in ROLES:
            roles.setdefault(person.role, person.name)
    roles.update({role: name for role, name in referat.roles.items() if role in ROLES})
    return roles


def chosen_for_next(next_meeting: NextMeeting | None) -> dict[str, str]:
    """Role → typed name from `/næste` (the empty ones left out)."""
    if next_meeting is None:
        return {}
    chosen = {"ordstyrer": next_meeting.chair, "referent": next_meeting.referent}
    return {role: name.strip() for role, name in chosen.items() if name.strip()}


def roster_for_next(
    people: Iterable[Participant], next_meeting: NextMeeting | None
) -> tuple[Participant, ...]:
    """The roster the group's next meeting starts with: the roles as `/næste` chose them
    (the one who had the role before is a participant again). A chosen name that fits no
    one, or two people, leaves that role as it was."""
    roster = list(people)
    for role, typed in chosen_for_next(next_meeting).items():
        match = match_name(typed, [person.name for person in roster])
        if not isinstance(match, Matched) or not match.known:
            continue
        roster = [
            replace(person, role=role)
            if person.name == match.name
            else replace(person, role=ORDINARY)
            if person.role == role
            else person
            for person in roster
        ]
    return tuple(roster)


def rotation_from(people: Sequence[str], next_meeting: NextMeeting | None) -> list[str]:
    """The order for a plan's rotation: `/næste`'s chair first and its referent second (so
    the plan's first meeting is the one already agreed), then the rest in seat order."""
    order = list(people)
    chosen = chosen_for_next(next_meeting)
    if "ordstyrer" not in chosen:
        return order
    front: list[str] = []
    for role in ROLES:
        if role not in chosen:
            continue
        match = match_name(chosen[role], order)
        if isinstance(match, Matched) and match.known and match.name not in front:
            front.append(match.name)
    return front + [name for name in order if name not in front]
