"""Who is on in the current phase: »Gruppe 2 fremlægger«, »Anne præsenterer Bo«.

A presentation phase (kind `present`) walks the item's groups like a round: each group has
an equal share of the phase, in the order of the split, and the line moves on with the
clock (so every seat, and a resumed one, shows the same group). A phase where each presents
their neighbour (kind `introduce`) is a round in seat order: the one who has the word, or
is next, presents the person to their right, the next in the order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.events import EventDraft, EventType, Refusal
from facilitator.core.phase_run import PhaseNow, phase_now
from facilitator.core.phases import ROUND_KINDS, PhaseKind
from facilitator.core.referat import ReferatState
from facilitator.core.rounds import round_order, speaks_in_round, still_to_speak
from facilitator.core.turns import TurnsState
from facilitator.i18n import format_countdown, tr


@dataclass(frozen=True)
class GroupTurn:
    number: int
    """1-based; 0 once every group has had its share."""
    of: int
    remaining_seconds: int


def group_walk(
    planned: float, elapsed: float, groups: int, moves: list[tuple[float, int]]
) -> GroupTurn:
    """Which group presents `elapsed` seconds into a phase of `planned` seconds. Like a
    round: the groups still to come share the time left equally, and F8 (`moves`: at which
    second which group got the word) gives the next group the word before its time."""
    group, start = 0, 0.0

    def share() -> float:
        return (planned - start) / (groups - group)

    def advance(upto: float) -> None:
        nonlocal group, start
        while group < groups and share() > 0 and start + share() <= upto:
            start += share()
            group += 1

    for at, moved_to in moves:
        advance(at)
        group, start = min(moved_to, groups), at
    advance(elapsed)
    if group >= groups:
        return GroupTurn(0, groups, 0)
    return GroupTurn(group + 1, groups, max(0, math.ceil(start + share() - elapsed)))


def group_turn(agenda: AgendaState, phase: PhaseNow, groups: int) -> GroupTurn:
    """The group walk of the current phase, with the chair's F8 in this phase."""
    block = agenda.current
    assert block is not None
    moves = [
        (mark.elapsed - phase.start, mark.group)
        for mark in agenda.phase_marks.get(block, [])
        if mark.group is not None and mark.phase == phase.index and mark.elapsed >= phase.start
    ]
    return group_walk(phase.planned_seconds, phase.elapsed_seconds, groups, moves)


def in_phase_round(agenda: AgendaState, now: datetime) -> bool:
    """The current phase is one the talerliste follows as a round (F8: next in seat order)."""
    phase = phase_now(agenda, now)
    return phase is not None and phase.phase.kind in ROUND_KINDS


def phase_turn_line(
    agenda: AgendaState,
    turns: TurnsState,
    referat: ReferatState,
    now: datetime,
    hints: bool = True,
) -> str:
    """The line for the chair and the room, or "" when the phase has none. `hints`: say
    what to press when the groups are not split yet (not on the room's screen)."""
    phase = phase_now(agenda, now)
    block = agenda.current
    if phase is None or block is None:
        return ""
    if phase.phase.kind is PhaseKind.PRESENT:
        return _presenting(agenda, phase, turns, block, hints)
    if phase.phase.kind is PhaseKind.INTRODUCE:
        return _introducing(turns, referat, block)
    return ""


def _presenting(
    agenda: AgendaState, phase: PhaseNow, turns: TurnsState, block: str, hints: bool
) -> str:
    split = turns.groups.get(block)
    if split is None or not split[2]:
        return tr("phase.no_groups") if hints else ""
    groups = split[2]
    turn = group_turn(agenda, phase, len(groups))
    if turn.number == 0:
        return tr("phase.groups_presented")
    names = [
        turns.participants[pid].name for pid in groups[turn.number - 1] if pid in turns.participants
    ]
    line = tr("phase.group_presents", group=turn.number)
    return f"{line}: {', '.join(names)} · {format_countdown(turn.remaining_seconds)}"


def _introducing(turns: TurnsState, referat: ReferatState, block: str) -> str:
    order = round_order(turns, referat)
    if len(order) < 2:
        return ""
    ids = [person.id for person in order]
    if speaks_in_round(turns, block) and turns.speaker in ids:
        who = ids.index(str(turns.speaker))
    else:
        left = still_to_speak(turns, referat, block)
        if not left:
            return ""
        who = ids.index(left[0].id)
    neighbour = order[(who + 1) % len(order)]
    return tr("phase.introduces", name=order[who].name, neighbour=neighbour.name)


def next_group(
    agenda: AgendaState, turns: TurnsState, now: datetime
) -> EventDraft | Refusal | None:
    """F8 in a presentation phase: the next group has the word; None in any other phase."""
    phase = phase_now(agenda, now)
    block = agenda.current
    if phase is None or block is None or phase.phase.kind is not PhaseKind.PRESENT:
        return None
    split = turns.groups.get(block)
    if split is None or not split[2]:
        return Refusal("phase.no_groups")
    turn = group_turn(agenda, phase, len(split[2]))
    if turn.number == 0:
        return Refusal("phase.groups_presented")
    return EventDraft(EventType.PHASE_GROUP_MOVED, {"block": block, "group": turn.number})
