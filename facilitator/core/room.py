"""What the room sees and decides together, as a fold over events: when the meeting is
to start, the message on the room's screens (`/skærm`), the proposals collected in an
item (`/forslag`), the dots, votes and consent rounds over them, and the ticks in the
items' checklists.

The outcomes of dots, votes and consent are also decisions in the referat (the action
records a `decision_added` with the numbers beside its own event); this fold keeps the
numbers themselves, and what the screens show while the item runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from facilitator.core.event_shapes import fits
from facilitator.core.events import Event


class RoomEvent(StrEnum):
    START_ANNOUNCED = "start_announced"
    ROOM_MESSAGE_SET = "room_message_set"
    PROPOSAL_ADDED = "proposal_added"
    DOTS_COUNTED = "dots_counted"
    VOTE_COUNTED = "vote_counted"
    CONSENT_COUNTED = "consent_counted"
    CHECKLIST_TICKED = "checklist_ticked"


@dataclass(frozen=True)
class Proposal:
    id: str
    text: str
    seq: int


@dataclass(frozen=True)
class Vote:
    id: str
    block: str
    text: str
    yes: int
    no: int
    abstain: int
    present: int

    @property
    def passed(self) -> bool:
        """A simple majority of the votes cast: more for than against."""
        return self.yes > self.no


@dataclass(frozen=True)
class Consent:
    id: str
    block: str
    text: str
    agreed: tuple[str, ...]
    objections: tuple[tuple[str, str], ...]
    """(name, reason) for each indvending."""

    @property
    def passed(self) -> bool:
        return not self.objections


@dataclass
class RoomState:
    announced_start: datetime | None = None
    message: str = ""
    proposals: dict[str, list[Proposal]] = field(default_factory=dict)
    """Per item, in the order they were made (their numbers are their places)."""
    dots: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per item, the latest count of dots per proposal id."""
    votes: list[Vote] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    ticks: dict[str, frozenset[int]] = field(default_factory=dict)
    """Per item, the checklist lines (0-based) ticked off."""

    def apply(self, event: Event) -> bool:
        """Apply a room event; False if it is not one, or does not fit its shape."""
        handler = _HANDLERS.get(event.type)
        return handler is not None and fits(event) and handler(self, event)

    def proposals_for(self, block: str) -> list[Proposal]:
        return self.proposals.get(block, [])

    def ranking(self, block: str) -> list[tuple[Proposal, int]]:
        """The item's proposals by dots, most first (equal counts in the order made)."""
        counts = self.dots.get(block, {})
        ranked = [(proposal, counts.get(proposal.id, 0)) for proposal in self.proposals_for(block)]
        return sorted(ranked, key=lambda pair: (-pair[1], pair[0].seq))

    def ticked(self, block: str) -> frozenset[int]:
        return self.ticks.get(block, frozenset())

    def _announce(self, event: Event) -> bool:
        try:
            moment = datetime.fromisoformat(event.data["starts"])
        except ValueError:
            return False
        if moment.tzinfo is None:
            return False
        self.announced_start = moment
        return True

    def _set_message(self, event: Event) -> bool:
        self.message = event.data["text"].strip()
        return True

    def _add_proposal(self, event: Event) -> bool:
        data = event.data
        text, block = data["text"].strip(), data["block"]
        if not text or any(p.id == data["id"] for p in self.proposals_for(block)):
            return False
        self.proposals.setdefault(block, []).append(Proposal(data["id"], text, event.seq))
        return True

    def _count_dots(self, event: Event) -> bool:
        self.dots[event.data["block"]] = dict(event.data["dots"])
        return True

    def _count_vote(self, event: Event) -> bool:
        data = event.data
        self.votes.append(
            Vote(
                data["id"],
                data["block"],
                data["text"],
                data["for"],
                data["against"],
                data["abstain"],
                data["present"],
            )
        )
        return True

    def _count_consent(self, event: Event) -> bool:
        data = event.data
        objections = tuple(sorted(data["objections"].items()))
        self.consents.append(
            Consent(data["id"], data["block"], data["text"], tuple(data["agreed"]), objections)
        )
        return True

    def _tick(self, event: Event) -> bool:
        block, item = event.data["block"], event.data["item"]
        ticked = set(self.ticked(block))
        if event.data["done"]:
            ticked.add(item)
        else:
            ticked.discard(item)
        self.ticks[block] = frozenset(ticked)
        return True


_HANDLERS: Mapping[str, Callable[[RoomState, Event], bool]] = {
    RoomEvent.START_ANNOUNCED: RoomState._announce,
    RoomEvent.ROOM_MESSAGE_SET: RoomState._set_message,
    RoomEvent.PROPOSAL_ADDED: RoomState._add_proposal,
    RoomEvent.DOTS_COUNTED: RoomState._count_dots,
    RoomEvent.VOTE_COUNTED: RoomState._count_vote,
    RoomEvent.CONSENT_COUNTED: RoomState._count_consent,
    RoomEvent.CHECKLIST_TICKED: RoomState._tick,
}
