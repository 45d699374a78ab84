"""Rounds (kind = round): everyone in seat order, with equal shares of the time left.

Each person's budget is the item's remaining time divided by the people still to speak,
recomputed live: when someone runs over, the later shares shrink and the debt is shown;
when someone passes or is away, the others get more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.events import EventDraft
from facilitator.core.referat import Attendance, ReferatState
from facilitator.core.turns import Participant, TurnEvent, TurnsState


@dataclass(frozen=True)
class RoundView:
    done: tuple[str, ...]
    left: tuple[str, ...]
    """Names still to speak, in order, not counting the current speaker."""
    speaker_budget_seconds: int | None
    speaker_debt_seconds: int
    share_seconds: int
    """What each person still to speak gets if the current speaker stops now."""


def round_order(turns: TurnsState, referat: ReferatState) -> list[Participant]:
    """Present participants in seat order; those with afbud or absent are left out."""
    away = {Attendance.SENT_APOLOGIES, Attendance.ABSENT}
    present = [p for p in turns.participants.values() if referat.attendance.get(p.name) not in away]
    return sorted(present, key=lambda p: (p.seat, p.name.casefold()))


def finished_in_round(turns: TurnsState, block: str) -> set[str]:
    """Who has spoken or passed in this round (the current speaker counts as started)."""
    spoken = {who for (who, where), count in turns.turns.items() if where == block and count}
    return spoken | turns.passed.get(block, set())


def still_to_speak(turns: TurnsState, referat: ReferatState, block: str) -> list[Participant]:
    finished = finished_in_round(turns, block)
    return [p for p in round_order(turns, referat) if p.id not in finished]


def next_in_round(turns: TurnsState, referat: ReferatState, block: str) -> EventDraft | None:
    left = still_to_speak(turns, referat, block)
    if left:
        return EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": left[0].id})
    if turns.speaker is not None:
        return EventDraft(TurnEvent.SPEAKER_STOPPED)
    return None


def pass_next(turns: TurnsState, referat: ReferatState, block: str) -> EventDraft | None:
    left = still_to_speak(turns, referat, block)
    if not left:
        return None
    return EventDraft(TurnEvent.ROUND_PASSED, {"participant": left[0].id, "block": block})


def round_view(
    agenda: AgendaState, turns: TurnsState, referat: ReferatState, now: datetime
) -> RoundView | None:
    block = agenda.current
    if block is None:
        return None
    remaining = max(0.0, agenda.remaining_seconds(now))
    left = still_to_speak(turns, referat, block)
    finished = finished_in_round(turns, block)
    done = [
        p.name for p in round_order(turns, referat) if p.id in finished and p.id != turns.speaker
    ]
    budget: int | None = None
    debt = 0
    if turns.speaker is not None and turns.speaker_block == block:
        spoken = turns.speaking_seconds(now)
        # The share the speaker had when they began, seen from now: (time left + what they
        # used) split over themselves and everyone after them.
        budget_seconds = (remaining + spoken) / (len(left) + 1)
        budget = int(budget_seconds)
        debt = max(0, int(spoken - budget_seconds))
    share = int(remaining / len(left)) if left else 0
    return RoundView(
        done=tuple(done),
        left=tuple(p.name for p in left),
        speaker_budget_seconds=budget,
        speaker_debt_seconds=debt,
        share_seconds=share,
    )


def round_remaining_estimate(
    agenda: AgendaState, turns: TurnsState, referat: ReferatState, now: datetime
) -> float | None:
    """How long the round in the current item will still take at the pace so far: the
    average finished turn times the people left, plus what the current speaker has left of
    an average turn. None until someone has finished a turn (the plan is all we know)."""
    block = agenda.current
    if block is None:
        return None
    finished_turns = [
        turns.talk_seconds[(p.id, block)]
        for p in round_order(turns, referat)
        if (p.id, block) in turns.talk_seconds and p.id != turns.speaker
    ]
    if not finished_turns:
        return None
    average = sum(finished_turns) / len(finished_turns)
    left = len(still_to_speak(turns, referat, block))
    current = 0.0
    if turns.speaker is not None and turns.speaker_block == block:
        current = max(0.0, average - turns.speaking_seconds(now))
    return left * average + current
