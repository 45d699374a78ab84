"""What the group carries into a meeting ("Siden sidst"): open action items and parked
points from earlier meetings, numbered so the chair can tick them off with `/udført 2`.

One numbering for both, in the order shown: `/udført N` marks action N done, or closes
parked point N (the group has taken it up, or dropped it). Either is an `action_updated`
event naming the earlier session and entry, so a closed parked point, like a done action,
is no longer carried into the next meeting, nor listed as open in the group's review. The
numbers are those of what is still open, so they close up after each tick, as shown.
"""

from __future__ import annotations

from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent, ReferatState
from facilitator.core.review import OpenItem, program_has_catch_up


def catch_up_block(program: Program) -> str:
    """Where the carried items are shown: the "siden sidst" item, or else the first."""
    return program_has_catch_up(program) or program.blocks[0].id


def not_ticked_off(carried: list[OpenItem], referat: ReferatState) -> list[OpenItem]:
    """Carried items not ticked off in this meeting (the latest word counts: an item
    ticked off and opened again is open)."""
    done: dict[tuple[str, str], bool] = {}
    for update in referat.action_updates:
        if update.session and update.done is not None:
            done[(update.session, update.entry_id)] = update.done
    return [item for item in carried if not done.get((item.folder, item.entry_id), False)]


def numbered(carried: list[OpenItem], referat: ReferatState) -> list[tuple[int, OpenItem]]:
    """The items still open, with the numbers `/udført` takes: 1, 2, 3 … in the order
    shown, actions and parked points alike."""
    return list(enumerate(not_ticked_off(carried, referat), start=1))


def mark_done(
    carried: list[OpenItem], referat: ReferatState, number: int
) -> tuple[EventDraft, OpenItem] | None:
    """`/udført 2`: item number 2 of those still open, as shown to the chair — an action
    is done, a parked point is closed. None when there is no such number."""
    for shown, item in numbered(carried, referat):
        if shown == number:
            data = {"session": item.folder, "id": item.entry_id, "done": True}
            return EventDraft(ReferatEvent.ACTION_UPDATED, data), item
    return None
