"""Speaking turns: participants, the talerliste with priorities, and talk time.

Like everything else, a fold over events. Talk time is the sum of wall-clock intervals
between `speaker_started` and the next `speaker_started`/`speaker_stopped`, booked to the
speaker and to the block that was current when they began.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from facilitator.core.event_shapes import fits
from facilitator.core.events import Event
from facilitator.core.participants import (
    PARTICIPANT_FIELDS,
    ROLES,
    Participant,
    participant_from_data,
)


class TurnEvent(StrEnum):
    PARTICIPANT_ADDED = "participant_added"
    SPEAKER_QUEUED = "speaker_queued"
    SPEAKER_REMOVED = "speaker_removed"
    SPEAKER_STARTED = "speaker_started"
    SPEAKER_STOPPED = "speaker_stopped"
    ROUND_PASSED = "round_passed"
    COLLEAGUES_MARKED = "colleagues_marked"
    GROUPS_SPLIT = "groups_split"
    QUIET_FIRST_SET = "quiet_first_set"
    SPEAKER_MOVED = "speaker_moved"
    SPEECH_LIMIT_SET = "speech_limit_set"
    PARTICIPANT_CHANGED = "participant_changed"
    PARTICIPANT_REMOVED = "participant_removed"
    SEATS_SET = "seats_set"


class Priority(IntEnum):
    """Lower comes first: a point of order beats a direct reply beats a clarifying question."""

    POINT_OF_ORDER = 0
    REPLY = 1
    CLARIFY = 2
    NORMAL = 3


@dataclass(frozen=True)
class QueueEntry:
    participant: str
    priority: Priority
    seq: int
    order: float
    """Place among entries of the same priority: the asking order until the chair moves
    someone up or down."""


@dataclass
class TurnsState:
    participants: dict[str, Participant] = field(default_factory=dict)
    queue: list[QueueEntry] = field(default_factory=list)
    speaker: str | None = None
    speaker_since: datetime | None = None
    speaker_block: str | None = None
    talk_seconds: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    turns: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    interjections: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    """Of `turns`: those given for a priority request (a reply, a clarifying question, a
    point of order), which do not use up a person's turn in a round."""
    speaker_priority: Priority = Priority.NORMAL
    """What the current speaker asked for: the priority they were waiting with."""
    turn_booked: float = 0.0
    """Of the current speaker's turn: the seconds booked already (before a pause)."""
    passed: dict[str, set[str]] = field(default_factory=dict)
    """Per block: who passed (or was skipped) in a round."""
    colleagues: set[frozenset[str]] = field(default_factory=set)
    quiet_first: bool = False
    groups: dict[str, tuple[int, int, list[list[str]]]] = field(default_factory=dict)
    """Per block: (group size, seed, the groups as participant ids)."""
    speech_limits: dict[str, int] = field(default_factory=dict)
    """Per block: a limit per speech set live, in seconds (0 = no limit)."""

    def seed(self, roster: Iterable[Participant], colleagues: Iterable[Iterable[str]]) -> None:
        """Start from the roster written in `session.toml` (carried from the last meeting)."""
        for participant in roster:
            self.participants.setdefault(participant.id, participant)
        for pair in colleagues:
            ids = sorted(set(pair))
            if len(ids) >= 2 and all(i in self.participants for i in ids):
                for first, second in itertools.combinations(ids, 2):
                    self.colleagues.add(frozenset((first, second)))

    # ----------------------------------------------------------------- fold

    def apply(self, event: Event, current_block: str | None) -> bool:
        """Apply a speaker or roster event; False if it is not one, or does not fit. The
        data has its shape (core/event_shapes.py): the handlers check what it means."""
        handler = _HANDLERS.get(event.type)
        return handler is not None and fits(event) and handler(self, event, current_block)

    def _add_participant(self, event: Event, _block: str | None) -> bool:
        participant = participant_from_data(event.data)
        if participant is None or participant.id in self.participants:
            return False
        self.participants[participant.id] = participant
        return True

    def _set_quiet_first(self, event: Event, _block: str | None) -> bool:
        self.quiet_first = event.data["on"]
        return True

    def _mark_colleagues(self, event: Event, _block: str | None) -> bool:
        ids = event.data["participants"]
        if len(ids) < 2 or any(i not in self.participants for i in ids):
            return False
        for first, second in itertools.combinations(sorted(set(ids)), 2):
            self.colleagues.add(frozenset((first, second)))
        return True

    def _split_groups(self, event: Event, _block: str | None) -> bool:
        data = event.data
        groups = data["groups"]
        if not all(i in self.participants for group in groups for i in group):
            return False
        self.groups[data["block"]] = (data["size"], data["seed"], [list(g) for g in groups])
        return True

    def _pass_in_round(self, event: Event, _block: str | None) -> bool:
        who = event.data["participant"]
        if who not in self.participants:
            return False
        self.passed.setdefault(event.data["block"], set()).add(who)
        return True

    def _queue(self, event: Event, _block: str | None) -> bool:
        who = event.data["participant"]
        if who not in self.participants or any(e.participant == who for e in self.queue):
            return False
        try:
            priority = Priority[str(event.data.get("priority", "NORMAL"))]
        except KeyError:
            priority = Priority.NORMAL
        self.queue.append(QueueEntry(who, priority, event.seq, float(event.seq)))
        return True

    def _move_in_queue(self, event: Event, _block: str | None) -> bool:
        return self._move(event.data["participant"], event.data.get("direction"))

    def _unqueue(self, event: Event, _block: str | None) -> bool:
        before = len(self.queue)
        self.queue = [e for e in self.queue if e.participant != event.data["participant"]]
        return len(self.queue) != before

    def _stop_speaker(self, event: Event, _block: str | None) -> bool:
        if self.speaker is None:
            return False
        self.end_turn(event.at)
        return True

    def _start_speaker(self, event: Event, block: str | None) -> bool:
        who = event.data["participant"]
        if who not in self.participants:
            return False
        self.end_turn(event.at)
        asked = next((e.priority for e in self.queue if e.participant == who), Priority.NORMAL)
        self.queue = [e for e in self.queue if e.participant != who]
        self.speaker, self.speaker_since = who, event.at
        self.speaker_block, self.speaker_priority = block or "", asked
        self.turns[(who, self.speaker_block)] += 1
        if asked is not Priority.NORMAL:
            self.interjections[(who, self.speaker_block)] += 1
        return True

    def _move(self, who: str, direction: Any) -> bool:
        """Swap places with the neighbour of the same priority, up or down."""
        entry = next((e for e in self.queue if e.participant == who), None)
        if entry is None or direction not in ("up", "down"):
            return False
        peers = sorted(
            (e for e in self.queue if e.priority is entry.priority), key=lambda e: e.order
        )
        position = peers.index(entry) + (-1 if direction == "up" else 1)
        if not 0 <= position < len(peers):
            return False
        other = peers[position]
        swapped = {
            entry.participant: replace(entry, order=other.order),
            other.participant: replace(other, order=entry.order),
        }
        self.queue = [swapped.get(e.participant, e) for e in self.queue]
        return True

    def _change_participant(self, event: Event, _block: str | None) -> bool:
        data = event.data
        current = self.participants.get(str(data.get("id")))
        if current is None:
            return False
        changes = {
            key: str(data[key]).strip()
            for key in PARTICIPANT_FIELDS
            if isinstance(data.get(key), str)
        }
        if changes.get("name") == "":
            return False
        if "role" in changes and changes["role"] not in ROLES:
            changes["role"] = "deltager"
        self.participants[current.id] = replace(
            current,
            name=changes.get("name", current.name),
            faglighed=changes.get("faglighed", current.faglighed),
            role=changes.get("role", current.role),
            email=changes.get("email", current.email),
            phone=changes.get("phone", current.phone),
        )
        return True

    def _remove_participant(self, event: Event, _block: str | None) -> bool:
        data = event.data
        """Only someone who never had the word can leave the roster; the others keep
        their talk time in the records and are marked absent instead."""
        who = str(data.get("id"))
        if who not in self.participants or self.turn_count(who) or self.speaker == who:
            return False
        del self.participants[who]
        self.queue = [e for e in self.queue if e.participant != who]
        self.colleagues = {pair for pair in self.colleagues if who not in pair}
        return True

    def _set_seats(self, event: Event, _block: str | None) -> bool:
        data = event.data
        order = data["order"]
        if any(i not in self.participants for i in order):
            return False
        listed = list(dict.fromkeys(order))
        rest = sorted(
            (p for p in self.participants.values() if p.id not in listed),
            key=lambda p: (p.seat, p.name.casefold()),
        )
        for seat, participant_id in enumerate(listed + [p.id for p in rest], start=1):
            self.participants[participant_id] = replace(
                self.participants[participant_id], seat=seat
            )
        return True

    def _set_speech_limit(self, event: Event, _block: str | None) -> bool:
        data = event.data
        self.speech_limits[data["block"]] = data["seconds"]
        return True

    def _book(self, moment: datetime) -> None:
        if self.speaker is not None and self.speaker_since is not None:
            spoken = max(0.0, (moment - self.speaker_since).total_seconds())
            self.talk_seconds[(self.speaker, self.speaker_block or "")] += spoken
            self.turn_booked += spoken

    def end_turn(self, moment: datetime) -> None:
        """The floor is free: the speaker's time booked (also when the meeting ends)."""
        self._book(moment)
        self.speaker = self.speaker_since = self.speaker_block = None
        self.speaker_priority, self.turn_booked = Priority.NORMAL, 0.0

    def pause_talk(self, moment: datetime) -> None:
        """The meeting's clock stopped: the speaker's time stops with it."""
        self._book(moment)
        self.speaker_since = None

    def resume_talk(self, moment: datetime) -> None:
        if self.speaker is not None and self.speaker_since is None:
            self.speaker_since = moment

    # ----------------------------------------------------------------- queries

    def unbooked_seconds(self, now: datetime) -> float:
        if self.speaker_since is None:
            return 0.0
        return max(0.0, (now - self.speaker_since).total_seconds())

    def speaking_seconds(self, now: datetime) -> float:
        """How long the current speaker has had the floor (without the pauses)."""
        return self.turn_booked + self.unbooked_seconds(now) if self.speaker else 0.0

    def total_seconds(self, participant: str, now: datetime, block: str | None = None) -> float:
        """Talk time in one block, or in the whole meeting when `block` is None."""
        total = sum(
            seconds
            for (who, where), seconds in self.talk_seconds.items()
            if who == participant and (block is None or where == block)
        )
        if self.speaker == participant and (block is None or self.speaker_block == block):
            total += self.unbooked_seconds(now)
        return total

    def turn_count(self, participant: str, block: str | None = None) -> int:
        return sum(
            n
            for (who, where), n in self.turns.items()
            if who == participant and (block is None or where == block)
        )

    def ordered_queue(self, now: datetime, quiet_first: bool = False) -> list[QueueEntry]:
        """Priority entries first (in their order); then the rest in the order they asked,
        or, with quiet first, the one who has spoken least so far first."""

        def key(entry: QueueEntry) -> tuple[int, float, float]:
            quiet = self.total_seconds(entry.participant, now) if quiet_first else 0.0
            return (
                int(entry.priority),
                quiet if entry.priority is Priority.NORMAL else 0.0,
                entry.order,
            )

        return sorted(self.queue, key=key)

    def handles(self) -> dict[str, str]:
        """A short handle per participant: the seat number, so two keys queue anyone."""
        ordered = sorted(self.participants.values(), key=lambda p: (p.seat, p.name.casefold()))
        return {p.id: str(number) for number, p in enumerate(ordered, start=1)}

    def find(self, text: str) -> Participant | None:
        """A participant by handle (seat number) or by name (case-insensitive, prefix)."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for participant_id, handle in self.handles().items():
            if handle == wanted:
                return self.participants[participant_id]
        exact = [p for p in self.participants.values() if p.name.casefold() == wanted]
        if exact:
            return exact[0]
        prefix = [p for p in self.participants.values() if p.name.casefold().startswith(wanted)]
        return prefix[0] if len(prefix) == 1 else None


_HANDLERS: dict[str, Callable[[TurnsState, Event, str | None], bool]] = {
    TurnEvent.PARTICIPANT_ADDED: TurnsState._add_participant,
    TurnEvent.PARTICIPANT_CHANGED: TurnsState._change_participant,
    TurnEvent.PARTICIPANT_REMOVED: TurnsState._remove_participant,
    TurnEvent.SEATS_SET: TurnsState._set_seats,
    TurnEvent.SPEECH_LIMIT_SET: TurnsState._set_speech_limit,
    TurnEvent.QUIET_FIRST_SET: TurnsState._set_quiet_first,
    TurnEvent.COLLEAGUES_MARKED: TurnsState._mark_colleagues,
    TurnEvent.GROUPS_SPLIT: TurnsState._split_groups,
    TurnEvent.ROUND_PASSED: TurnsState._pass_in_round,
    TurnEvent.SPEAKER_QUEUED: TurnsState._queue,
    TurnEvent.SPEAKER_MOVED: TurnsState._move_in_queue,
    TurnEvent.SPEAKER_REMOVED: TurnsState._unqueue,
    TurnEvent.SPEAKER_STOPPED: TurnsState._stop_speaker,
    TurnEvent.SPEAKER_STARTED: TurnsState._start_speaker,
}
