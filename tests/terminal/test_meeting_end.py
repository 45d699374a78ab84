"""A meeting quit on its last item is over, and every later look at it says the same."""

from __future__ import annotations

import time
from pathlib import Path

from tests.terminal.harness import Terminal, events_of, export_referat, session_folder

READY = "F5 Start/pause"


def test_ctrl_q_on_the_last_item_ends_the_meeting_and_its_times_stand_still(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>", "alfa", "<F6>", "bravo", "<F6>", "charlie", "<F6>", "delta")
    term.wait_for("delta")
    term.burst("<C-q>")
    screen = term.wait_for("Mødet kører")
    assert "Mødet er slut – tiden stopper nu  (Enter)" in screen  # the last item: end it
    term.burst("<Enter>")
    assert term.exit_code() == 0
    types = [event["type"] for event in events_of(tmp_path / "sessions")]
    assert types[-1] == "meeting_ended"
    first = export_referat(tmp_path)
    assert "ikke afsluttet" not in first
    time.sleep(61)  # a minute later the same meeting reads the same, to the minute
    assert export_referat(tmp_path) == first
    assert (session_folder(tmp_path / "sessions") / "events.jsonl").exists()


def test_leaving_the_clock_running_is_said_in_the_referat_and_stops_there(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>", "alfa")
    term.wait_for("alfa")
    assert term.quit(answer="k") == 0
    assert events_of(tmp_path / "sessions")[-1]["type"] == "meeting_left"
    first = export_referat(tmp_path)
    assert "ikke afsluttet" in first
    time.sleep(2)
    assert export_referat(tmp_path) == first


def test_resume_without_a_name_opens_the_meeting_that_was_running(
    term: Terminal, plain_program: Path, decision_program: Path, tmp_path: Path
) -> None:
    """Three meetings started the same minute: one ended, one running, one never
    started (newest by folder name). `resume` opens the running one."""
    from facilitator.core.clock import FakeClock
    from facilitator.store.program_files import load_program
    from tests.conftest import MEETING_START
    from tests.store.test_resume import ended, never_started, running

    sessions = tmp_path / "sessions"
    clock = FakeClock(MEETING_START)
    ended(load_program(plain_program), clock, sessions)
    live = running(load_program(decision_program), clock, sessions)
    live.close()
    never_started(load_program(plain_program), clock, sessions)
    term.start("resume", "--sessions-dir", "sessions")
    screen = term.wait_for(READY)
    assert "Beslutningstest" in screen
    assert term.quit(answer="p") == 0
