"""The walk through the open actions at »Siden sidst«: one action at a time, a key for its
status, a line for the forklaring; Esc stops and keeps what was set. And `/status h1` for
this meeting's own action."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.screens.status_walk import StatusWalkScreen
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.notes_pane import NotesPane
from tests.conftest import COPENHAGEN
from tests.tui.test_review import group_app, hold_meeting

MONTH = 28 * 24 * 3600
ACTIONS = ["/handling @Bo Bestil lokale", "/handling @Anne Ring til kommunen", "/handling Kage"]


def screen_text(app: object) -> str:
    return app.export_screenshot().replace("&#160;", " ")  # type: ignore[attr-defined, no-any-return]


async def test_the_chair_walks_the_open_actions(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    await hold_meeting(netvaerk, clock, sessions_dir, ACTIONS)
    clock.advance(MONTH)
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        if isinstance(app.screen, RosterScreen):  # type: ignore[attr-defined]
            await pilot.press("escape")
        await pilot.press("escape", "S")  # the chair's keys, then S
        await pilot.pause()
        assert isinstance(app.screen, StatusWalkScreen)  # type: ignore[attr-defined]
        shown = screen_text(app)
        assert "1 af 3" in shown and "Bestil lokale" in shown and "Hvem: Bo" in shown
        assert "Status nu: åben" in shown
        await pilot.press("i", *"venter på svar", "enter")
        await pilot.pause()
        assert "2 af 3" in screen_text(app)
        await pilot.press("s", *"venter", "enter")  # udskudt needs a date
        await pilot.pause()
        assert "Udskudt til hvornår?" in screen_text(app)
        await pilot.press("escape", "enter")  # back to the keys; Enter leaves it as it is
        await pilot.pause()
        assert "3 af 3" in screen_text(app)
        await pilot.press("escape")  # stop: the first status stays set
        await pilot.pause()
        assert not isinstance(app.screen, StatusWalkScreen)  # type: ignore[attr-defined]
        carried = app.screen.query_one(GuidePanel).carried
        assert carried[0] == "1. Bestil lokale (Bo, i gang: venter på svar)"
        assert carried[1] == "2. Ring til kommunen (Anne)"
        # /status alone walks again, from the first open action.
        await pilot.press("i", *"/status", "enter")
        await pilot.pause()
        assert "1 af 3" in screen_text(app)
        await pilot.press("u", "enter", "d", *"for dyrt", "enter", "u", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, StatusWalkScreen)
        assert app.screen.query_one(GuidePanel).carried == ()
        await pilot.press("ctrl+q", "k")
    first = read_session(list_sessions(sessions_dir)[-1].folder)
    plan = render_referat(first, "md", COPENHAGEN).split("## Handlingsplan", 1)[1]
    assert "| Bestil lokale | Bo | – | udført |" in plan
    assert "| Ring til kommunen | Anne | – | droppet: for dyrt |" in plan


async def test_a_walk_with_nothing_open_says_so(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("shift+f3")
        await pilot.pause()
        assert not isinstance(app.screen, StatusWalkScreen)  # type: ignore[attr-defined]
        messages = [n.message for n in app._notifications]  # type: ignore[attr-defined]
        assert any("ingen åbne handlinger" in message for message in messages)


async def test_status_for_this_meetings_own_action(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    await hold_meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/handling Book bus", "/status h1 i gang: ringet", "/status h5 udført"],
    )
    (only,) = list_sessions(sessions_dir)
    referat = render_referat(read_session(only.folder), "md", COPENHAGEN)
    assert "| Book bus | – | – | i gang: ringet |" in referat


async def test_the_entries_show_the_number_status_takes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        for line in ("/handling @Bo Book bus", "/beslutning Vi kører kl. 9", "/handling Kage"):
            await pilot.press(*line, "enter")
        await pilot.pause()
        entries = app.screen.query_one(NotesPane).entries  # type: ignore[attr-defined]
        shown = [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]
        assert shown[0].startswith("→ Handling h1: Book bus")
        assert shown[1].startswith("✔ Beslutning: Vi kører")  # no number: not an action
        assert shown[2].startswith("→ Handling h2: Kage")
        await pilot.press("ctrl+q", "k")
