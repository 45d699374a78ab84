"""F4 in the picker with two meetings left running: the chair chooses which one."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.screens.resume_choice import ResumeChoiceScreen
from tests.store.test_resume import running
from tests.tui.conftest import app_for, run_screen
from tests.tui.hostile import shown


async def test_f4_asks_which_running_meeting_and_opens_the_one_chosen(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    older = running(netvaerk, clock, sessions_dir)
    older.close()
    clock.advance(3600)
    newer = running(netvaerk, clock, sessions_dir)
    newer.close()
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        assert isinstance(app.screen, ResumeChoiceScreen)
        screen = shown(app)
        assert "Hvilket møde vil du fortsætte?" in screen
        assert screen.index(newer.folder.name) < screen.index(older.folder.name)  # newest first
        await pilot.press("down", "enter")
        assert run_screen(app).session.folder == older.folder


async def test_esc_in_the_choice_opens_no_meeting(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    running(netvaerk, clock, sessions_dir).close()
    clock.advance(60)
    running(netvaerk, clock, sessions_dir).close()
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        assert isinstance(app.screen, ResumeChoiceScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, ResumeChoiceScreen)
        assert app.session is None


async def test_one_running_meeting_opens_without_asking(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    only = running(netvaerk, clock, sessions_dir)
    only.close()
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        assert run_screen(app).session.folder == only.folder
