"""The command palette speaks the chosen language: Textual's own placeholder and its
»No matches found« are English constants."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.i18n.catalogue import DA, EN
from tests.tui.conftest import app_for
from tests.tui.hostile import shown


@pytest.mark.parametrize(("lang", "texts"), [("da", DA), ("en", EN)])
async def test_the_palette_searches_and_finds_nothing_in_the_chosen_language(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, lang: str, texts: dict[str, str]
) -> None:
    app = app_for(netvaerk, clock, sessions_dir, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        field = app.screen.query_one(CommandInput)
        assert str(field.placeholder) == texts["palette.placeholder"]
        assert texts["palette.placeholder"] in shown(app)
        await pilot.press(*"qqqzzz")
        for _ in range(50):  # the palette waits half a second before it says so
            await pilot.pause(0.1)
            screen = shown(app)
            if texts["palette.no_matches"] in screen:
                break
        assert texts["palette.no_matches"] in screen
        assert "No matches found" not in screen and "Search for commands" not in screen
