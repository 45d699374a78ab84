"""What the group carries into a meeting ("Siden sidst"): open action items and parked
points from earlier meetings, numbered so the chair can tick them off with `/udført 2`."""

from __future__ import annotations

from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind, ReferatEvent, ReferatState
from facilitator.core.review import OpenItem, program_has_catch_up


def catch_up_block(program: Program) -> str:
    """Where the carried items are shown: the "siden sidst" item, or else the first."""
    return program_has_catch_up(program) or program.blocks[0].id


def not_ticked_off(carried: list[OpenItem], referat: ReferatState) -> list[OpenItem]:
    """Carried items not ticked off in this meeting."""
    done = {
        (update.session, update.entry_id)
        for update in referat.action_updates
        if update.session and update.done
    }
    return [item for item in carried if (item.folder, item.entry_id) not in done]


def numbered_actions(carried: list[OpenItem]) -> list[OpenItem]:
    return [item for item in carried if item.kind is EntryKind.ACTION]


def mark_done(carried: list[OpenItem], referat: ReferatState, number: int) -> EventDraft | None:
    """`/udført 2`: action number 2 of those still open, as shown to the chair."""
    actions = numbered_actions(not_ticked_off(carried, referat))
    if not 1 <= number <= len(actions):
        return None
    item = actions[number - 1]
    data = {"session": item.folder, "id": item.entry_id, "done": True}
    return EventDraft(ReferatEvent.ACTION_UPDATED, data)
