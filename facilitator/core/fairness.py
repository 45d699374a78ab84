"""Talk time and turns per participant, for the chair's fairness view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.core.turns import TurnsState


@dataclass(frozen=True)
class FairnessRow:
    name: str
    block_seconds: int
    meeting_seconds: int
    block_turns: int
    meeting_turns: int

    @property
    def silent(self) -> bool:
        return self.meeting_turns == 0


def fairness(state: TurnsState, block: str | None, now: datetime) -> list[FairnessRow]:
    """Talk time and turns per participant, in seat order, for one block and the meeting."""
    rows = []
    for person in sorted(state.participants.values(), key=lambda p: (p.seat, p.name.casefold())):
        rows.append(
            FairnessRow(
                name=person.name,
                block_seconds=int(state.total_seconds(person.id, now, block)) if block else 0,
                meeting_seconds=int(state.total_seconds(person.id, now)),
                block_turns=state.turn_count(person.id, block) if block else 0,
                meeting_turns=state.turn_count(person.id),
            )
        )
    return rows
