"""An action item's status, followed up at a later meeting (the drejebog's milepæl 10:
opfølgning): `/status 2 i gang: venter på svar`, `/status 2 udskudt 1.2: mangler tilbud`,
`/status 2 droppet: ikke længere aktuelt`. N is the number under »Siden sidst«, as for
`/udført N`, which stays and means status udført; `hN` is action N of this meeting's own
handlingsplan (core/status_targets.py).

A status is two events recorded as one: `action_updated` (done when udført or droppet, so
every reader that asks "is it still open" reads the same answer as before) and
`action_status_set` with the word, the forklaring and, for udskudt, the new date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.memory import CLOSED, ActionStatus
from facilitator.core.referat import ReferatEvent, ReferatState, parse_due
from facilitator.core.review import GroupMeeting, OpenItem

SPELLINGS: dict[str, ActionStatus] = {
    "åben": ActionStatus.OPEN,
    "aaben": ActionStatus.OPEN,
    "open": ActionStatus.OPEN,
    "i gang": ActionStatus.IN_PROGRESS,
    "igang": ActionStatus.IN_PROGRESS,
    "in progress": ActionStatus.IN_PROGRESS,
    "udført": ActionStatus.DONE,
    "udfoert": ActionStatus.DONE,
    "done": ActionStatus.DONE,
    "udskudt": ActionStatus.POSTPONED,
    "postponed": ActionStatus.POSTPONED,
    "droppet": ActionStatus.DROPPED,
    "dropped": ActionStatus.DROPPED,
}
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)", re.ASCII)


@dataclass(frozen=True)
class StatusInfo:
    status: ActionStatus
    note: str = ""
    due: date | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class TypedStatus:
    number: int
    status: ActionStatus
    note: str
    due: date | None
    own: bool = False
    """`h2`: action 2 of this meeting's handlingsplan (core/status_targets.py)."""


def parse_status(rest: str, today: date) -> TypedStatus | Refusal:
    """`2 udskudt 1.2: venter på svar` → number 2, udskudt, due 1.2, the forklaring;
    `h2 …` is action 2 of this meeting's own handlingsplan."""
    number_text, _, after = rest.strip().partition(" ")
    own = number_text[:1].casefold() == "h"
    digits = number_text[1:] if own else number_text
    if not (digits.isascii() and digits.isdigit()):
        return Refusal("status.bad_line", {"value": rest.strip() or "–"})
    after = after.strip()
    lowered = after.casefold()
    for spelling in sorted(SPELLINGS, key=len, reverse=True):
        if lowered == spelling or lowered.startswith((spelling + " ", spelling + ":")):
            status, after = SPELLINGS[spelling], after[len(spelling) :].strip()
            break
    else:
        return Refusal("status.bad_line", {"value": rest.strip()})
    details = read_details(status, after, today)
    if isinstance(details, Refusal):
        return details
    note, due = details
    return TypedStatus(int(digits), status, note, due, own)


def read_details(
    status: ActionStatus, after: str, today: date
) -> tuple[str, date | None] | Refusal:
    """What follows the status word: for udskudt a new date first, then `: forklaring`
    (the colon may be left out). Also what the walk's field takes (core/action_walk.py)."""
    after = after.strip()
    due = None
    found = DATE.match(after)
    if found:
        try:
            due = parse_due(found.group(1), today)
        except (ValueError, IndexError):
            return Refusal("referat.bad_date", {"value": found.group(1)})
        after = after[found.end() :].strip()
    if status is ActionStatus.POSTPONED and due is None:
        return Refusal("status.needs_date")
    return after.removeprefix(":").strip(), due


def status_drafts(
    item: OpenItem, status: ActionStatus, note: str, due: date | None
) -> list[EventDraft]:
    """What `/status` and the walk record: the done/open and the status, as one. An item
    of this meeting has folder "" (the log's way of saying "this session")."""
    done = {"session": item.folder, "id": item.entry_id, "done": status in CLOSED}
    said = {
        "session": item.folder,
        "id": item.entry_id,
        "status": status.value,
        "note": note,
        "due": due.isoformat() if due else "",
    }
    return [
        EventDraft(ReferatEvent.ACTION_UPDATED, done),
        EventDraft("action_status_set", said),
    ]


def latest_statuses(meetings: Iterable[GroupMeeting]) -> dict[tuple[str, str], StatusInfo]:
    """(session folder, action id) → its latest status over the meetings: from `/status`,
    or from a plain done/open (`/udført`, the review's Space) as udført or åben."""
    said: list[tuple[datetime, int, tuple[str, str], StatusInfo]] = []
    for meeting in meetings:
        for update in meeting.state.referat.action_updates:
            if update.done is None:
                continue
            key = (update.session or meeting.folder, update.entry_id)
            status = ActionStatus.DONE if update.done else ActionStatus.OPEN
            said.append((update.at, 0, key, StatusInfo(status, at=update.at)))
        for note in meeting.state.memory.statuses:
            key = (note.session or meeting.folder, note.id)
            info = StatusInfo(ActionStatus(note.status), note.note, note.due, note.at)
            said.append((note.at, 1, key, info))
    latest: dict[tuple[str, str], StatusInfo] = {}
    for _at, _order, key, info in sorted(said, key=lambda row: (row[0], row[1])):
        latest[key] = info  # a status said with its done/open (same moment) comes after it
    return latest


def own_statuses(
    folder: str, referat: ReferatState, meetings: Iterable[GroupMeeting]
) -> dict[str, StatusInfo]:
    """This meeting's actions (by id) that have a status, as the meetings say it now."""
    latest = latest_statuses(meetings)
    return {
        entry_id: info
        for (session, entry_id), info in latest.items()
        if session == folder and entry_id in referat.entries
    }


def current_due(due: date | None, info: StatusInfo | None) -> date | None:
    """When an action is due now: the date it was postponed to, else the one it was given.
    (The lists showed »Senest 15.12.2026« beside »udskudt til 1.2.2027«.)"""
    if info is not None and info.status is ActionStatus.POSTPONED and info.due is not None:
        return info.due
    return due


def status_text(info: StatusInfo) -> str:
    """`i gang: venter på svar`, `udskudt til 1.2.2027: mangler tilbud`, `udført`."""
    from facilitator.i18n import format_day, tr

    said = tr(f"status.{info.status.value}")
    if info.status is ActionStatus.POSTPONED and info.due is not None:
        said = tr("status.postponed_to", day=format_day(info.due))
    return f"{said}: {info.note}" if info.note else said
