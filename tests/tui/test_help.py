"""F1 help: every key and every `/…` word of the seat can be reached by scrolling on a small
terminal, and the closing hint stays on the screen all the while."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console
from textual.containers import VerticalScroll

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.core.slash_words import SLASH_WORDS, words_for
from facilitator.i18n import tr
from facilitator.i18n.catalogue import DA, EN
from facilitator.tui.bindings import CHAIR_KEYS, REFERENT_KEYS, key_label
from facilitator.tui.screens.help import HelpScreen, slash_words_section
from tests.tui.conftest import app_for, run_screen
from tests.tui.hostile import shown

SIZES = [(80, 24), (120, 35)]


def every_word_of(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("key", ["down", "pagedown"])
async def test_every_key_and_word_can_be_scrolled_to_and_the_hint_stays(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
    key: str,
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-keys", VerticalScroll)
        assert app.focused is body  # the keys scroll it at once
        assert body.max_scroll_y > 0  # it does not fit: the test means something
        pages = [shown(app)]
        for _ in range(300):
            if body.scroll_y >= body.max_scroll_y:
                break
            await pilot.press(key)
            await pilot.pause()
            pages.append(shown(app))
        assert body.scroll_y == body.max_scroll_y
        for page in pages:
            assert tr("help.close") in page and tr("help.title") in page
        seen = every_word_of(" ".join(pages))
        for spec in CHAIR_KEYS:
            assert key_label(spec.key) in seen, spec.key
        assert "Ctrl+Q" in seen and "Ctrl+P" in seen and "Shift+F12" in seen
        assert tr("help.words_title") in seen
        for word in words_for(Seat.CHAIR):
            assert f"/{word.word}" in seen
            assert every_word_of(tr(f"slash.{word.word}"))[:30] in seen


async def test_home_end_and_page_keys_move_through_the_help(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        body = app.screen.query_one("#help-keys", VerticalScroll)
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0
        at_end = shown(app)
        last_word = words_for(Seat.CHAIR)[-1].word  # the help's last line
        assert f"/{last_word}" in at_end and tr("help.close") in at_end
        await pilot.press("pageup")
        await pilot.pause()
        assert 0 < body.scroll_y < body.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert body.scroll_y == 0
        assert tr("help.col_key") in shown(app)
        await pilot.press("escape")
        assert app.screen is run_screen(app)


def section_text(seat: Seat) -> str:
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(slash_words_section(seat))
    return console.export_text()


async def test_the_referents_help_lists_only_the_referents_words(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(netvaerk, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)):
        folder = run_screen(chair_app).session.folder
        app = app_for(None, clock, sessions_dir, folder, seat=Seat.REFERENT)
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.press("f1")
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen) and help_screen.keys is REFERENT_KEYS
            assert help_screen.seat is Seat.REFERENT
    for seat in (Seat.CHAIR, Seat.REFERENT):
        lines = section_text(seat).splitlines()
        for word in SLASH_WORDS:
            listed = any(re.match(rf"/{word.word}( |$)", line) for line in lines)
            assert listed is (seat in word.seats), (seat, word.word)


def test_every_word_has_a_description_in_both_languages() -> None:
    for word in SLASH_WORDS:
        assert DA.get(f"slash.{word.word}"), word.word
        assert EN.get(f"slash.{word.word}"), word.word
        assert DA[f"slash.{word.word}"] != EN[f"slash.{word.word}"], word.word
