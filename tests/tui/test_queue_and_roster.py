"""Ctrl+F9 talerliste editing, Ctrl+F12 roster, and /taletid, as a chair would use them."""

from __future__ import annotations

import re
from pathlib import Path

from textual.pilot import Pilot

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.referat import Attendance
from facilitator.core.typing_guard import FORM_DELAY
from facilitator.tui.screens.participant_form import ParticipantFormScreen
from facilitator.tui.screens.queue_editor import QueueEditorScreen
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.widgets.notes_pane import NotesPane
from facilitator.tui.widgets.speakers_panel import SpeakersPanel
from tests.tui.conftest import app_for, run_screen


async def test_ctrl_f9_moves_removes_and_gives_the_word(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        turns = screen.session.turns
        for name in ("Anne", "Bo", "Carla", "Dorte"):
            await pilot.press("f9", *name, "enter")
        await pilot.press("ctrl+f9")
        assert isinstance(app.screen, QueueEditorScreen)
        await pilot.press("down", "down", "shift+up")  # Carla up past Bo
        waiting = [e.participant for e in turns.ordered_queue(clock.now())]
        assert waiting == ["anne", "carla", "bo", "dorte"]
        await pilot.press("minus")  # and down again
        assert [e.participant for e in turns.ordered_queue(clock.now())][1:3] == ["bo", "carla"]
        await pilot.press("up", "delete")  # Bo off the list
        assert [e.participant for e in turns.ordered_queue(clock.now())] == [
            "anne",
            "carla",
            "dorte",
        ]
        await pilot.press("down", "enter")  # the word to Dorte, out of turn
        assert app.screen is screen
        assert turns.speaker == "dorte"
        # All of it is in the log: a reader sees the same list.
        types = [line for line in (screen.session.folder / "events.jsonl").read_text().splitlines()]
        assert sum('"speaker_moved"' in line for line in types) == 2
        assert sum('"speaker_removed"' in line for line in types) == 1


async def test_quiet_first_forbids_moving_and_says_why(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo"):
            await pilot.press("f9", *name, "enter")
        await pilot.press("ctrl+f8", "ctrl+f9", "down", "shift+up")
        editor = app.screen
        assert isinstance(editor, QueueEditorScreen)
        assert "Ctrl+F8" in str(editor.query_one("#queue-editor-notice").render())
        assert [e.participant for e in screen.session.turns.queue] == ["anne", "bo"]


async def opened(pilot: Pilot[None], key: str) -> None:
    """N or Enter in the roster, and the moment its form waits (`FORM_DELAY`)."""
    await pilot.press(key)
    await pilot.pause(FORM_DELAY.total_seconds() + 0.1)


async def test_roster_adds_edits_seats_and_marks_attendance(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = run_screen(app)
        turns, referat = screen.session.turns, screen.session.referat
        await pilot.press("ctrl+f12")
        assert isinstance(app.screen, RosterScreen)
        clock.advance(1)  # N opens a form a pause after the list opened
        await opened(pilot, "n")
        assert isinstance(app.screen, ParticipantFormScreen)
        await pilot.press(*"Anne Holm", "enter", *"pædagog", "enter")
        await pilot.press("enter", *"anne@example.dk", "enter", *"12345678", "enter")
        assert isinstance(app.screen, RosterScreen)
        anne = turns.participants["anne-holm"]
        assert (anne.faglighed, anne.email, anne.phone) == (
            "pædagog",
            "anne@example.dk",
            "12345678",
        )
        clock.advance(1)  # and a pause after a form
        await opened(pilot, "n")
        await pilot.press(*"Bo", "f2")
        assert turns.handles() == {"anne-holm": "1", "bo": "2"}
        await pilot.press("shift+up")  # Bo is highlighted after adding; to seat 1
        assert turns.handles() == {"bo": "1", "anne-holm": "2"}
        await pilot.press("space", "space")
        assert referat.attendance["Bo"] is Attendance.SENT_APOLOGIES
        clock.advance(1)  # and Enter a pause after Space
        await opened(pilot, "enter")  # edit Bo: rename keeps the mark
        assert isinstance(app.screen, ParticipantFormScreen)
        await pilot.press("end", *" Berg", "f2")
        assert turns.participants["bo"].name == "Bo Berg"
        assert referat.attendance == {"Bo Berg": Attendance.SENT_APOLOGIES}
        await pilot.press("delete")
        assert "bo" not in turns.participants
        await pilot.press("escape")
        assert app.screen is screen


async def test_n_and_enter_open_no_form_at_once_after_the_list_opened_or_a_space(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """A sentence begun with »Nu …« as the list opens, or after a Space that marked
    someone, had no refused letter before it: its n opened the form that took the rest."""
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = run_screen(app)
        await pilot.press("ctrl+f12")
        roster = app.screen
        assert isinstance(roster, RosterScreen)
        await pilot.press("N")
        assert app.screen is roster
        notice = str(roster.query_one("#roster-notice").render())
        assert "N og Enter venter et sekund" in notice
        await pilot.press(*"u er alle her", "enter")
        assert app.screen is roster and not screen.session.turns.participants
        assert "Her skrives ikke" in str(roster.query_one("#roster-notice").render())
        clock.advance(1)
        await opened(pilot, "n")  # a pause: N is the list's again
        await pilot.press(*"Anne", "f2")
        assert app.screen is roster and list(screen.session.turns.participants) == ["anne"]
        clock.advance(1)
        await pilot.press("space", "n")  # marked, then a sentence at once
        assert app.screen is roster
        await pilot.press("down")  # an arrow: Enter edits at once
        await opened(pilot, "enter")
        assert isinstance(app.screen, ParticipantFormScreen)
        await pilot.press("escape")
        clock.advance(1)
        await pilot.press("down", "n", "u")  # Nu …: the form waits, and stays shut
        await pilot.pause(FORM_DELAY.total_seconds() + 0.1)
        assert app.screen is roster
        assert "taget for skrift" in str(roster.query_one("#roster-notice").render())
        await pilot.press("down", "enter", "o", "g")  # Enter og …: the same
        await pilot.pause(FORM_DELAY.total_seconds() + 0.1)
        assert app.screen is roster and list(screen.session.turns.participants) == ["anne"]


async def test_a_group_meeting_opens_with_last_times_roster(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.tui.app import make_app
    from tests.conftest import COPENHAGEN, PROGRAMS

    def group_app() -> object:
        return make_app(
            netvaerk,
            sessions_dir=sessions_dir,
            clock=clock,
            zone=COPENHAGEN,
            folders=[PROGRAMS],
            group="Netværk Nord",
        )

    first = group_app()
    async with first.run_test(size=(80, 24)) as pilot:  # type: ignore[attr-defined]
        assert not isinstance(first.screen, RosterScreen)  # type: ignore[attr-defined]
        await pilot.press("f9", *"Anne, pædagog", "enter", "f9", *"Bo", "enter")
    clock.advance(28 * 24 * 3600)
    second = group_app()
    async with second.run_test(size=(80, 24)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        # Offered, not opened: the notes keep the keyboard, the chair is told how to mark.
        assert not isinstance(second.screen, RosterScreen)  # type: ignore[attr-defined]
        offered = [n.message for n in second._notifications]  # type: ignore[attr-defined]
        assert any("Ctrl+F12" in message for message in offered)
        await pilot.press(*"Vi ", "ctrl+f12")
        roster = second.screen  # type: ignore[attr-defined]
        assert isinstance(roster, RosterScreen)
        intro = str(roster.query_one(".dialog-intro").render())
        assert "sidste møde" in intro
        await pilot.press("space")
        assert roster.session.referat.attendance == {"Anne": Attendance.PRESENT}
        assert roster.session.turns.participants["anne"].faglighed == "pædagog"
        await pilot.press("k")  # a letter types nothing here, and the roster says so
        assert "Esc" in str(roster.query_one("#roster-notice").render())
        await pilot.press("escape", "s")
        notes = second.screen.query_one(NotesPane).editor  # type: ignore[attr-defined]
        assert notes.text == "Vi s"


async def test_typed_speech_limit_warns_at_80_percent_and_shows_the_overrun(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/taletid 2", "enter")
        assert screen.session.turns.speech_limits == {netvaerk.blocks[0].id: 120}
        await pilot.press("f9", *"Anne", "enter", "f8")
        panel = screen.query_one(SpeakersPanel)

        def shown() -> tuple[str, str]:
            screen.refresh_view()
            text = panel.render()
            timer = next(
                span
                for span in text.spans
                if re.fullmatch(r"\d\d:\d\d", str(text)[span.start : span.end].strip())
            )
            return str(text), str(timer.style)

        clock.advance(60)
        text, style = shown()
        assert "Anne  01:00 / 02:00" in text and "yellow" not in style
        clock.advance(40)
        text, style = shown()
        assert "yellow" in style
        clock.advance(30)
        text, style = shown()
        assert "red" in style and "+00:10 over" in text
        await pilot.press(*"/taletid fra", "enter")
        text, _style = shown()
        assert "/ 02:00" not in text
        await pilot.press(*"/taletid to", "enter")
        assert screen.session.turns.speech_limits == {netvaerk.blocks[0].id: 0}
