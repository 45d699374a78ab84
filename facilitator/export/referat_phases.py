"""The phases of an item in the referat: each with its planned and its actual time."""

from __future__ import annotations

from datetime import datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.phase_run import block_timeline
from facilitator.export.markdown_literal import markdown_literal
from facilitator.i18n import format_minutes, tr


def phase_lines(agenda: AgendaState, block_id: str, moment: datetime) -> list[str]:
    """A list under the item's times; nothing for an item without phases or not begun."""
    line = block_timeline(agenda, block_id, moment)
    if line is None or agenda.elapsed_seconds(block_id, moment) <= 0:
        return []
    phases = agenda.program.block(block_id).phases
    lines = [f"**{tr('phase.referat_heading')}**", ""]
    for index, phase in enumerate(phases):
        actual = line.actual_seconds(index)
        shown = format_minutes(round(actual / 60)) if actual else "–"
        planned = format_minutes(round(line.planned[index] / 60))
        text = tr(
            "phase.referat_line", title=markdown_literal(phase.title), planned=planned, actual=shown
        )
        lines.append(f"- {text}")
    return [*lines, ""]
