"""Evaluation (kind = evaluation): after half a year the group rates its meetings.

The network groups' meeting package says: after half a year, put an evaluation on the
agenda and evaluate indhold, form, stemning og trivsel, then adjust. In the item the chair
walks the present participants like a round and enters, for each, a score from 1 to 5 per
dimension and one sentence. Each answer is an `evaluation_given` event; a later answer from
the same person in the same item replaces the earlier one (a typo corrected).

This module has the data and the fold's reading of one event; the rules that check typed
values and the results per item live in `core/evaluation_rules.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_DIMENSIONS = ("indhold", "form", "stemning", "trivsel")
LOWEST, HIGHEST = 1, 5
MOST_DIMENSIONS = 8
"""More than this does not fit one form in 80x24, and no one rates more in one sitting."""
DIMENSION_TEXT = 40
SENTENCE_TEXT = 300


@dataclass(frozen=True)
class EvaluationAnswer:
    block: str
    participant: str
    """The participant's id (names change; the id stays)."""
    name: str
    """The name as it was when answered: what the referat shows if the person is gone."""
    scores: tuple[tuple[str, int], ...]
    sentence: str
    seq: int = 0

    def score(self, dimension: str) -> int | None:
        return dict(self.scores).get(dimension)


def answer_from(data: Mapping[str, Any], seq: int) -> EvaluationAnswer | None:
    """The answer an event's data (already of its shape) holds, or None when it means
    nothing: no block or participant, or no score at all."""
    block, participant = data["block"].strip(), data["participant"].strip()
    scores = tuple((str(key), int(value)) for key, value in data["scores"].items())
    if not block or not participant or not scores:
        return None
    return EvaluationAnswer(
        block=block,
        participant=participant,
        name=str(data.get("name", "")).strip(),
        scores=scores,
        sentence=str(data.get("sentence", "")).strip(),
        seq=seq,
    )


def dimension_issues(value: Any) -> tuple[str, dict[str, Any]] | None:
    """What is wrong with a program's `dimensions = [...]` (a catalogue key and its
    placeholders), or None when it is a fit list of short, different names."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "evaluation.dimensions_not_list", {}
    names = [item.strip() for item in value]
    if not names or len(names) > MOST_DIMENSIONS:
        return "evaluation.dimensions_count", {"most": MOST_DIMENSIONS, "count": len(names)}
    for name in names:
        if not name or len(name) > DIMENSION_TEXT:
            return "evaluation.dimension_bad", {"value": name, "most": DIMENSION_TEXT}
    folded = [name.casefold() for name in names]
    for name in names:
        if folded.count(name.casefold()) > 1:
            return "evaluation.dimension_twice", {"value": name}
    return None


def read_dimensions(
    raw: Mapping[str, Any], is_evaluation: bool
) -> tuple[tuple[str, ...], tuple[str, dict[str, Any]] | None]:
    """A program block's `dimensions`: the names (empty: the defaults apply), and what is
    wrong with them if anything (only an evaluation item has dimensions)."""
    if "dimensions" not in raw:
        return (), None
    if not is_evaluation:
        return (), ("evaluation.dimensions_not_evaluation", {})
    problem = dimension_issues(raw["dimensions"])
    if problem is not None:
        return (), problem
    return tuple(item.strip() for item in raw["dimensions"]), None
