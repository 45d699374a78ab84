"""The list of past meetings shows every column at 80x24, a long program title and group
shortened after a whole word; at 200 columns they are whole."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.sessions import SessionsScreen
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.hostile import shown

TITLE = "Netværksmøde for boligsociale medarbejdere i Region Midtjylland og omegn"
GROUP = "Erfaringsgruppen for nye fritidsklubmedarbejdere"


@pytest.mark.parametrize("width", [80, 120, 200])
async def test_every_column_of_the_list_is_in_view(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, width: int
) -> None:
    program = replace(netvaerk, title=TITLE)
    LiveSession.create(sessions_dir, program, clock, COPENHAGEN, group=GROUP).close()
    app = app_for(None, clock, sessions_dir, seat=None)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("f3")
        assert isinstance(app.screen, SessionsScreen)
        await pilot.pause()
        screen = shown(app)
        for header in ("Dato", "Gruppe", "Program", "Varighed", "Beslutn.", "Åbne handl."):
            assert header in screen, (header, screen)
        row = next(line for line in screen.splitlines() if "Netværksmøde" in line)
        if width == 200:
            assert TITLE in row and GROUP in row
        else:
            shown_title = row[row.index("Netværksmøde") :].split("…")[0]
            assert TITLE.startswith(shown_title) and shown_title != TITLE
            after = TITLE[len(shown_title)]
            assert after == " " or " " not in shown_title  # after a whole word, if it can


async def test_back_from_a_meeting_and_after_a_resize_the_same_meeting_is_chosen(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    for _ in range(3):
        LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group=GROUP).close()
        clock.advance(7 * 24 * 3600)
    app = app_for(None, clock, sessions_dir, seat=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f3")
        shown_screen = app.screen
        assert isinstance(shown_screen, SessionsScreen)
        screen: SessionsScreen = shown_screen
        await pilot.press("down", "down")
        chosen = screen.selected()
        assert chosen is screen.listed[2]
        await pilot.press("enter")
        assert app.screen is not shown_screen
        await pilot.press("escape")
        assert app.screen is shown_screen
        await pilot.pause()
        selected = screen.selected()
        assert selected is not None and selected.folder == chosen.folder
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        selected = screen.selected()
        assert selected is not None and selected.folder == chosen.folder
