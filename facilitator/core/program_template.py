"""New programs: a starting template, a copy of another program, or the agenda as it was run.

Pure: each returns a `Program`; the store writes it as TOML and the same checker as
`facilitator check` reads it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from facilitator.core.agenda import AgendaState, BlockStatus
from facilitator.core.formats import with_minutes
from facilitator.core.program import Block, BlockKind, Program

PROGRAM_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def valid_program_id(program_id: str) -> bool:
    """Small letters, digits and hyphens: the file name and the id in one."""
    return bool(PROGRAM_ID.match(program_id))


def starter_program(program_id: str) -> Program:
    """A plain meeting of 2 hours to build on: every kind of item once, texts to replace."""
    blocks = (
        Block(
            id="velkommen",
            title="Velkommen og dagsorden",
            minutes=10,
            lead="ordstyrer",
            guide="Byd velkommen, gennemgå dagsordenen og spørg, om noget skal med.",
            checklist=("Referent valgt", "Sluttidspunkt sagt højt"),
        ),
        Block(
            id="siden-sidst",
            title="Siden sidst",
            minutes=20,
            lead="alle",
            kind=BlockKind.ROUND,
            guide="En runde, hvor hver fortæller kort, hvad der er sket siden sidste møde.",
            prompts=("Hvad er lykkedes for dig siden sidst?",),
        ),
        Block(
            id="dagens-emne",
            title="Dagens emne",
            minutes=45,
            lead="temaansvarlig",
            guide="Skriv her, hvad punktet skal nå, og hvordan I arbejder med det.",
            prompts=("Skriv de spørgsmål, ordstyreren kan stille.",),
            tips=("Skriv gode råd fra tidligere møder her.",),
        ),
        Block(id="pause", title="Pause", minutes=15, kind=BlockKind.PAUSE),
        Block(
            id="beslutninger",
            title="Beslutninger og aftaler",
            minutes=20,
            lead="ordstyrer",
            kind=BlockKind.DECISION,
            guide="Saml op: hvad har vi besluttet, og hvem gør hvad til hvornår?",
        ),
        Block(
            id="naeste-moede",
            title="Næste møde",
            minutes=10,
            lead="alle",
            guide="Aftal dato, sted, ordstyrer og referent for næste møde.",
        ),
    )
    return Program(
        id=program_id,
        title="Nyt program",
        blocks=blocks,
        description="Et program at bygge videre på: ret titler, minutter og tekster.",
        roles=("ordstyrer", "referent"),
        preparation=("Skriv de spørgsmål, deltagerne kan forberede sig på.",),
    )


def copied_program(source: Program, program_id: str) -> Program:
    """Another program under a new id. A fixed total is left out: it is the sum of the items
    anyway, and the first changed minute would otherwise make the copy fail its check."""
    return replace(source, id=program_id, total_minutes=None)


def tuned_program(state: AgendaState, program_id: str, title: str) -> Program:
    """The agenda as the group ran it: items in the order they were taken, with the minutes
    they were given along the way (F7, catch-up), and without the items that were skipped."""
    blocks = []
    for block_id in state.order:
        run = state.runs[block_id]
        if run.status is BlockStatus.SKIPPED:
            continue
        minutes = max(1, round(run.planned_seconds / 60))
        blocks.append(with_minutes(state.program.block(block_id), minutes))
    if not blocks:
        blocks = list(state.program.blocks)
    program = state.program
    return replace(
        program,
        id=program_id,
        title=title,
        blocks=tuple(blocks),
        # The sum has changed, so a fixed total from the old program would no longer fit.
        total_minutes=None,
    )


@dataclass(frozen=True)
class AgendaChange:
    """One difference between a program and its tuned copy: `kind` is removed, added, moved
    or minutes (then `old` and `new` are the minutes; `new` for an added item)."""

    kind: str
    title: str = ""
    old: int = 0
    new: int = 0


def agenda_changes(before: Program, after: Program) -> list[AgendaChange]:
    changes = []
    before_ids = [block.id for block in before.blocks]
    after_ids = [block.id for block in after.blocks]
    for block in before.blocks:
        if block.id not in after_ids:
            changes.append(AgendaChange("removed", block.title))
    for block in after.blocks:
        if block.id not in before_ids:  # added during the meeting (/nytpunkt)
            changes.append(AgendaChange("added", block.title, 0, block.minutes))
    kept = [block_id for block_id in after_ids if block_id in before_ids]
    if [block_id for block_id in before_ids if block_id in after_ids] != kept:
        changes.append(AgendaChange("moved"))
    for block in after.blocks:
        if block.id not in before_ids:
            continue
        old = before.block(block.id).minutes
        if old != block.minutes:
            changes.append(AgendaChange("minutes", block.title, old, block.minutes))
    return changes
