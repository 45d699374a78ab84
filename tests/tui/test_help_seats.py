"""F1 help per seat: the referent's Esc row names the referent's own plain keys and its
Ctrl+Q row `facilitator join`; it described the chair's (»Mellemrum, n, p, + …«, which
answer »gør intet« for the referent) and »facilitator resume«, a tester found."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.tui.bindings import CHAIR_KEYS, REFERENT_KEYS, KeySpec
from facilitator.tui.screens.help import HelpScreen, keys_table
from tests.tui.conftest import app_for, run_screen
from tests.tui.hostile import shown


def table_text(keys: tuple[KeySpec, ...], seat: Seat) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(keys_table(keys, seat))
    return re.sub(r"\s+", " ", console.export_text())


def test_the_referents_help_names_the_referents_keys_and_join() -> None:
    text = table_text(REFERENT_KEYS, Seat.REFERENT)
    assert "Mellemrum, n, p" not in text and "facilitator resume" not in text
    assert "h, u, x" in text
    assert "»facilitator join --as referent«" in text
    assert "Ordstyrertast" not in text


def test_the_chairs_help_is_the_chairs() -> None:
    text = table_text(CHAIR_KEYS, Seat.CHAIR)
    assert "Mellemrum, n, p" in text and "»facilitator resume«" in text
    assert "join" not in text


async def test_f1_on_the_referents_seat_shows_the_referents_rows(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(netvaerk, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)):
        folder = run_screen(chair_app).session.folder
        app = app_for(None, clock, sessions_dir, folder, seat=Seat.REFERENT)
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.pause()
            seen = re.sub(r"\s+", " ", shown(app))
            assert "du kommer ind i mødet igen med »facilitator" in seen  # the line wraps
            assert "join --as referent«" in seen and "h, u, x" in seen
            assert "Mellemrum, n, p" not in seen
