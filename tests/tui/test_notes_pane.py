"""The referent's notes pane: typing, saving on time and on every block change, resume,
a failing disk, and quitting with text that cannot be saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store import notes_buffer
from facilitator.store.errors import StoreError
from facilitator.store.notes import load_notes
from facilitator.tui.screens.rescue import RescueScreen
from tests.tui.conftest import app_for, run_screen


def editor(app: object) -> TextArea:
    return run_screen(app).query_one("#notes-text", TextArea)  # type: ignore[arg-type]


async def test_typed_notes_are_saved_a_second_after_typing_stops(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        assert editor(app).has_focus
        await pilot.press(*"Hej æøå")
        assert screen.notes.unsaved
        screen.tick()
        assert load_notes(screen.session.folder, netvaerk) == {}
        clock.advance(1.1)
        screen.tick()
        assert load_notes(screen.session.folder, netvaerk) == {"velkommen": "Hej æøå"}
        assert "gemt kl. 19.00" in str(screen.query_one("#notes").border_subtitle)


async def test_chair_keys_work_while_typing_and_block_change_saves(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"Alle er her", "f5", "f6")
        assert screen.session.state.current == "praesentationsrunde"
        assert load_notes(screen.session.folder, netvaerk) == {"velkommen": "Alle er her"}
        assert editor(app).text == ""
        assert "Præsentationsrunde" in str(screen.query_one("#notes").border_title)
        await pilot.press(*"Runde")
        await pilot.press("shift+f6")  # back to Velkommen: its notes come back
        assert editor(app).text == "Alle er her"
        assert load_notes(screen.session.folder, netvaerk)["praesentationsrunde"] == "Runde"


async def test_any_blocks_notes_can_be_opened(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        screen.action_open_notes("fremtidige-moeder")
        await pilot.press(*"Husk kontaktliste")
        assert "ikke det aktuelle punkt" in str(screen.query_one("#notes").border_title)
        screen.save_notes_now()
        saved = load_notes(screen.session.folder, netvaerk)
        assert saved == {"fremtidige-moeder": "Husk kontaktliste"}


async def test_quit_saves_and_resume_brings_the_notes_back(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Linje 1", "enter", *"Linje 2")
        folder = run_screen(app).session.folder
        await pilot.press("ctrl+q")
    assert load_notes(folder, netvaerk) == {"velkommen": "Linje 1\nLinje 2"}
    again = app_for(None, clock, sessions_dir, session=folder)
    async with again.run_test(size=(80, 24)):
        assert editor(again).text == "Linje 1\nLinje 2"


async def test_failing_disk_shows_an_error_until_a_save_succeeds(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"Vigtigt")

        def disk_full(*_args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", disk_full)
        clock.advance(1.1)
        screen.tick()
        notice = screen.query_one("#notice", Static)
        assert notice.display and "disken er fuld" in str(notice.render())
        assert "ikke tabt" in str(notice.render())
        assert screen.notes.text("velkommen") == "Vigtigt"
        monkeypatch.undo()
        clock.advance(2.1)
        screen.tick()
        assert not notice.display
        assert load_notes(screen.session.folder, netvaerk) == {"velkommen": "Vigtigt"}


async def test_quit_with_unsaveable_notes_offers_a_copy_elsewhere(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def folder_gone(*_args: object) -> None:
        raise StoreError("Kunne ikke gemme: mappen findes ikke længere.")

    monkeypatch.setattr(notes_buffer, "save_note", folder_gone)
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"Må ikke gå tabt")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, RescueScreen)
        await pilot.press("escape")  # stay in the meeting
        assert app.screen is screen and app.is_running
        await pilot.press("ctrl+q")
        rescue_input = app.screen.query_one("#rescue-path", Input)
        rescue_input.value = str(tmp_path / "kopi.md")
        await pilot.press("enter")
    assert "Må ikke gå tabt" in (tmp_path / "kopi.md").read_text()


@pytest.mark.parametrize(
    ("first_keys", "expected"),
    [
        (("D", "e", "t"), "Alle er her\nDet"),  # typing on: a line of its own
        (("enter", "D"), "Alle er her\nD"),  # Enter first: no blank line on top
        (("left", "X"), "Alle er heXr"),  # moved first: written where the cursor went
    ],
)
async def test_writing_on_after_text_that_ends_mid_line_starts_a_new_line(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    first_keys: tuple[str, ...],
    expected: str,
) -> None:
    """The referent (or the chair coming back) goes on under the last words, not after them."""
    first = app_for(netvaerk, clock, sessions_dir)
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Alle er her", "f6", "shift+f6")
        folder = run_screen(first).session.folder
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        assert editor(app).text == "Alle er her"
        await pilot.pause()
        assert not screen.notes.unsaved  # looking adds nothing
        await pilot.press(*first_keys)
        assert editor(app).text == expected
