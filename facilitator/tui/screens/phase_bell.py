"""When the run screen rings for a phase: the clock moved the item on to its next phase."""

from __future__ import annotations

from facilitator.core.agenda_view import CurrentBlock
from facilitator.i18n import tr


def phase_moved_on(old: CurrentBlock, new: CurrentBlock) -> str:
    """The notice when the phase ran out and the next began by itself, else ""."""
    before, after = old.phase, new.phase
    if old.block.id != new.block.id or before is None or after is None:
        return ""
    if after.index <= before.index or not after.by_clock:
        return ""
    return tr("phase.moved_on", title=before.phase.title, next=after.phase.title)
