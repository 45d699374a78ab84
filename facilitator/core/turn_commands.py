"""The chair's commands for speaking turns: who joins, who speaks next, who moves in the
queue. Each looks at the state and returns the event to record (core/turns.py folds them)."""

from __future__ import annotations

import re
from datetime import datetime

from facilitator.core.events import EventDraft
from facilitator.core.turns import TurnEvent, TurnsState
from facilitator.i18n import format_clock_time


def participant_id_for(name: str) -> str:
    return re.sub(r"[^a-z0-9æøå]+", "-", name.casefold()).strip("-") or "deltager"


def add_participant(
    state: TurnsState,
    name: str,
    faglighed: str = "",
    role: str = "deltager",
    email: str = "",
    phone: str = "",
) -> EventDraft:
    base = participant_id_for(name)
    candidate, number = base, 2
    while candidate in state.participants:
        candidate, number = f"{base}-{number}", number + 1
    seat = max((p.seat for p in state.participants.values()), default=0) + 1
    return EventDraft(
        TurnEvent.PARTICIPANT_ADDED,
        {
            "id": candidate,
            "name": name.strip(),
            "faglighed": faglighed,
            "role": role,
            "seat": seat,
            "email": email,
            "phone": phone,
        },
    )


def add_participants(state: TurnsState, names: list[str]) -> list[EventDraft]:
    """Several new people at once (`/fremmøde Carla, Dorte` from the chair), each with an id
    and a seat of their own after the others: one after the other, as if added singly."""
    ids = set(state.participants)
    seat = max((p.seat for p in state.participants.values()), default=0)
    drafts = []
    for name in names:
        draft = add_participant(state, name)
        candidate, number = participant_id_for(name), 2
        while candidate in ids:
            candidate, number = f"{participant_id_for(name)}-{number}", number + 1
        ids.add(candidate)
        seat += 1
        drafts.append(EventDraft(draft.type, {**draft.data, "id": candidate, "seat": seat}))
    return drafts


def next_speaker(state: TurnsState, now: datetime, quiet_first: bool = False) -> EventDraft | None:
    """Start the first in the queue, or stop the current speaker when the queue is empty."""
    ordered = state.ordered_queue(now, quiet_first)
    if ordered:
        return EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": ordered[0].participant})
    if state.speaker is not None:
        return EventDraft(TurnEvent.SPEAKER_STOPPED)
    return None


def move_in_queue(state: TurnsState, who: str, direction: str) -> EventDraft | None:
    """Move someone one place up or down among those with the same priority; None when
    there is nobody of that priority to pass (a point of order stays before a reply)."""
    entry = next((e for e in state.queue if e.participant == who), None)
    if entry is None or direction not in ("up", "down"):
        return None
    peers = sorted((e for e in state.queue if e.priority is entry.priority), key=lambda e: e.order)
    position = peers.index(entry) + (-1 if direction == "up" else 1)
    if not 0 <= position < len(peers):
        return None
    return EventDraft(TurnEvent.SPEAKER_MOVED, {"participant": who, "direction": direction})


def stamp(moment: datetime, name: str) -> str:
    """`[19.32] Anne: ` (`[19:32]` in English) — links a line of the referat to a turn."""
    return f"[{format_clock_time(moment)}] {name}: "


def parse_participant(text: str) -> tuple[str, str]:
    """`Anne, pædagog` → ("Anne", "pædagog"): a new participant with a faglighed."""
    name, _, faglighed = text.partition(",")
    return name.strip(), faglighed.strip()
