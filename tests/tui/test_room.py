"""The room on the chair's screen: the welcome on the big clock before the start, /skærm,
and the forms for deciding together (a vote, dots, consent) and the checklist."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind
from facilitator.core.turn_commands import add_participant
from facilitator.store.live_session import LiveSession
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.room_forms import ChecklistDialog, ConsentRound, TabForm
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.room_clock import RoomClock
from tests.conftest import COPENHAGEN
from tests.tui.classes_added import classes_added
from tests.tui.conftest import app_for, run_screen


def meeting_with(
    program: Program, clock: FakeClock, sessions_dir: Path, names: tuple[str, ...]
) -> Path:
    """A started meeting with people on the roster (those present, unless marked away)."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    for name in names:
        session.record(add_participant(session.turns, name))
    session.execute(agenda.toggle_clock(session.state))
    session.close()
    return session.folder


def decisions(app: FacilitatorApp) -> list[str]:
    screen = run_screen(app)
    return [entry.text for entry in screen.session.referat.all_of(EntryKind.DECISION)]


def drawn(widget: RoomClock, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(widget.render())
    return [line.strip() for line in console.export_text().splitlines()]


async def test_the_big_clock_before_the_start_welcomes_and_never_says_pause(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        big = run_screen(app).query_one(RoomClock)
        lines = drawn(big, 80)
        assert "Vi starter snart" in lines and "Dagsorden" in lines
        assert any("Velkommen" in line for line in lines)
        assert "Pause" not in lines  # the item »Pause« is on the agenda, but nothing is paused
        await pilot.press("f5")
        assert big.sign is not None and big.sign.welcome is None


async def test_skaerm_shows_a_message_until_skaerm_alone_takes_it_away(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ())
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        big = screen.query_one(RoomClock)
        added = classes_added(big)
        await pilot.press(*"/skærm Pause til kl. 20.15", "enter")
        assert screen.session.room.message == "Pause til kl. 20.15"
        assert big.sign is not None and big.sign.message == "Pause til kl. 20.15"
        assert added.count("-flash") == 1  # once, on arrival
        assert decisions(app) == []
        await pilot.press(*"/skaerm", "enter")
        assert screen.session.room.message == "" and big.sign is not None
        assert big.sign.message == ""


async def test_a_vote_form_takes_tab_between_its_numbers_and_refuses_too_many(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ("Anne", "Bo", "Carla"))
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"/afstemning Ny router", "enter")
        form = app.screen
        assert isinstance(form, TabForm)
        await pilot.press("3", "tab", "1", "enter")  # four votes, three present
        assert app.screen is form
        error = str(form.query_one("#form-error", Static).render())
        assert "4 stemmer, men kun 3 til stede" in error
        await pilot.press("backspace", "enter")  # imod empty: none
        assert app.screen is not form
        assert decisions(app) == ["Vedtaget: Ny router (for 3, imod 0, undlader 0 · 3 til stede)"]


async def test_a_vote_with_nobody_present_is_refused_before_a_form(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ())
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"/afstemning Ny router", "enter")
        assert not isinstance(app.screen, TabForm)
        assert any("Ingen er til stede" in n.message for n in app._notifications)


async def test_proposals_are_listed_and_dots_give_the_ranking(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ("Anne", "Bo"))
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/forslag Fælles drev", "enter", *"/forslag Ny router", "enter")
        assert screen.query_one(GuidePanel).proposals == ("1. Fælles drev", "2. Ny router")
        await pilot.press(*"/prikker 2", "enter")
        assert isinstance(app.screen, TabForm)
        await pilot.press("tab", "1", "tab", "3", "enter")
        assert decisions(app) == [
            "Prioriteret med prikker (2 hver · 2 til stede): "
            "1. Ny router (3 prikker); 2. Fælles drev (1 prik)"
        ]
        guide = screen.query_one(GuidePanel)
        assert guide.proposals == ("1. Ny router (3 prikker)", "2. Fælles drev (1 prik)")


async def test_a_consent_round_walks_those_present_and_an_objection_needs_a_reason(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ("Anne", "Bo", "Carla"))
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"/samtykke Drev i tre måneder", "enter")
        dialog = app.screen
        assert isinstance(dialog, ConsentRound)
        assert "Anne (1 af 3)" in str(dialog.query_one("#consent-ask", Static).render())
        await pilot.press("j", "i", "enter")  # Bo objects, but says no reason yet
        assert app.screen is dialog and "Bo" in str(
            dialog.query_one("#consent-ask", Static).render()
        )
        await pilot.press(*"For dyrt", "enter", "j")
        assert app.screen is not dialog
        assert decisions(app) == [
            "Ikke vedtaget ved samtykke: Drev i tre måneder "
            "(indvending: Bo: For dyrt · 3 til stede)"
        ]


async def test_the_chairs_key_ticks_the_checklist_and_the_ticks_are_events(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_with(netvaerk, clock, sessions_dir, ())
    app = app_for(None, clock, sessions_dir, session=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press("escape", "c")
        assert isinstance(app.screen, ChecklistDialog)
        await pilot.press("down", "space")
        block = screen.session.state.current or ""
        assert screen.session.room.ticked(block) == {1}
        await pilot.press("enter")  # Enter ticks too: off again
        assert screen.session.room.ticked(block) == frozenset()
        await pilot.press("space", "escape")
        assert not isinstance(app.screen, ChecklistDialog)
        assert screen.query_one(GuidePanel).ticked == {1}
        log = (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
        ticks = [json.loads(line)["data"] for line in log if "checklist_ticked" in line]
        assert [tick["done"] for tick in ticks] == [True, False, True]
