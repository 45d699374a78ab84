"""Several seats on one session folder: appends from several processes, who may write
what, the referent's lock, and notes that follow the seat that writes them."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.core.seats import Seat
from facilitator.core.turn_commands import add_participant
from facilitator.store.errors import StoreError
from facilitator.store.event_log import read_event_log
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import load_note, save_note
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.store.session_files import EVENTS_NAME
from tests.conftest import COPENHAGEN, MEETING_START, REPO

APPENDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from facilitator.core.clock import SystemClock
    from facilitator.core.events import EventDraft
    from facilitator.core.seats import Seat
    from facilitator.store.live_session import LiveSession

    folder, seat, count = Path(sys.argv[1]), Seat(sys.argv[2]), int(sys.argv[3])
    session = LiveSession.open(folder, SystemClock(), seat=seat)
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for number in range(count):
        session.record(EventDraft("point_parked", {"id": f"{seat}-{number}", "block": "x",
                                                   "text": "x" * (number % 300)}))
    session.close()
    print("done", flush=True)
    """
)


def test_two_processes_appending_ten_thousand_events_lose_and_tear_nothing(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    creator = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    creator.close()  # a chair process and a referent process then write at once
    folder = creator.folder
    per_process = 5_000
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", APPENDER, str(folder), seat, str(per_process)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for seat in ("chair", "referent")
    ]
    try:
        for process in processes:
            assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        for process in processes:
            assert process.wait(timeout=300) == 0
    finally:
        for process in processes:
            process.kill()
    raw = (folder / EVENTS_NAME).read_bytes()
    assert raw.endswith(b"\n")
    lines = raw.decode("utf-8").splitlines()
    objects = [json.loads(line) for line in lines]  # every line whole
    assert [o["seq"] for o in objects] == list(range(1, len(objects) + 1))
    parked = [o["data"]["id"] for o in objects if o["type"] == "point_parked"]
    for seat in ("chair", "referent"):
        mine = [entry for entry in parked if entry.startswith(f"{seat}-")]
        assert mine == [f"{seat}-{number}" for number in range(per_process)]
    assert len(read_event_log(folder / EVENTS_NAME).events) == len(objects)


def test_the_referent_writes_the_referat_but_not_agenda_or_speakers(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    referent = LiveSession.open(chair.folder, clock, seat=Seat.REFERENT)
    try:
        assert not referent.read_only
        draft = EventDraft(ReferatEvent.DECISION_ADDED, {"id": "d1", "block": "x", "text": "Ja"})
        referent.record(draft)
        with pytest.raises(StoreError, match="ordstyreren"):
            referent.record(agenda.toggle_clock(referent.state))  # type: ignore[arg-type]
        with pytest.raises(StoreError):
            referent.record(add_participant(referent.turns, "Anna", ""))
        assert not referent.may_record("clock_started")
        # The chair sees the referent's decision, and numbering goes on after it.
        clock.advance(5)
        event = chair.record(add_participant(chair.turns, "Anna", "pædagog"))
        assert "d1" in chair.referat.entries
        assert event.seq == 3  # session_opened, decision_added, participant_added
        referent.follow()
        assert "anna" in referent.turns.participants
    finally:
        referent.close()
        chair.close()


def test_a_second_referent_is_refused_and_told_who_sits_there(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    referent = LiveSession.open(chair.folder, clock, seat=Seat.REFERENT)
    try:
        with pytest.raises(StoreError, match="allerede en referent") as refused:
            LiveSession.open(chair.folder, clock, seat=Seat.REFERENT)
        assert "proces" in str(refused.value)
        owner = chair.notes_taken_by()
        assert owner is not None
        display = LiveSession.open(chair.folder, clock, seat=Seat.DISPLAY)
        assert display.read_only and display.notes_taken_by() is None
        display.close()
    finally:
        referent.close()
    assert chair.notes_taken_by() is None
    chair.close()


def test_a_seat_that_died_mid_line_is_cut_off_before_the_next_append(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    with (chair.folder / EVENTS_NAME).open("ab") as log:
        log.write(b'{"seq": 2, "at": "2026-11-26T18:00:00Z", "ty')  # a referent killed here
    chair.record(add_participant(chair.turns, "Anna", ""))
    events = read_event_log(chair.folder / EVENTS_NAME).events
    assert [event.seq for event in events] == [1, 2]
    assert events[-1].type == "participant_added"
    chair.close()


def test_notes_follow_the_other_seat_but_never_overwrite_unsaved_text(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN).folder
    first, second = netvaerk.blocks[0].id, netvaerk.blocks[1].id
    chair = NotesBuffer(folder, netvaerk)
    referent = NotesBuffer(folder, netvaerk)
    referent.set_text(first, "Referentens linje.\n", MEETING_START)
    referent.save(MEETING_START)
    assert chair.reload() == {first}
    assert chair.text(first) == "Referentens linje.\n"
    assert chair.reload() == set()  # nothing new: only a stat per file
    # Both write the same block before seeing each other: the save keeps both texts.
    chair.set_text(second, "Ordstyrerens linje.", MEETING_START)
    referent.set_text(second, "Referentens anden linje.", MEETING_START)
    referent.save(MEETING_START)
    assert second not in chair.reload()  # unsaved text is not replaced
    chair.save(MEETING_START)
    saved = load_note(folder, netvaerk, second)
    assert "Ordstyrerens linje." in saved and "Referentens anden linje." in saved
    assert "anden plads" in saved
    # A save of our own text over an unchanged file is a plain replace.
    save_note(folder, netvaerk, first, "x")
    chair.reload()
    chair.set_text(first, "y", MEETING_START)
    chair.save(MEETING_START)
    assert load_note(folder, netvaerk, first) == "y"
