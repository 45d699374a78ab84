"""The review as a group would use it: two meetings, then F3 in the picker, search, detail
with an action marked done, and the group overview."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.app import make_app
from facilitator.tui.screens.group_review import GroupReviewScreen
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.screens.sessions import SessionsScreen
from facilitator.tui.widgets.guide_panel import GuidePanel
from tests.conftest import COPENHAGEN, PROGRAMS


def group_app(
    program: Program | None, clock: FakeClock, sessions_dir: Path, review: bool = False
) -> object:
    return make_app(
        program,
        sessions_dir=sessions_dir,
        clock=clock,
        zone=COPENHAGEN,
        folders=[PROGRAMS],
        group="Netværk Nord",
        review=review,
    )


async def hold_meeting(
    program: Program, clock: FakeClock, sessions_dir: Path, lines: list[str]
) -> None:
    app = group_app(program, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        if isinstance(app.screen, RosterScreen):  # type: ignore[attr-defined]
            await pilot.press("escape")  # the roster from last time
        await pilot.press("f9", *"Anne, pædagog", "enter", "f9", *"Bo", "enter", "f5", "f8")
        clock.advance(120)
        await pilot.press("f8")
        clock.advance(30)
        for line in lines:
            await pilot.press(*line, "enter")
        await pilot.press("f8", "ctrl+q", "p")  # the clock runs: pause the meeting and quit


async def test_review_two_meetings_of_a_group(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    await hold_meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/handling @Bo 1.12 Bestil lokale", "/beslutning Vi mødes hver 4. uge", "Kaffe og kage"],
    )
    clock.advance(28 * 24 * 3600)
    await hold_meeting(netvaerk, clock, sessions_dir, ["/parker Økonomi til forplejning"])

    listed = list_sessions(sessions_dir)
    assert [item.summary.open_actions for item in listed if item.summary] == [0, 1]

    app = group_app(None, clock, sessions_dir, review=True)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        screen = app.screen  # type: ignore[attr-defined]
        assert isinstance(screen, SessionsScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 2
        screen.query_one("#sessions-search", Input).value = "KAGE"  # in the notes only
        await pilot.pause(0.5)
        assert table.row_count == 1
        screen.query_one("#sessions-search", Input).value = ""
        await pilot.pause(0.5)
        await pilot.press("down")  # the older meeting
        table.focus()
        await pilot.press("enter")
        detail = app.screen  # type: ignore[attr-defined]
        assert isinstance(detail, SessionDetailScreen)
        assert "Bestil lokale" in str(detail.query_one("#detail-actions").render_line(0))
        await pilot.press("space")  # done
        record = read_session(detail.folder)
        assert record.state.referat.action_done(record.state.referat.all_of(EntryKind.ACTION)[0].id)
        await pilot.press("enter", *"Carla", "enter")  # reassigned
        action = read_session(detail.folder).state.referat.all_of(EntryKind.ACTION)[0]
        assert action.who == "Carla"
        await pilot.press("escape")
        assert app.screen is screen  # type: ignore[attr-defined]
        assert "0" in [str(c) for c in table.get_row_at(1)]  # no open actions any more
        await pilot.press("f3")
        group = app.screen  # type: ignore[attr-defined]
        assert isinstance(group, GroupReviewScreen)
        screenshot = app.export_screenshot().replace("&#160;", " ")  # type: ignore[attr-defined]
        assert "Økonomi til forplejning" in screenshot
        assert "Bestil lokale" not in screenshot  # done, so no longer open


async def test_the_next_meeting_starts_from_what_is_open(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    await hold_meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/handling @Bo Bestil lokale", "/handling @Anne Send referat", "/parker Forplejning"],
    )
    clock.advance(28 * 24 * 3600)
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.pause()
        guide = app.screen.query_one(GuidePanel)  # type: ignore[attr-defined]
        assert guide.carried == (
            "1. Bestil lokale (Bo)",
            "2. Send referat (Anne)",
            "3. Forplejning (parkeret)",
        )
        await pilot.press(*"/udført 1", "enter")
        assert guide.carried == ("1. Send referat (Anne)", "2. Forplejning (parkeret)")
        await pilot.press(*"/udført 2", "enter")  # the parked point is taken up: closed
        assert guide.carried == ("1. Send referat (Anne)",)
        await pilot.press(*"/udført 7", "enter")  # no such number: a warning, nothing written
        assert len(guide.carried) == 1
    open_counts = [
        item.summary.open_actions for item in list_sessions(sessions_dir) if item.summary
    ]
    assert open_counts == [0, 1]  # Bestil lokale was ticked off in the newer meeting
    clock.advance(28 * 24 * 3600)
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("escape")
        guide = app.screen.query_one(GuidePanel)  # type: ignore[attr-defined]
        assert guide.carried == ("1. Send referat (Anne)",)  # Forplejning does not come back
