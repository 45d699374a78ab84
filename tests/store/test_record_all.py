"""An action of several events is written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.store.errors import StoreError
from facilitator.store.event_log import read_event_log
from facilitator.store.live_session import LiveSession
from facilitator.store.session_files import EVENTS_NAME
from tests.conftest import COPENHAGEN


def test_a_new_priority_is_two_events_in_one_write(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.record(add_participant(session.turns, "Anne", ""))
    session.record(EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": "anne"}))
    again = [
        EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": "anne"}),
        EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": "anne", "priority": "REPLY"}),
    ]
    log = sessions_dir / session.folder.name / EVENTS_NAME
    before = log.read_bytes()
    writes: list[int] = []
    real_write = os.write

    def failing_write(descriptor: int, data: bytes) -> int:
        writes.append(len(data))
        return real_write(descriptor, data[: len(data) // 2])  # the disk fills up mid-write

    monkeypatch.setattr(os, "write", failing_write)
    with pytest.raises(StoreError):
        session.record_all(again)
    monkeypatch.undo()
    assert len(writes) == 1  # one write for both
    assert log.read_bytes() == before  # cut back: neither is on disk
    assert [e.participant for e in session.turns.queue] == ["anne"]  # still waiting

    events = session.record_all(again)
    assert [e.seq for e in events] == [events[0].seq, events[0].seq + 1]
    assert session.turns.queue[0].priority.name == "REPLY"
    session.close()
    on_disk = read_event_log(log).events
    assert [e.type for e in on_disk[-2:]] == ["speaker_removed", "speaker_queued"]
