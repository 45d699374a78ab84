"""The walk through the open actions at »Siden sidst«: one at a time, like a round, the chair
setting each one's status (the drejebog's milepæl 10: each activity followed up).

The walk is fixed when it starts: the carried actions still open, in the order shown under
»Siden sidst«. It holds the actions, not their numbers, because a number closes up when an
action before it is done. Each status is recorded at once with the same events `/status`
records (core/action_status.py), so stopping the walk (Esc) keeps what was set.

One key a status: å (or a) åben, i i gang, u udført, s udskudt, d droppet; then a line for
the forklaring (for udskudt the new date first, `1.2: venter på svar`), Enter to record.
Enter without a status key leaves the action as it is and goes on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from facilitator.core.action_status import StatusInfo, read_details, status_drafts
from facilitator.core.carried import numbered
from facilitator.core.events import Action, Refusal
from facilitator.core.memory import CLOSED, ActionStatus
from facilitator.core.referat import EntryKind, ReferatState
from facilitator.core.review import OpenItem

WALK_KEYS: dict[str, ActionStatus] = {
    "å": ActionStatus.OPEN,
    "a": ActionStatus.OPEN,
    "i": ActionStatus.IN_PROGRESS,
    "u": ActionStatus.DONE,
    "s": ActionStatus.POSTPONED,
    "d": ActionStatus.DROPPED,
}


@dataclass(frozen=True)
class Walk:
    items: tuple[OpenItem, ...]
    position: int = 0
    set_count: int = 0
    """How many statuses were recorded on the way (for the notice when it ends)."""

    @property
    def current(self) -> OpenItem | None:
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def finished(self) -> bool:
        return self.position >= len(self.items)

    @property
    def progress(self) -> tuple[int, int]:
        """(this one's place, how many): »2 af 3«."""
        return min(self.position + 1, len(self.items)), len(self.items)

    def skipped(self) -> Walk:
        """On to the next, this one left as it is."""
        return replace(self, position=self.position + 1)

    def recorded(self) -> Walk:
        """On to the next, after this one's status was recorded."""
        return replace(self, position=self.position + 1, set_count=self.set_count + 1)


def start_walk(
    carried: list[OpenItem],
    referat: ReferatState,
    statuses: Mapping[tuple[str, str], StatusInfo],
) -> Walk | Refusal:
    """The carried actions still open (parked points have no status), in the order shown;
    `statuses` is `latest_statuses` over the group's meetings, this one included."""
    items = tuple(
        item
        for _number, item in numbered(carried, referat)
        if item.kind is EntryKind.ACTION and not closed(statuses.get((item.folder, item.entry_id)))
    )
    if not items:
        return Refusal("walk.none")
    return Walk(items)


def closed(info: StatusInfo | None) -> bool:
    return info is not None and info.status in CLOSED


def key_status(key: str) -> ActionStatus | None:
    """The status a key in the walk means, if any (upper case too: Caps Lock)."""
    return WALK_KEYS.get(key.casefold())


def walk_status(walk: Walk, status: ActionStatus, typed: str, today: date) -> Action:
    """The events for the current action's status, with what was typed in the line after
    the key (the forklaring; for udskudt the new date first). A refusal says what is
    missing, and the walk stays on the action."""
    item = walk.current
    if item is None:
        return Refusal("walk.none")
    details = read_details(status, typed, today)
    if isinstance(details, Refusal):
        if details.message == "status.needs_date":
            return Refusal("walk.needs_date")
        return details
    note, due = details
    return status_drafts(item, status, note, due)
