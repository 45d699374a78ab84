"""A chair, a referent and a room display on one session folder, as three apps in one
test with one FakeClock: each follows what the others write."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.store.notes import load_note
from facilitator.tui.screens.display import DisplayScreen, room_speakers
from facilitator.tui.screens.help import HelpScreen, keys_table
from facilitator.tui.screens.seat_choice import SeatChoiceScreen
from facilitator.tui.widgets.big_clock import BigClock
from facilitator.tui.widgets.notes_pane import NotesPane
from tests.tui.conftest import app_for, run_screen


def clock_text(app: object) -> str:
    """The rows the big clock shows."""
    clock = app.screen.query_one(BigClock)  # type: ignore[attr-defined]
    return "\n".join(clock.render_line(y).text for y in range(clock.size.height))


async def test_referent_notes_and_decisions_reach_the_chair(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(netvaerk, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)) as chair_pilot:
        chair = run_screen(chair_app)
        folder = chair.session.folder
        await chair_pilot.press("f5", *"Ordstyreren byder velkommen.")
        referent_app = app_for(None, clock, sessions_dir, session=folder, seat=Seat.REFERENT)
        async with referent_app.run_test(size=(100, 30)) as referent_pilot:
            referent = run_screen(referent_app)
            assert "Referent" in str(referent.query_one("#title-bar", Static).render())
            # The chair notices the referent at its next follow tick and hands the notes over.
            chair.follow_log()
            chair_editor = chair.query_one(NotesPane).editor
            assert chair_editor.read_only
            assert "referenten skriver" in str(chair.query_one(NotesPane).border_subtitle)
            first = chair.session.state.current
            assert first is not None
            assert load_note(folder, netvaerk, first) == "Ordstyreren byder velkommen."
            referent.follow_log()
            editor = referent.query_one(NotesPane).editor
            assert editor.text == "Ordstyreren byder velkommen."
            assert editor.cursor_location == editor.document.end  # goes on where it ends
            await referent_pilot.press("enter", *"Anna fortæller om projektet.", "enter")
            await referent_pilot.press(*"/beslutning Vi mødes igen i januar", "enter")
            clock.advance(2)
            await referent_pilot.pause()
            referent.tick()  # the autosave policy's turn
            chair.follow_log()
            assert "Anna fortæller om projektet." in chair_editor.text
            decisions = [entry.text for entry in chair.session.referat.entries.values()]
            assert decisions == ["Vi mødes igen i januar"]
            # The chair moves on; the referent's view and notes follow the block.
            await chair_pilot.press("f6")
            referent.follow_log()
            assert referent.session.state.current == chair.session.state.current != first
            assert referent.shown_block == chair.session.state.current
            # Agenda and speaker keys are not the referent's.
            await referent_pilot.press("f6", "f5")
            assert referent.session.state.current == chair.session.state.current
            await referent_pilot.press(*"/taletid 2", "enter")
            assert "/taletid 2" in editor.text
        # The referent has left: the chair writes the notes again.
        chair.follow_log()
        assert not chair_editor.read_only
        assert not chair.notes.read_only


async def test_display_follows_block_speaker_and_pause(
    erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(erfaring, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)) as chair_pilot:
        chair = run_screen(chair_app)
        await chair_pilot.press("f5", *"/deltager Anna, pædagog", "enter")
        await chair_pilot.press(*"/deltager Bo, boligsocial", "enter")
        display_app = app_for(None, clock, sessions_dir, chair.session.folder, seat=Seat.DISPLAY)
        async with display_app.run_test(size=(80, 24)):
            display = display_app.screen
            assert isinstance(display, DisplayScreen)
            assert display.session.read_only
            assert "Velkommen" in clock_text(display_app)
            await chair_pilot.press("f9", "1", "enter", "f9", "2", "enter", "f8")
            clock.advance(83)
            display.follow_log()
            display.refresh_view()
            speakers = str(room_speakers(display.speakers))
            assert "Ordet har: Anna  01:23" in speakers and "Derefter: Bo" in speakers
            await chair_pilot.press("f6")
            display.follow_log()
            assert erfaring.blocks[1].title in clock_text(display_app)
            await chair_pilot.press("f5")
            display.follow_log()
            assert "Pause" in clock_text(display_app) and "F5" not in clock_text(display_app)


async def test_a_browser_tab_chooses_its_seat_and_a_taken_referent_seat_is_explained(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(netvaerk, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)):
        folder = run_screen(chair_app).session.folder
        first_tab = app_for(None, clock, sessions_dir, folder, seat=None)
        async with first_tab.run_test(size=(80, 24)) as pilot:
            assert isinstance(first_tab.screen, SeatChoiceScreen)
            await pilot.press("enter")
            assert run_screen(first_tab).session.seat is Seat.REFERENT
            second_tab = app_for(None, clock, sessions_dir, folder, seat=None)
            async with second_tab.run_test(size=(80, 24)) as second:
                await second.press("enter")  # referent again: taken
                await second.pause()
                problem = " ".join(str(s.render()) for s in second_tab.screen.query(Static))
                assert "allerede en referent" in problem
                await second.press("enter", "down", "enter")
                assert isinstance(second_tab.screen, DisplayScreen)


async def test_the_referents_help_lists_only_the_referents_keys(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    chair_app = app_for(netvaerk, clock, sessions_dir)
    async with chair_app.run_test(size=(100, 30)):
        folder = run_screen(chair_app).session.folder
        referent_app = app_for(None, clock, sessions_dir, folder, seat=Seat.REFERENT)
        async with referent_app.run_test(size=(100, 40)) as pilot:
            await pilot.press("f1")
            shown = " ".join(str(s.render()) for s in referent_app.screen.query(Static))
            assert "Du sidder som referent" in shown
            help_screen = referent_app.screen
            assert isinstance(help_screen, HelpScreen)
            console = Console(width=100, record=True, file=io.StringIO())
            console.print(keys_table(help_screen.keys))
            table = console.export_text()
            assert "F10" in table and "Eksportér referat" in table
            assert "F6" not in table and "F5" not in table
