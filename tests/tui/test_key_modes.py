"""The focus model: letters go to the notes; Esc gives the chair's plain keys; every
dialog, the big clock and help give focus back where it was."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.store.live_session import LiveSession
from facilitator.tui.bindings import CHAIR_KEYS, REFERENT_KEYS
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.screens.run_keys import key_actions
from facilitator.tui.widgets.key_bar import KeyBar
from facilitator.tui.widgets.notes_pane import NotesEditor, NotesPane
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen


def test_every_chair_action_has_one_plain_key_of_its_own() -> None:
    letters = [spec.letter for spec in CHAIR_KEYS]
    assert all(letters), [spec.id for spec in CHAIR_KEYS if not spec.letter]
    assert len(set(letters)) == len(letters)
    assert not {"i", "q"} & set(letters)  # i writes again; q is nothing, as ^q quits
    assert set(key_actions(CHAIR_KEYS).values()) == {spec.action for spec in CHAIR_KEYS}
    assert key_actions(REFERENT_KEYS) == {
        "h": "show_help",
        "u": "toggle_big_clock",
        "x": "export_referat",
    }


async def test_esc_gives_the_chairs_keys_and_i_or_enter_writes_again(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one(NotesPane).editor
        bar = screen.query_one(KeyBar)
        assert app.focused is editor and not screen.chair_keys
        assert str(bar.render()).startswith(" Referat  Esc Taster")
        await pilot.press("escape")
        assert screen.chair_keys and app.focused is None
        assert str(bar.render()).startswith(" Ordstyrertaster  i/Enter Skriv")
        assert "ordstyrertaster" in str(screen.query_one(NotesPane).border_subtitle)
        await pilot.press("space")
        assert screen.session.state.running
        await pilot.press("plus", "plus", "n")
        first = screen.session.program.blocks[0].id
        assert screen.session.state.runs[first].planned_seconds == 17 * 60
        assert screen.session.state.current == screen.session.program.blocks[1].id
        await pilot.press("p")
        assert screen.session.state.current == first
        await pilot.press("i")
        assert not screen.chair_keys and app.focused is editor
        await pilot.press("escape", "enter", "a")
        assert app.focused is editor and editor.text == "a"


async def test_a_key_that_means_nothing_in_the_chairs_mode_is_said_not_typed(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("escape", "q", "z")
        messages = [notification.message for notification in app._notifications]
        assert any("»q« gør intet som ordstyrertast" in message for message in messages)
        assert screen.query_one(NotesPane).editor.text == ""


async def test_esc_and_a_key_at_once_is_the_chairs_key(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", "alt+n")  # what a terminal makes of Esc and n sent together
        assert screen.session.state.current == screen.session.program.blocks[1].id
        assert screen.chair_keys
        assert screen.query_one(NotesPane).editor.text == ""


async def test_focus_comes_back_after_the_big_clock_help_and_a_dialog(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one(NotesPane).editor
        await pilot.press("f2")
        assert screen.big_clock and app.focused is None
        await pilot.press("f2", "a")
        assert app.focused is editor and editor.text == "a"
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "b")
        assert app.focused is editor and editor.text == "ab"
        await pilot.press("f9")
        assert isinstance(app.focused, Input)
        await pilot.press("escape", "c")
        assert app.focused is editor and editor.text == "abc"
        await pilot.press("escape", "f1", "escape")  # the chair's mode stays the chair's
        assert screen.chair_keys and app.focused is None


async def test_tab_from_the_notes_never_leaves_typing_stranded(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one(NotesPane).editor
        await pilot.press("tab", "a", "enter")  # nothing else to go to: the notes keep it
        await pilot.press(*"/beslutning Ja", "enter", "tab")
        assert app.focused is screen.query_one(NotesPane).entries
        await pilot.press("b")  # a letter in the entries list goes to the notes
        assert app.focused is editor and editor.text == "a\nb"


async def test_a_paste_lands_once(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one(NotesPane).editor
        await pilot.press("f")
        app.post_message(events.Paste("ør\x1b[31m\r\nlinje"))
        await pilot.pause()
        assert editor.text == "før[31m\nlinje"


async def test_the_chairs_letters_are_refused_with_a_notice_while_a_referent_writes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    folder = session.folder
    session.close()
    referent = LiveSession.open(folder, clock, seat=Seat.REFERENT)
    app = app_for(None, clock, sessions_dir, session=folder)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = run_screen(app)
            editor = screen.query_one(NotesPane).editor
            assert isinstance(editor, NotesEditor) and editor.read_only
            await pilot.press(*"hej")
            messages = [notification.message for notification in app._notifications]
            assert sum("Referenten skriver referatet" in m for m in messages) == 1
            assert editor.text == ""
    finally:
        referent.close()


async def test_a_refused_line_stays_to_be_corrected_or_kept_as_text(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        editor = screen.query_one(NotesPane).editor
        await pilot.press(*"/beslutnig Ja", "enter")
        assert editor.text == "/beslutnig Ja\n"  # refused, said why, kept as text
        messages = [notification.message for notification in app._notifications]
        assert any("Ret den" in message for message in messages)
        # What is typed next goes on lines of its own, not onto the refused line.
        await pilot.press(*"/udført 2", "enter", "x")
        assert editor.text == "/beslutnig Ja\n/udført 2\nx"
        assert not screen.session.referat.entries
        # Corrected, Enter at its end makes it an entry.
        await pilot.press("up", "up", "end", *["backspace"] * len("nig Ja"), *"ning Ja", "enter")
        assert [entry.text for entry in screen.session.referat.entries.values()] == ["Ja"]


async def test_ctrl_q_with_the_clock_running_asks_and_pauses_ends_or_leaves(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.core.meeting_life import MeetingLife, meeting_life
    from facilitator.tui.screens.quit import QuitScreen

    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", "ctrl+q")
        assert isinstance(app.screen, QuitScreen)
        assert app.screen.default.value == "pause"  # not the last item: nothing is lost
        await pilot.press("escape")  # stay
        assert app.screen is screen and meeting_life(screen.session.state) is MeetingLife.RUNNING
        await pilot.press("ctrl+q", "p")
        await pilot.pause()
        assert meeting_life(screen.session.state) is MeetingLife.PAUSED
    assert app.return_code == 0
