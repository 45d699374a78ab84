"""Keys are written one way everywhere: the key bar and the footers say »Ctrl+Q« as F1 help
does; the bar said »^q Afslut« at 200 columns (a tester)."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.widgets.key_bar import KeyBar
from tests.tui.conftest import app_for, run_screen


async def test_the_key_bar_writes_ctrl_q_as_help_does(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(200, 50)):
        bar = str(run_screen(app).query_one(KeyBar).render())
        assert "Ctrl+Q Afslut" in bar and "^" not in bar, bar


async def test_the_pickers_footer_writes_ctrl_q_too(clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "Ctrl+Q" in shown and "^q" not in shown and "^p" not in shown
