"""Which meeting opens without a name: the one that was running, never the newest folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.resume import (
    ResumeState,
    describe_others,
    resume_candidates,
    running_sessions,
    session_to_resume,
)
from tests.conftest import COPENHAGEN


def running(program: Program, clock: FakeClock, sessions_dir: Path) -> LiveSession:
    """A meeting started and left running (as after a crash); the session stays open."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    return session


def ended(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    session = running(program, clock, sessions_dir)
    while not session.state.finished:
        clock.advance(30)
        session.execute(agenda.next_block(session.state))
    session.close()
    return session.folder


def never_started(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.close()
    return session.folder


def test_the_running_meeting_beats_an_ended_one_and_a_newer_empty_one(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Three meetings started in the same minute: the never-started one is newest by
    folder name (`…-3`), the ended one was started and finished, and the running one
    has the newest last event. Resume takes the running one."""
    live = running(netvaerk, clock, sessions_dir)
    finished = ended(netvaerk, clock, sessions_dir)
    clock.advance(20)
    live.execute(agenda.extend_block(live.state, 60))  # the running meeting goes on
    live.close()
    empty = never_started(netvaerk, clock, sessions_dir)
    assert sorted(p.name for p in sessions_dir.iterdir() if p.is_dir())[-1] == empty.name
    chosen, others = session_to_resume(sessions_dir)
    assert chosen.folder == live.folder and chosen.state is ResumeState.RUNNING
    assert others == []
    assert [(c.folder, c.state) for c in resume_candidates(sessions_dir)] == [
        (live.folder, ResumeState.RUNNING),
        (empty, ResumeState.NOT_STARTED),
        (finished, ResumeState.FINISHED),
    ]


def test_a_never_started_meeting_counts_only_when_none_is_running(
    netvaerk: Program, erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    with pytest.raises(StoreError, match="ingen møder"):
        session_to_resume(sessions_dir)
    finished = ended(netvaerk, clock, sessions_dir)
    assert session_to_resume(sessions_dir)[0].folder == finished
    clock.advance(600)
    older_empty = never_started(netvaerk, clock, sessions_dir)
    clock.advance(20)
    newer_empty = never_started(erfaring, clock, sessions_dir)
    assert older_empty.name > newer_empty.name  # same minute: the name says the wrong one
    assert session_to_resume(sessions_dir) == (resume_candidates(sessions_dir)[0], [])
    assert session_to_resume(sessions_dir)[0].folder == newer_empty
    live = running(netvaerk, clock, sessions_dir)
    live.close()
    assert session_to_resume(sessions_dir)[0].folder == live.folder


def test_two_running_meetings_newest_last_event_first_and_the_others_are_named(
    netvaerk: Program, erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    older = running(netvaerk, clock, sessions_dir)
    clock.advance(60)
    newer = running(erfaring, clock, sessions_dir)
    clock.advance(60)
    older.execute(agenda.extend_block(older.state, 60))  # but the older one was used last
    older.close()
    newer.close()
    assert [c.folder for c in running_sessions(sessions_dir)] == [older.folder, newer.folder]
    chosen, others = session_to_resume(sessions_dir)
    assert chosen.folder == older.folder and [o.folder for o in others] == [newer.folder]
    message = describe_others(chosen, others, "resume", COPENHAGEN)
    first = f"Et andet møde er også i gang: {newer.folder.name} (sidst kl. 19.01)"
    assert message.startswith(first)
    assert f"Åbner {older.folder.name} (sidst kl. 19.02)" in message
    assert "»facilitator resume MAPPE«" in message


def test_the_choice_follows_the_log_after_the_summaries_were_cached(
    netvaerk: Program, erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    first = running(netvaerk, clock, sessions_dir)
    first.close()
    clock.advance(60)
    second = running(erfaring, clock, sessions_dir)
    second.close()
    assert session_to_resume(sessions_dir)[0].folder == second.folder  # cached now
    clock.advance(60)
    again = LiveSession.open(first.folder, clock)
    again.execute(agenda.toggle_clock(again.state))  # a pause in the first meeting
    again.close()
    assert session_to_resume(sessions_dir)[0].folder == first.folder
