"""Every event type has its shape declared once, and the folds read only what fits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.core.agenda import AgendaState
from facilitator.core.event_shapes import SHAPES, fits
from facilitator.core.events import Event, EventType
from facilitator.core.memory import MemoryEvent
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.core.room import RoomEvent
from facilitator.core.session import SessionState
from facilitator.core.turns import TurnEvent

AT = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


def event(kind: str, data: dict[str, object], line: int = 0, seq: int = 1) -> Event:
    return Event(seq, AT, kind, data, line=line)


def test_every_event_type_of_every_fold_has_a_shape() -> None:
    kinds = (*EventType, *ReferatEvent, *TurnEvent, *MemoryEvent, *RoomEvent)
    written = {str(kind) for kind in kinds}
    assert set(SHAPES) == written


@pytest.mark.parametrize(
    ("kind", "data", "fit"),
    [
        (TurnEvent.SPEAKER_QUEUED, {"participant": "anne"}, True),
        (TurnEvent.SPEAKER_QUEUED, {"participant": ["anne"]}, False),  # unhashable: crashed
        (TurnEvent.SPEAKER_QUEUED, {"participant": "anne", "priority": 3}, False),
        (EventType.BLOCK_REOPENED, {"block": {"id": "x"}}, False),
        (EventType.BLOCK_EXTENDED, {"block": "x", "seconds": 10**20}, False),
        (EventType.BLOCK_EXTENDED, {"block": "x", "seconds": True}, False),
        (EventType.BLOCK_EXTENDED, {"block": "x", "seconds": -60}, True),
        (ReferatEvent.ACTION_UPDATED, {"id": "a", "done": None, "who": "Bo"}, True),
        (ReferatEvent.ACTION_UPDATED, {"id": "a", "done": "ja"}, False),
        (ReferatEvent.DECISION_ADDED, {"id": "d", "block": "b", "text": "\ud800"}, False),
        (TurnEvent.GROUPS_SPLIT, {"block": "b", "size": 2, "seed": 1, "groups": [["a", 1]]}, False),
        ("from_a_newer_version", {"anything": [1, {}]}, True),  # counted by the fold instead
    ],
)
def test_a_shape_says_what_each_field_must_be(
    kind: str, data: dict[str, object], fit: bool
) -> None:
    assert fits(event(kind, data)) is fit


def test_events_that_do_not_fit_are_skipped_and_named_by_line(netvaerk: Program) -> None:
    events = [
        event(EventType.CLOCK_STARTED, {}, line=1, seq=1),
        event(TurnEvent.PARTICIPANT_ADDED, {"id": "anne", "name": "Anne"}, line=2, seq=2),
        event(TurnEvent.SPEAKER_STARTED, {"participant": ["anne"]}, line=14, seq=3),
        event(ReferatEvent.ROLE_SET, {"role": "ordstyrer", "name": None}, line=31, seq=4),
        event(TurnEvent.SPEAKER_STARTED, {"participant": "anne"}, line=32, seq=5),
        event("from_a_newer_version", {}, line=33, seq=6),
    ]
    state = SessionState.from_events(netvaerk, events)
    assert state.agenda.unreadable == [14, 31]
    assert state.agenda.ignored_events == 1  # the unknown type: not understood, not unreadable
    assert state.turns.speaker == "anne"  # the events after a bad one are read
    assert state.referat.roles == {}


def test_an_event_not_read_from_a_file_is_named_by_its_sequence_number(netvaerk: Program) -> None:
    state = AgendaState.initial(netvaerk)
    state.apply(event(EventType.BLOCK_ENDED, {"block": 7}, seq=9))
    assert state.unreadable == [9]
    assert state.current == "velkommen"
