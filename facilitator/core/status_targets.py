"""Which action `/status N …` means: the numbers under »Siden sidst« and this meeting's own.

Two numberings, told apart by how they are written:
- `2`: item 2 under »Siden sidst«, as for `/udført 2` (those numbers close up after a tick,
  as shown to the chair);
- `h2`: action 2 of this meeting's handlingsplan, in the referat's order (the order the
  actions were written). These never shift: an action keeps its row when it is done.

A number that is neither is refused with the numbers there are, so the chair need not
guess again.
"""

from __future__ import annotations

from datetime import datetime

from facilitator.core.action_status import TypedStatus, status_drafts
from facilitator.core.carried import numbered
from facilitator.core.events import Action, Refusal
from facilitator.core.referat import EntryKind, ReferatState
from facilitator.core.review import OpenItem

OWN_PREFIX = "h"


def own_actions(referat: ReferatState, created: datetime) -> list[tuple[int, OpenItem]]:
    """This meeting's actions numbered as in its handlingsplan: 1, 2, 3 … (written `h1`).
    Folder "": the log's way of naming the session the event is in."""
    return [
        (
            number,
            OpenItem("", entry.id, EntryKind.ACTION, entry.text, entry.who, entry.due, created),
        )
        for number, entry in enumerate(referat.all_of(EntryKind.ACTION), start=1)
    ]


def plan_numbers(referat: ReferatState) -> dict[str, str]:
    """Action id → `h1`, `h2` …: what the entries under the notes show after »Handling«."""
    actions = referat.all_of(EntryKind.ACTION)
    return {entry.id: f"{OWN_PREFIX}{number}" for number, entry in enumerate(actions, start=1)}


def target(
    carried: list[OpenItem], referat: ReferatState, created: datetime, typed: TypedStatus
) -> OpenItem | Refusal:
    """The action a typed status is for, or a refusal naming the valid numbers (`created`:
    when this meeting began, the »since« of its own actions)."""
    shown = own_actions(referat, created) if typed.own else numbered(carried, referat)
    item = next((item for number, item in shown if number == typed.number), None)
    if item is not None:
        return item
    value = f"{OWN_PREFIX}{typed.number}" if typed.own else str(typed.number)
    valid = valid_numbers(carried, referat)
    if not valid:
        return Refusal("status.no_actions", {"value": value})
    return Refusal("status.bad_number", {"value": value, "valid": valid})


def valid_numbers(carried: list[OpenItem], referat: ReferatState) -> str:
    """`1–3, h1–h2`: the numbers `/status` takes now ("" when there are none)."""
    parts = []
    carried_count = len(numbered(carried, referat))
    if carried_count:
        parts.append(number_range("", carried_count))
    own_count = len(referat.all_of(EntryKind.ACTION))
    if own_count:
        parts.append(number_range(OWN_PREFIX, own_count))
    return ", ".join(parts)


def number_range(prefix: str, count: int) -> str:
    if count == 1:
        return f"{prefix}1"
    if count == 2:
        return f"{prefix}1, {prefix}2"
    return f"{prefix}1–{prefix}{count}"


def status_action(
    carried: list[OpenItem], referat: ReferatState, created: datetime, typed: TypedStatus
) -> tuple[Action, OpenItem | None]:
    """`/status N …` or `/status hN …`: the events, and the action they are for."""
    item = target(carried, referat, created, typed)
    if isinstance(item, Refusal):
        return item, None
    return status_drafts(item, typed.status, typed.note, typed.due), item
