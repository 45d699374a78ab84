"""The rules of an evaluation item: who is next, what a typed score may be, the action that
records one answer, and the item's results (for the referat and the group's trend).

Everyone present is asked in seat order, like a round (`core/rounds.round_order`): afbud
and absent people are not asked. A score is a whole number from 1 to 5 for every
dimension; anything else is refused with a Danish reason, so the form stays open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.evaluation import (
    DEFAULT_DIMENSIONS,
    HIGHEST,
    LOWEST,
    SENTENCE_TEXT,
    EvaluationAnswer,
)
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.participants import Participant
from facilitator.core.program import Block, BlockKind, Program
from facilitator.core.referat import ReferatEvent, ReferatState
from facilitator.core.rounds import round_order
from facilitator.core.turns import TurnsState


def dimensions_of(block: Block) -> tuple[str, ...]:
    """What the item rates: its own `dimensions`, else indhold, form, stemning, trivsel."""
    return block.dimensions or DEFAULT_DIMENSIONS


def is_evaluation(program: Program, block_id: str | None) -> bool:
    if block_id is None:
        return False
    try:
        return program.block(block_id).kind is BlockKind.EVALUATION
    except KeyError:
        return False


def answers_for(referat: ReferatState, block_id: str) -> list[EvaluationAnswer]:
    """The item's answers in the order they were first given (a corrected answer keeps
    its place: the key stays in the dict)."""
    return [answer for (block, _who), answer in referat.evaluations.items() if block == block_id]


def still_to_answer(turns: TurnsState, referat: ReferatState, block_id: str) -> list[Participant]:
    """Present participants in seat order who have not answered in this item yet."""
    answered = {answer.participant for answer in answers_for(referat, block_id)}
    return [p for p in round_order(turns, referat) if p.id not in answered]


def read_score(dimension: str, typed: str) -> int | Refusal:
    text = typed.strip()
    if not text:
        return Refusal("evaluation.score_missing", {"dimension": dimension})
    # ASCII digits only: `٣` and `³` are digits to str.isdigit, and int("٣") is 3.
    if not (text.isascii() and text.isdigit()) or not LOWEST <= int(text) <= HIGHEST:
        return Refusal(
            "evaluation.score_bad",
            {"dimension": dimension, "value": text, "low": LOWEST, "high": HIGHEST},
        )
    return int(text)


def give_evaluation(
    program: Program,
    turns: TurnsState,
    block_id: str,
    participant_id: str,
    typed: Mapping[str, str],
    sentence: str,
) -> Action:
    """One person's answer in an evaluation item: a score per dimension (`typed` maps
    each dimension to what was typed) and one sentence. The sentence may be left empty (a
    person may have nothing to add, as in a round one may pass); the form says so."""
    if not is_evaluation(program, block_id):
        return Refusal("evaluation.not_evaluation")
    person = turns.participants.get(participant_id)
    if person is None:
        return Refusal("evaluation.unknown_participant")
    scores: dict[str, int] = {}
    for dimension in dimensions_of(program.block(block_id)):
        score = read_score(dimension, typed.get(dimension, ""))
        if isinstance(score, Refusal):
            return score
        scores[dimension] = score
    # One sentence: a line break pasted in stays a space, as the form's line has it.
    said = " ".join(sentence.split())
    if len(said) > SENTENCE_TEXT:
        return Refusal("evaluation.sentence_long", {"most": SENTENCE_TEXT, "length": len(said)})
    data = {
        "block": block_id,
        "participant": person.id,
        "name": person.name,
        "scores": scores,
        "sentence": said,
    }
    return [EventDraft(ReferatEvent.EVALUATION_GIVEN, data)]


@dataclass(frozen=True)
class EvaluationResult:
    dimensions: tuple[str, ...]
    averages: tuple[float | None, ...]
    """Per dimension, in order; None when nobody gave that dimension a score."""
    answered: int
    sentences: tuple[tuple[str, str], ...]
    """(name, sentence) for every answer with a sentence, in the order given."""


def evaluation_result(block: Block, referat: ReferatState) -> EvaluationResult:
    answers = answers_for(referat, block.id)
    dimensions = dimensions_of(block)
    averages: list[float | None] = []
    for dimension in dimensions:
        scores = [s for s in (a.score(dimension) for a in answers) if s is not None]
        averages.append(sum(scores) / len(scores) if scores else None)
    sentences = tuple((a.name, a.sentence) for a in answers if a.sentence)
    return EvaluationResult(dimensions, tuple(averages), len(answers), sentences)
