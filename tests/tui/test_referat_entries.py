"""Decisions, actions, parked points and the next meeting, entered as the referent would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.referat import Attendance, EntryKind
from facilitator.tui.screens.fields_form import FieldsForm
from facilitator.tui.screens.forms import DecisionScreen
from facilitator.tui.widgets.notes_pane import EntriesList, NotesEditor
from tests.tui.conftest import app_for, run_screen


async def test_typed_lines_become_entries_and_leave_the_text(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"Tekst", "enter")
        await pilot.press(*"/beslutning Vi holder pause kl. 20", "enter")
        await pilot.press(*"/handling @Anne 1.12 Sende referatet", "enter")
        await pilot.press(*"/afbud Dorte", "enter")
        await pilot.press(*"Mere")
        editor = screen.query_one("#notes-text", NotesEditor)
        assert editor.text == "Tekst\nMere"  # command lines leave no blank lines behind
        referat = screen.session.referat
        (decision,) = referat.entries_for("velkommen", EntryKind.DECISION)
        (action,) = referat.entries_for("velkommen", EntryKind.ACTION)
        assert decision.text == "Vi holder pause kl. 20"
        assert (action.who, action.due) == ("Anne", date(2026, 12, 1))
        assert referat.attendance == {"Dorte": Attendance.SENT_APOLOGIES}
        assert screen.query_one(EntriesList).option_count == 2


async def test_a_bad_line_stays_and_says_why(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/handling @Anne 31.2 Noget", "enter")
        assert screen.query_one("#notes-text", NotesEditor).text == "/handling @Anne 31.2 Noget\n"
        assert screen.session.referat.entries == {}
        assert any("ikke en dato" in n.message for n in app._notifications)


async def test_delete_removes_an_entry(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/parker Kaffe", "enter", "tab")
        entries = screen.query_one(EntriesList)
        assert entries.has_focus
        await pilot.press("down", "delete")
        assert screen.session.referat.entries == {}
        assert not entries.display


async def test_decision_block_asks_for_its_decision(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        # Netværksønsker has three phases: F6 walks them before it leaves the item.
        await pilot.press("f6", "f6", "f6", "f6", "f6", "f6")
        assert screen.session.state.current == "beslutning"
        await pilot.press("f6")
        assert isinstance(app.screen, DecisionScreen)
        await pilot.press("escape")
        assert screen.session.state.current == "beslutning"
        await pilot.press("f6", *"Vi danner netværket", "enter")
        assert screen.session.state.current == "fremtidige-moeder"
        (decision,) = screen.session.referat.entries_for("beslutning", EntryKind.DECISION)
        assert decision.text == "Vi danner netværket"


async def test_decision_block_can_be_left_with_a_reason(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f6", "f6", "f6", "f6", "f6", "f6", "f4")  # F6 ×2 for the phases
        assert isinstance(app.screen, DecisionScreen)
        await pilot.press("f4")  # no reason yet: refused
        assert isinstance(app.screen, DecisionScreen)
        await pilot.press(*"Udsat til næste møde", "f4")
        assert screen.session.state.current == "fremtidige-moeder"
        assert screen.session.referat.decision_skips == {"beslutning": "Udsat til næste møde"}


async def test_a_decision_typed_during_the_block_satisfies_the_rule(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("f6", "f6", "f6", "f6", "f6", "f6")  # two of them for the phases
        await pilot.press(*"/beslutning Ja tak", "enter", "f6")
        assert screen.session.state.current == "fremtidige-moeder"


async def test_next_meeting_form(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/næste", "enter")
        assert isinstance(app.screen, FieldsForm)
        for value in ("10.12", "19.00", "Biblioteket", "Carla", "Anne"):
            await pilot.press(*value, "enter")
        upcoming = screen.session.referat.next_meeting
        assert upcoming is not None
        assert (upcoming.date, upcoming.time, upcoming.place) == (
            date(2026, 12, 10),
            "19.00",
            "Biblioteket",
        )
        assert (upcoming.chair, upcoming.referent) == ("Carla", "Anne")
        await pilot.press(*"/næste", "enter")  # opens again with what was saved
        assert app.screen.query_one("#field-place", Input).value == "Biblioteket"


async def test_f10_exports_markdown_and_html_into_the_folder(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(sessions_dir.parent)
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", *"Ikke gemt endnu", "f10")
        folder = screen.session.folder
        markdown = (folder / "referat.md").read_text()
        assert "Ikke gemt endnu" in markdown  # F10 saved the notes first
        assert (folder / "referat.html").read_text().startswith("<!DOCTYPE html>")
        assert oct((folder / "referat.md").stat().st_mode & 0o777) == "0o600"
        # The notice names both files and the folder from the working folder, whole at 80
        # columns (the folder's name is the longest word and must not be cut).
        shown = f"sessions/{folder.name}"
        (notice,) = [n.message for n in app._notifications]
        assert notice == f"Referatet er gemt som referat.md og referat.html i {shown}"
        await pilot.pause()
        (toast,) = app.screen.query("Toast")
        assert toast.content_size.width >= len(shown)


async def test_enter_on_an_entry_edits_it(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/handling @Anne 1.12 Sende referat", "enter", "tab", "down", "enter")
        text_input = app.screen.query_one("#field-text", Input)
        assert text_input.value == "Sende referat"
        text_input.value = "Sende referatet rundt"
        await pilot.press("enter")
        app.screen.query_one("#field-who", Input).value = "Bo"
        await pilot.press("enter")
        app.screen.query_one("#field-due", Input).value = "3.12"
        await pilot.press("enter")
        (action,) = screen.session.referat.all_of(EntryKind.ACTION)
        assert (action.text, action.who, action.due) == (
            "Sende referatet rundt",
            "Bo",
            date(2026, 12, 3),
        )


async def test_parked_points_gather_in_the_last_block(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/parker Forplejning", "enter")
        screen.action_open_notes("fremtidige-moeder")
        await pilot.pause()
        assert screen.query_one(EntriesList).option_count == 1


async def test_a_bad_date_keeps_the_next_meeting_form_open(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/næste", "enter")
        for value in ("næste torsdag", "19.00", "", "", ""):
            await pilot.press(*value, "enter")
        assert isinstance(app.screen, FieldsForm)
        assert "næste torsdag" in str(app.screen.query_one("#form-error").render())
        assert screen.session.referat.next_meeting is None
        await pilot.press("escape")
        assert screen.session.referat.next_meeting is None
