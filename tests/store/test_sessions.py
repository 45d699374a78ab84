from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft, EventType
from facilitator.core.program import Program
from facilitator.store.errors import StoreError
from facilitator.store.event_log import EventLogCorrupt, EventLogWriter, read_event_log
from facilitator.store.files import atomic_write
from facilitator.store.live_session import LiveSession
from facilitator.store.session_files import EVENTS_NAME, find_session_folder, read_header
from tests.conftest import COPENHAGEN


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_session_folder_layout_and_private_modes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    try:
        assert session.folder.name == "2026-11-26_1900_netvaerk-foerste-moede"
        assert mode(sessions_dir) == 0o700
        assert mode(session.folder) == 0o700
        for name in ("session.toml", "events.jsonl", ".lock", ".lock.owner"):
            assert mode(session.folder / name) == 0o600, name
        header, program = read_header(session.folder)
        assert program == netvaerk
        assert header.created == clock.now()
    finally:
        session.close()


def test_same_minute_gets_a_second_folder(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    first = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    second = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    assert second.folder.name == first.folder.name + "-2"
    first.close()
    second.close()


def test_events_are_one_json_line_each_with_seq_and_utc(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(90)
    session.execute(agenda.next_block(session.state))
    session.close()
    lines = (session.folder / EVENTS_NAME).read_text(encoding="utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    assert [o["seq"] for o in objects] == [1, 2, 3]
    assert [o["type"] for o in objects] == ["session_opened", "clock_started", "block_ended"]
    assert objects[2]["at"] == "2026-11-26T18:01:30.000000Z"
    assert objects[2]["data"] == {"block": "velkommen"}


def test_resume_after_a_crash_shows_the_same_block_and_time(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(16 * 60)
    session.execute(agenda.next_block(session.state))
    session.execute(agenda.extend_block(session.state, 300))
    clock.advance(10 * 60)
    expected = session.state.remaining_seconds(clock.now())
    # A crash: no close(), the lock goes with the process. Simulate by releasing it only.
    session.close()
    clock.advance(7 * 60)  # the terminal was closed for seven minutes; time went on
    resumed = LiveSession.open(session.folder, clock)
    try:
        assert not resumed.read_only
        assert resumed.state.current == "praesentationsrunde"
        assert resumed.state.runs["praesentationsrunde"].planned_seconds == 50 * 60
        assert resumed.state.remaining_seconds(clock.now()) == expected - 7 * 60
    finally:
        resumed.close()


def test_a_second_opener_is_read_only_and_names_the_owner(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    size_before = (chair.folder / EVENTS_NAME).stat().st_size
    second = LiveSession.open(chair.folder, clock)
    try:
        assert second.read_only
        assert second.locked_by is not None and second.locked_by.pid == os.getpid()
        message = second.read_only_message()
        assert f"proces {os.getpid()}" in message and "kl. " in message
        with pytest.raises(StoreError):
            second.execute(agenda.toggle_clock(second.state))
        assert (chair.folder / EVENTS_NAME).stat().st_size == size_before
        # The read-only view follows the chair's changes.
        chair.execute(agenda.toggle_clock(chair.state))
        assert second.follow() and second.state.running
    finally:
        second.close()
        chair.close()


def test_stale_lock_after_kill_is_taken_over(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, tmp_path: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.close()
    holder = textwrap.dedent(f"""
        import fcntl, sys, time
        lock = open({str(session.folder / ".lock")!r}, "a")
        fcntl.flock(lock, fcntl.LOCK_EX)
        print("held", flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        assert LiveSession.open(session.folder, clock).read_only
        process.kill()
        process.wait(timeout=10)
        taken = LiveSession.open(session.folder, clock)
        assert not taken.read_only
        taken.close()
    finally:
        process.kill()


def test_torn_last_line_is_dropped_and_cut_before_the_next_append(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.close()
    log = session.folder / EVENTS_NAME
    with log.open("ab") as handle:
        handle.write(b'{"seq": 3, "at": "2026-11-26T18:')
    read = read_event_log(log)
    assert read.torn_tail and len(read.events) == 2
    # Reading never rewrites.
    assert log.read_bytes().endswith(b"18:")
    resumed = LiveSession.open(session.folder, clock)
    resumed.execute(agenda.next_block(resumed.state))
    resumed.close()
    objects = [json.loads(line) for line in log.read_text().splitlines()]
    assert [o["seq"] for o in objects] == [1, 2, 3, 4]


def test_bad_line_in_the_middle_names_the_line(tmp_path: Path) -> None:
    log = tmp_path / EVENTS_NAME
    good = '{"seq": 1, "at": "2026-11-26T18:00:00Z", "type": "clock_started", "data": {}}\n'
    log.write_text(good + "this is not json\n" + good.replace('"seq": 1', '"seq": 3'))
    with pytest.raises(EventLogCorrupt) as raised:
        read_event_log(log)
    assert raised.value.line == 2
    assert f"{log}:2:" in raised.value.message


def test_failed_append_leaves_no_partial_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / EVENTS_NAME
    writer = EventLogWriter(log, next_seq=1)
    writer.append(EventDraft(EventType.CLOCK_STARTED), FakeClock().now())
    real_write = os.write

    def half_write(descriptor: int, data: bytes) -> int:
        real_write(descriptor, bytes(data)[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_write)
    with pytest.raises(StoreError) as raised:
        writer.append(EventDraft(EventType.CLOCK_PAUSED), FakeClock().now())
    monkeypatch.undo()
    assert "disken er fuld" in raised.value.message
    assert len(read_event_log(log).events) == 1
    assert not read_event_log(log).torn_tail
    assert writer.next_seq == 2
    writer.close()


def test_atomic_write_keeps_the_old_file_when_replace_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "session.toml"
    atomic_write(target, b"old")

    def failing_replace(source: object, destination: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(StoreError, match="skriveadgang"):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["session.toml"]


def test_broken_session_toml_names_file_and_line(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.close()
    header = session.folder / "session.toml"
    header.write_text(header.read_text().replace("[session]", "[session", 1))
    with pytest.raises(StoreError) as raised:
        LiveSession.open(session.folder, clock)
    assert f"{header}:1:" in raised.value.message


def test_find_session_latest_by_name_and_missing(
    netvaerk: Program, erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    with pytest.raises(StoreError, match="ingen møder"):
        find_session_folder(sessions_dir, None)
    first = LiveSession.create(sessions_dir, erfaring, clock, COPENHAGEN)
    clock.advance(3600)
    second = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    first.close()
    second.close()
    assert find_session_folder(sessions_dir, None) == second.folder
    assert find_session_folder(sessions_dir, "erfaringsgruppe") == first.folder
    with pytest.raises(StoreError, match="Fandt intet møde"):
        find_session_folder(sessions_dir, "findes-ikke")


def test_group_is_kept_in_the_header(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Netværk Nord")
    session.close()
    header, _program = read_header(session.folder)
    assert header.group == "Netværk Nord"
