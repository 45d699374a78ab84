"""The room's parts of the chair's guide: the item's proposals and its checklist with
the lines ticked off."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from facilitator.core.room import RoomState
from facilitator.i18n import tr, tr_count
from facilitator.review.text import literal


def proposal_lines(room: RoomState, block: str | None) -> tuple[str, ...]:
    """`1. Fælles drev (7 prikker)`: by dots once they are counted, else as made."""
    if block is None:
        return ()
    counted = block in room.dots
    ranked = room.ranking(block) if counted else [(p, 0) for p in room.proposals_for(block)]
    lines = []
    for number, (proposal, dots) in enumerate(ranked, start=1):
        suffix = f" ({tr_count('room.dots', dots)})" if counted else ""
        lines.append(f"{number}. {proposal.text}{suffix}")
    return tuple(lines)


def proposals_section(lines: tuple[str, ...]) -> list[RenderableType]:
    if not lines:
        return []
    parts: list[RenderableType] = [Text(tr("room.proposals"), style="bold underline")]
    parts += [literal(line) for line in lines]
    parts += [Text(tr("room.proposals_hint"), style="dim"), Text("")]
    return parts


def checklist_section(items: tuple[str, ...], ticked: frozenset[int]) -> list[RenderableType]:
    """☐ for a line to do, ☑ (dim) for one done."""
    if not items:
        return []
    parts: list[RenderableType] = [Text(tr("run.checklist"), style="bold underline")]
    for index, item in enumerate(items):
        done = index in ticked
        line = Text("☑ " if done else "☐ ", style="bold")
        line.append_text(literal(item, "dim" if done else ""))
        parts.append(line)
    parts.append(Text(""))
    return parts
