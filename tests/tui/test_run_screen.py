"""Pilot tests: every chair key on the run screen, as a person would press it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Digits, Static

from facilitator.core.agenda import BlockStatus
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.catch_up import CatchUpScreen
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.widgets.key_bar import KeyBar
from facilitator.tui.widgets.meeting_status import MeetingStatus
from facilitator.tui.widgets.time_bar import TimeBar
from tests.conftest import COPENHAGEN
from tests.tui.classes_added import classes_added
from tests.tui.conftest import app_for, run_screen


def digits_of(app: object) -> str:
    screen = run_screen(app)  # type: ignore[arg-type]
    return str(screen.query_one("#countdown-digits", Digits).value)


async def test_f5_starts_and_pauses_the_countdown(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        assert digits_of(app) == "15:00"
        await pilot.press("f5")
        clock.advance(65)
        screen.refresh_view()
        await pilot.pause()
        assert digits_of(app) == "13:55"
        await pilot.press("f5")
        clock.advance(600)
        screen.refresh_view()
        await pilot.pause()
        assert digits_of(app) == "13:55"
        assert not screen.session.state.running


async def test_f6_next_and_shift_f6_previous(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", "f6")
        assert screen.session.state.current == "praesentationsrunde"
        assert digits_of(app) == "45:00"
        await pilot.press("shift+f6")
        assert screen.session.state.current == "velkommen"


async def test_f7_extends_and_shift_f7_shortens(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f7", "f7", "shift+f7")
        assert digits_of(app) == "16:00"
        await pilot.press("ctrl+f7")
        assert digits_of(app) == "21:00"
        await pilot.press("ctrl+shift+f7")
        assert digits_of(app) == "16:00"


async def test_f4_skips_and_shift_f4_takes_the_block_later(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        state = run_screen(app).session.state
        await pilot.press("f4")
        assert state.runs["velkommen"].status is BlockStatus.SKIPPED
        await pilot.press("shift+f4")
        assert state.current == "pause"
        assert state.order.index("praesentationsrunde") == state.order.index("pause") + 1


async def test_f2_big_clock_and_f1_help(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f2")
        assert screen.has_class("-big-clock")
        assert not screen.query_one("#main").display
        await pilot.press("f2", "f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is screen and not screen.has_class("-big-clock")


async def test_running_out_rings_once_and_flashes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    bells: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
        screen = run_screen(app)
        added = classes_added(screen)
        await pilot.press("f5")
        clock.advance(15 * 60 - 1)
        screen.refresh_view()
        clock.advance(2)
        screen.refresh_view()
        await pilot.pause()
        assert added.count("-flash") == 1
        clock.advance(30)
        screen.refresh_view()
        await pilot.pause()
        assert bells == [1]
        assert digits_of(app) == "+00:31"
        assert screen.query_one("CountdownPanel").has_class("-overrun")


async def test_f3_catch_up_shortens_later_blocks(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f3")  # 19.00 + 2 t 40 min passes end_by 21.00: 40 min behind
        assert isinstance(app.screen, CatchUpScreen)
        assert app.screen.plan.behind_minutes == 40
        # The plan itself is kept (the status line says so): the end-by time is passed.
        title = str(app.screen.query_one(".dialog-title", Static).render())
        assert title == "Indhent tid – I slutter 40 min efter kl. 21.00"
        await pilot.press("escape")  # cancel: nothing changes
        assert app.screen is screen
        assert screen.session.state.runs["pause"].planned_seconds == 20 * 60
        await pilot.press("f5")
        clock.advance(25 * 60)  # Velkommen runs 10 min over: now 50 min behind 21.00
        screen.refresh_view()
        await pilot.press("f3")
        assert isinstance(app.screen, CatchUpScreen)
        await pilot.press("enter")
        assert app.screen is screen
        view = screen.view
        assert view is not None and not view.past_end_by
        planned = sum(run.planned_seconds for run in screen.session.state.runs.values())
        assert planned == (160 - 50) * 60


async def test_meeting_status_shows_behind_and_end_by(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5")
        clock.advance(25 * 60)
        screen.refresh_view()
        await pilot.pause()
        status = str(screen.query_one(MeetingStatus).render())
        assert "kl. 19.25" in status
        assert "Planlagt slut kl. 21.40" in status
        assert "10 min bagud" in status
        assert "⚠ slutter efter kl. 21.00" in status


async def test_pause_block_shows_when_we_start_again(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", "f6", "f6")
        caption = str(screen.query_one("#countdown-caption", Static).render())
        assert "Vi starter igen kl. 19.20" in caption


async def test_resume_shows_the_same_block_and_time(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5", "f6", "f7")
        clock.advance(300)
        folder = run_screen(app).session.folder
    clock.advance(120)  # closed terminal for two minutes
    again = app_for(None, clock, sessions_dir, session=folder)
    async with again.run_test(size=(80, 24)):
        assert run_screen(again).session.state.current == "praesentationsrunde"
        assert digits_of(again) == "39:00"


async def test_second_seat_is_read_only_and_says_who_holds_it(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    app = app_for(None, clock, sessions_dir, session=chair.folder)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = run_screen(app)
            notice = str(screen.query_one("#notice", Static).render())
            assert "Skrivebeskyttet" in notice and "proces" in notice
            await pilot.press("f5")
            assert not screen.session.state.running
            assert "Skrivebeskyttet" in str(screen.query_one("#notice", Static).render())
            chair.execute(
                __import__("facilitator.core.agenda").core.agenda.toggle_clock(chair.state)
            )
            screen.follow_log()
            assert screen.session.state.running
    finally:
        chair.close()


async def test_failed_save_is_shown_and_nothing_changes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    import os

    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        real_write = os.write

        def disk_full(descriptor: int, data: bytes) -> int:
            raise OSError(28, "No space left on device")

        os.write = disk_full  # type: ignore[assignment]
        try:
            await pilot.press("f5")
        finally:
            os.write = real_write
        notice = str(screen.query_one("#notice", Static).render())
        assert "disken er fuld" in notice and "ikke udført" in notice
        assert not screen.session.state.running
        await pilot.press("f5")
        assert screen.session.state.running
        assert not screen.query_one("#notice", Static).display


async def test_picker_lists_programs_and_enter_starts_a_session(
    clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#programs")
        assert table.row_count >= 7  # type: ignore[attr-defined]
        await pilot.press("down", "down", "enter")
        screen = run_screen(app)
        assert screen.session.program.id == "netvaerk-foerste-moede"
        assert (sessions_dir / screen.session.folder.name / "events.jsonl").exists()


async def test_picker_f4_resumes_the_latest_session(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    earlier = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    earlier.close()
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        assert run_screen(app).session.folder == earlier.folder


async def test_command_palette_offers_chair_actions_in_danish(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Start/pause" in titles and "Indhent tid" in titles and "Afslut" in titles


async def test_english_interface(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(netvaerk, clock, sessions_dir, lang="en")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        status = str(run_screen(app).query_one(MeetingStatus).render())
        assert "Planned 2 h 40 min" in status
        descriptions = {b.description for _, b in run_screen(app)._bindings}
        assert "Next" in descriptions and "Næste" not in descriptions


async def test_help_scrolls_on_a_small_terminal(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        keys = app.screen.query_one("#help-keys")
        assert keys.max_scroll_y > 0  # more keys than fit: the list scrolls
        assert app.screen.query_one("#help-box").region.bottom <= 24


async def test_clicking_a_key_in_the_key_bar_presses_it(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        bar = screen.query_one(KeyBar)
        assert str(bar.render()).startswith(" Referat  Esc Taster F1 Hjælp F5 Start/pause F6 Næste")
        start, _end, key = next(span for span in bar.spans if span[2] == "f5")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        assert key == "f5"
        assert screen.session.state.running
        await pilot.click(KeyBar, offset=(bar.size.width - 1, 0))  # past the last key
        assert screen.session.state.running


async def test_progress_bar_fills_with_the_block(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        bar = screen.query_one(TimeBar)
        await pilot.press("f5")
        clock.advance(5 * 60)  # a third of the 15-minute block
        screen.refresh_view()
        await pilot.pause()
        assert bar.fraction == pytest.approx(1 / 3)
        start, end = bar.render().highlight_range
        assert start == 0 and end == pytest.approx(bar.size.width / 3)
        clock.advance(20 * 60)  # past the end: full, not more
        screen.refresh_view()
        await pilot.pause()
        assert bar.fraction == 1.0


def test_a_running_app_keeps_the_collector_off_what_lives_as_long_as_it(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """`run` (the CLI's and the browser seat's way in) freezes what exists at start, so a
    full collection does not walk every imported object during the first frame."""
    import gc

    frozen_while_running: list[int] = []

    async def look_and_leave(pilot: Pilot[None]) -> None:
        await pilot.pause()
        frozen_while_running.append(gc.get_freeze_count())
        pilot.app.exit()

    gc.unfreeze()
    app_for(netvaerk, clock, sessions_dir).run(
        headless=True, size=(80, 24), auto_pilot=look_and_leave
    )
    assert frozen_while_running and frozen_while_running[0] > 10_000
