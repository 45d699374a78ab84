"""A meeting left without an end, read days later: `show`, `export` and the review stop its
times at its last event and say it was not ended; while a seat holds it, it counts on."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.cli.entry import main
from facilitator.core import agenda
from facilitator.core.clock import FakeClock, local_zone
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.i18n import format_clock_time
from facilitator.store.live_session import LiveSession
from facilitator.store.liveness import meeting_is_live
from facilitator.store.lock import REFERENT_LOCK_NAME, SessionLock
from facilitator.tui.screens.session_detail import SessionDetailScreen
from tests.conftest import COPENHAGEN, MEETING_START
from tests.tui.conftest import app_for

LAST_EVENT = MEETING_START + timedelta(minutes=42)


def left_without_an_end(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    """Started 18.00 UTC, the second item from 18.17, a decision at 18.42, then the
    chair's process gone (its lock let go, no end event)."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(17 * 60)
    session.execute(agenda.next_block(session.state))
    clock.advance(25 * 60)
    block = session.state.current
    data = {"id": "e1", "block": block, "text": "Vi mødes igen"}
    session.record_all([EventDraft(ReferatEvent.DECISION_ADDED, data)])
    session.close()
    clock.advance(5 * 24 * 3600)  # looked at five days later
    return session.folder


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def local(moment: datetime) -> str:
    """As the command line shows it: in the machine's own zone."""
    return format_clock_time(moment.astimezone(local_zone()))


def test_no_seat_holds_it_so_the_times_stop_at_the_last_event(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = left_without_an_end(netvaerk, clock, sessions_dir)
    assert not meeting_is_live(folder)
    common = ("--sessions-dir", str(sessions_dir))
    start, last = local(MEETING_START), local(LAST_EVENT)
    said = (
        f"Mødet blev ikke afsluttet; tiderne går til det sidste, der blev registreret, kl. {last}."
    )
    referat = cli(capsys, "export", folder.name, *common)
    assert f"- **Tid:** kl. {start}–{last} (ikke afsluttet)" in referat
    assert f"*{said}*" in referat
    second = netvaerk.blocks[1].title
    assert f"| 2 | {second} | {netvaerk.blocks[1].minutes} min | 25 min |" in referat
    shown = cli(capsys, "show", folder.name, *common)
    assert said in " ".join(shown.split())
    assert "25:00" in shown and "120:" not in shown


def test_a_seat_holds_it_so_it_runs_and_counts_to_now(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = left_without_an_end(netvaerk, clock, sessions_dir)
    lock = SessionLock(folder)
    lock.acquire(clock.now())  # the chair took it up again
    try:
        assert meeting_is_live(folder)
        referat = cli(capsys, "export", folder.name, "--sessions-dir", str(sessions_dir))
        assert "– mødet er i gang" in referat
        assert "ikke afsluttet" not in referat
        shown = cli(capsys, "show", folder.name, "--sessions-dir", str(sessions_dir))
        assert "ikke afsluttet" not in shown
        assert "25:00" not in shown  # the second item runs on to the wall clock's now
    finally:
        lock.release()


def test_the_referents_seat_alone_keeps_it_running(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = left_without_an_end(netvaerk, clock, sessions_dir)
    lock = SessionLock(folder, REFERENT_LOCK_NAME)
    lock.acquire(clock.now())
    try:
        assert meeting_is_live(folder)
    finally:
        lock.release()
    assert not meeting_is_live(folder)


async def review_screen(folder: Path, clock: FakeClock, sessions_dir: Path) -> str:
    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(120, 60)) as pilot:
        review.push_screen(SessionDetailScreen(folder, clock, COPENHAGEN))
        await pilot.pause()
        return " ".join(review.export_screenshot().replace("&#160;", " ").split())


async def test_the_review_stops_an_unended_meeting_and_runs_a_held_one(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = left_without_an_end(netvaerk, clock, sessions_dir)
    screen = await review_screen(folder, clock, sessions_dir)
    assert "kl. 19.00–19.42 (ikke afsluttet)" in screen
    assert "Mødet blev ikke afsluttet; tiderne går til det sidste" in screen
    assert screen.count("Mødet blev ikke afsluttet") == 1  # in the referat, not twice
    assert "25:00" in screen and "120:25:00" not in screen
    lock = SessionLock(folder)
    lock.acquire(clock.now())
    try:
        screen = await review_screen(folder, clock, sessions_dir)
    finally:
        lock.release()
    assert "120:25:00" in screen  # five days and 25 minutes: it still runs
    assert "mødet er i gang" in screen and "ikke afsluttet" not in screen
