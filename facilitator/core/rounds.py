"""Rounds (kind = round): everyone in seat order, with equal shares of the time left.

Each person's budget is the item's remaining time divided by the people still to speak,
recomputed live: when someone runs over, the later shares shrink and the debt is shown;
when someone passes or is away, the others get more.

A reply, a clarifying question or a point of order during a round is an interjection: it
takes time from the round, but not the person's own turn in it. The share the header shows
("hver ca.") and the current speaker's limit are one number (`share_of`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.events import EventDraft
from facilitator.core.participants import Participant
from facilitator.core.phase_run import phase_now
from facilitator.core.phases import ROUND_KINDS
from facilitator.core.referat import Attendance, ReferatState
from facilitator.core.turns import Priority, TurnEvent, TurnsState

SHORTEST_PACE_TURN_SECONDS = 60
"""A finished turn shorter than this says nothing about the round's pace: it is the chair
moving on with F8 (someone not ready, a key pressed twice) or a person who said little, not
the round's pace. Taken as the pace, a turn of 3 seconds made the rest of a 45-minute round
take 6 seconds, and one of 23 seconds put the projected end 44 minutes early."""


@dataclass(frozen=True)
class RoundView:
    done: tuple[str, ...]
    left: tuple[str, ...]
    """Names still to speak, in order, not counting the current speaker."""
    speaker_budget_seconds: int | None
    speaker_debt_seconds: int
    share_seconds: int
    """Each person's share: the current speaker's budget while someone speaks in the round,
    otherwise what each person still to speak gets from the time left."""
    finished: bool = False
    """Everyone present has had their turn (or passed), and nobody speaks in the round.
    A round with nobody in it has not begun: it is not finished."""


def round_order(turns: TurnsState, referat: ReferatState) -> list[Participant]:
    """Present participants in seat order; those with afbud or absent are left out."""
    away = {Attendance.SENT_APOLOGIES, Attendance.ABSENT}
    present = [p for p in turns.participants.values() if referat.attendance.get(p.name) not in away]
    return sorted(present, key=lambda p: (p.seat, p.name.casefold()))


def finished_in_round(turns: TurnsState, block: str) -> set[str]:
    """Who has had their turn or passed in this round (the current speaker counts as started;
    a reply or clarifying question is not a turn in the round)."""
    spoken = {
        who
        for (who, where), count in turns.turns.items()
        if where == block and count > turns.interjections.get((who, where), 0)
    }
    return spoken | turns.passed.get(block, set())


def speaks_in_round(turns: TurnsState, block: str) -> bool:
    """Whether the current speaker is having their turn in this block's round (and not an
    interjection)."""
    return (
        turns.speaker is not None
        and turns.speaker_block == block
        and turns.speaker_priority is Priority.NORMAL
    )


def share_of(remaining_seconds: float, spoken_seconds: float, people: int) -> float:
    """One person's share of a round: the time left plus what the current speaker has used
    of theirs, split over the people it is for (the speaker and everyone after them)."""
    return (max(0.0, remaining_seconds) + spoken_seconds) / people if people else 0.0


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


def round_time_left(agenda: AgendaState, now: datetime) -> float:
    """A round in a phase shares the phase's time left; a round item the item's."""
    phase = phase_now(agenda, now)
    if phase is not None and phase.phase.kind in ROUND_KINDS:
        return float(phase.remaining_seconds)
    return agenda.remaining_seconds(now)


def round_view(
    agenda: AgendaState, turns: TurnsState, referat: ReferatState, now: datetime
) -> RoundView | None:
    block = agenda.current
    if block is None:
        return None
    remaining = max(0.0, round_time_left(agenda, now))
    left = still_to_speak(turns, referat, block)
    finished = finished_in_round(turns, block)
    in_turn = turns.speaker if speaks_in_round(turns, block) else None
    done = [p.name for p in round_order(turns, referat) if p.id in finished and p.id != in_turn]
    budget: int | None = None
    debt = 0
    if speaks_in_round(turns, block):
        spoken = turns.speaking_seconds(now)
        # The share the speaker had when they began, seen from now: (time left + what they
        # used) split over themselves and everyone after them.
        budget_seconds = share_of(remaining, spoken, len(left) + 1)
        budget = int(budget_seconds)
        debt = max(0, int(spoken - budget_seconds))
        share = budget
    else:
        share = int(share_of(remaining, 0.0, len(left)))
    return RoundView(
        done=tuple(done),
        left=tuple(p.name for p in left),
        speaker_budget_seconds=budget,
        speaker_debt_seconds=debt,
        share_seconds=share,
        finished=bool(done) and not left and budget is None,
    )


def round_remaining_estimate(
    agenda: AgendaState, turns: TurnsState, referat: ReferatState, now: datetime
) -> float | None:
    """How long the round in the current item will still take at the pace so far: the
    average finished turn times the people left, plus what the current speaker has left of
    an average turn. None until someone has finished a turn of at least
    `SHORTEST_PACE_TURN_SECONDS` (the plan is all we know)."""
    block = agenda.current
    if block is None:
        return None
    had_turn = finished_in_round(turns, block) - turns.passed.get(block, set())
    talk = turns.talk_seconds
    finished_turns = [
        talk[(p.id, block)]
        for p in round_order(turns, referat)
        if p.id in had_turn
        and p.id != turns.speaker
        and talk.get((p.id, block), 0.0) >= SHORTEST_PACE_TURN_SECONDS
    ]
    if not finished_turns:
        return None
    average = sum(finished_turns) / len(finished_turns)
    left = len(still_to_speak(turns, referat, block))
    current = 0.0
    if speaks_in_round(turns, block):
        current = max(0.0, average - turns.speaking_seconds(now))
    return left * average + current
