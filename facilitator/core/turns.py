"""Speaking turns: participants, the talerliste with priorities, and talk time.

Like everything else, a fold over events. Talk time is the sum of wall-clock intervals
between `speaker_started` and the next `speaker_started`/`speaker_stopped`, booked to the
speaker and to the block that was current when they began.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from facilitator.core.event_shapes import fits
from facilitator.core.events import Event


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


ROLES = ("ordstyrer", "referent", "grænsevogter", "temaansvarlig", "deltager")
"""The roles the seeds give people in a meeting; `deltager` is everyone else."""
PARTICIPANT_FIELDS = ("name", "faglighed", "role", "email", "phone")


class Priority(IntEnum):
    """Lower comes first: a point of order beats a direct reply beats a clarifying question."""

    POINT_OF_ORDER = 0
    REPLY = 1
    CLARIFY = 2
    NORMAL = 3


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    faglighed: str = ""
    role: str = "deltager"
    seat: int = 0
    email: str = ""
    phone: str = ""

    def to_data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "faglighed": self.faglighed,
            "role": self.role,
            "seat": self.seat,
            "email": self.email,
            "phone": self.phone,
        }


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
        try:
            kind = TurnEvent(event.type)
        except ValueError:
            return False
        if not fits(event):
            return False
        data = event.data
        if kind in _ROSTER_HANDLERS:
            return _ROSTER_HANDLERS[kind](self, data)
        if kind is TurnEvent.PARTICIPANT_ADDED:
            participant = _participant_from(data)
            if participant is None or participant.id in self.participants:
                return False
            self.participants[participant.id] = participant
            return True
        # The data has its shape (core/event_shapes.py): only what it means is checked here.
        if kind is TurnEvent.QUIET_FIRST_SET:
            self.quiet_first = data["on"]
            return True
        if kind is TurnEvent.COLLEAGUES_MARKED:
            ids = data["participants"]
            if len(ids) < 2 or any(i not in self.participants for i in ids):
                return False
            for first, second in itertools.combinations(sorted(set(ids)), 2):
                self.colleagues.add(frozenset((first, second)))
            return True
        if kind is TurnEvent.GROUPS_SPLIT:
            groups = data["groups"]
            if not all(i in self.participants for group in groups for i in group):
                return False
            self.groups[data["block"]] = (data["size"], data["seed"], [list(g) for g in groups])
            return True
        who = data.get("participant")
        if kind is TurnEvent.ROUND_PASSED:
            if who not in self.participants:
                return False
            self.passed.setdefault(data["block"], set()).add(str(who))
            return True
        if kind is TurnEvent.SPEAKER_QUEUED:
            if who not in self.participants or any(e.participant == who for e in self.queue):
                return False
            try:
                priority = Priority[str(data.get("priority", "NORMAL"))]
            except KeyError:
                priority = Priority.NORMAL
            self.queue.append(QueueEntry(str(who), priority, event.seq, float(event.seq)))
            return True
        if kind is TurnEvent.SPEAKER_MOVED:
            return self._move(str(who), data.get("direction"))
        if kind is TurnEvent.SPEAKER_REMOVED:
            before = len(self.queue)
            self.queue = [e for e in self.queue if e.participant != who]
            return len(self.queue) != before
        if kind is TurnEvent.SPEAKER_STOPPED:
            if self.speaker is None:
                return False
            self.end_turn(event.at)
            return True
        # SPEAKER_STARTED
        if who not in self.participants:
            return False
        self.end_turn(event.at)
        asked = next((e.priority for e in self.queue if e.participant == who), Priority.NORMAL)
        self.queue = [e for e in self.queue if e.participant != who]
        self.speaker, self.speaker_since = str(who), event.at
        self.speaker_block, self.speaker_priority = current_block or "", asked
        self.turns[(self.speaker, self.speaker_block)] += 1
        if asked is not Priority.NORMAL:
            self.interjections[(self.speaker, self.speaker_block)] += 1
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

    def _change_participant(self, data: Mapping[str, Any]) -> bool:
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

    def _remove_participant(self, data: Mapping[str, Any]) -> bool:
        """Only someone who never had the word can leave the roster; the others keep
        their talk time in the records and are marked absent instead."""
        who = str(data.get("id"))
        if who not in self.participants or self.turn_count(who) or self.speaker == who:
            return False
        del self.participants[who]
        self.queue = [e for e in self.queue if e.participant != who]
        self.colleagues = {pair for pair in self.colleagues if who not in pair}
        return True

    def _set_seats(self, data: Mapping[str, Any]) -> bool:
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

    def _set_speech_limit(self, data: Mapping[str, Any]) -> bool:
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


def _participant_from(data: Mapping[str, Any]) -> Participant | None:
    participant_id, name = data.get("id"), data.get("name")
    if not isinstance(participant_id, str) or not isinstance(name, str) or not name.strip():
        return None
    seat = data.get("seat", 0)
    return Participant(
        id=participant_id,
        name=name.strip(),
        faglighed=str(data.get("faglighed") or ""),
        role=str(data.get("role") or "deltager"),
        seat=seat if isinstance(seat, int) and not isinstance(seat, bool) else 0,
        email=str(data.get("email") or ""),
        phone=str(data.get("phone") or ""),
    )


def participant_from_data(data: Mapping[str, Any]) -> Participant | None:
    """A participant from `session.toml` or an event; None when it has no id or name."""
    return _participant_from(data)


_ROSTER_HANDLERS: dict[TurnEvent, Callable[[TurnsState, Mapping[str, Any]], bool]] = {
    TurnEvent.PARTICIPANT_CHANGED: TurnsState._change_participant,
    TurnEvent.PARTICIPANT_REMOVED: TurnsState._remove_participant,
    TurnEvent.SEATS_SET: TurnsState._set_seats,
    TurnEvent.SPEECH_LIMIT_SET: TurnsState._set_speech_limit,
}
