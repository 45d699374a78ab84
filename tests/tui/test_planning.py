"""Pilot tests: an invitation from the picker, the meeting plan and the tuned agenda from the
run screen, typed as a chair would."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from icalendar import Calendar

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.program_files import load_program
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.fields_form import FieldsForm
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen


async def type_fields(pilot: object, *values: str) -> None:
    for value in values:
        await pilot.press(*value, "enter")  # type: ignore[attr-defined]


async def test_f2_in_the_picker_writes_an_invitation(
    clock: FakeClock, sessions_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("down", "down", "f2")  # netvaerk-foerste-moede
        await pilot.pause()
        assert isinstance(app.screen, FieldsForm)
        # date, time (19:00 given), place, chair, recipient, reply by,
        # sender, contact; then the format (← → changes it) and Enter writes it.
        await pilot.press("3", ".", "1", "2", "enter", "enter")
        await pilot.press(*"Kulturhuset", "enter")
        await type_fields(pilot, "Bo", "", "30.11", "Mette", "")
        await pilot.press("right", "enter")  # txt
        assert not isinstance(app.screen, FieldsForm)
        written = tmp_path / "invitation-netvaerk-foerste-moede-2026-12-03.txt"
        text = written.read_text(encoding="utf-8")
        assert "Vi mødes torsdag den 3. december 2026 kl. 19.00–21.40 – Kulturhuset." in text
        assert "Bo er ordstyrer på mødet." in text
        assert "Kære [navn på modtager]" in text  # left out, so left visible


async def test_a_bad_date_keeps_the_invitation_form_open(
    clock: FakeClock, sessions_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        await type_fields(pilot, "i morgen", "", "", "", "", "", "", "")
        await pilot.press("enter")
        assert isinstance(app.screen, FieldsForm)
        error = str(app.screen.query_one("#form-error").render())
        assert "»i morgen« kan ikke læses" in error
        assert list(tmp_path.glob("invitation-*")) == []
        await pilot.press("escape")
        assert not isinstance(app.screen, FieldsForm)


async def test_meeting_plan_typed_in_the_referat(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo", "Carla"):
            await pilot.press(*f"/deltager {name}", "enter")
        await pilot.press(*"/mødeplan", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FieldsForm)
        # first date; every, count, time and duration keep their defaults (4w, 6, 19:00,
        # 2h30); place; a theme for the first meeting; rotate (j, since there is a roster).
        theme = "Feedback: Anne, Bo"
        await type_fields(pilot, "14.1.2027", "", "", "", "", "Biblioteket", theme, "")
        assert not isinstance(app.screen, FieldsForm)
        plan = screen.session.referat.meeting_plan
        assert plan is not None
        assert [(m.chair, m.referent, m.host) for m in plan.meetings[:4]] == [
            ("Anne", "Bo", "Carla"),
            ("Bo", "Carla", "Anne"),
            ("Carla", "Anne", "Bo"),
            ("Anne", "Bo", "Carla"),
        ]
        assert (plan.meetings[0].theme, plan.meetings[0].owners) == ("Feedback", ("Anne", "Bo"))
        assert plan.meetings[1].theme == ""
        calendar = Calendar.from_ical((screen.session.folder / "mødeplan.ics").read_bytes())
        starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
        assert len(starts) == 6
        assert {start.astimezone(COPENHAGEN).time() for start in starts} == {time(19)}
        listing = (screen.session.folder / "mødeplan.md").read_text(encoding="utf-8")
        assert (
            "1. torsdag den 14. januar 2027 kl. 19.00–21.30, Biblioteket – tema »Feedback«"
            in listing
        )
    referat = render_referat(read_session(screen.session.folder), "md", COPENHAGEN)
    assert "## Mødeplan" in referat
    assert "\n6. torsdag den 3. juni 2027 kl. 19.00–21.30, Biblioteket – ordstyrer Carla" in referat


async def test_a_bad_interval_is_explained_in_the_plan_form(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/mødeplan", "enter")
        await pilot.pause()
        await pilot.press(*"14.1.2027", "enter", "ctrl+u", *"hver uge", "enter")
        await type_fields(pilot, "", "", "", "", "", "")
        assert isinstance(app.screen, FieldsForm)
        assert "»hver uge« kan ikke læses som et interval" in str(
            app.screen.query_one("#form-error").render()
        )
        assert screen.session.referat.meeting_plan is None


async def test_the_agenda_as_run_is_saved_as_a_program(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, tmp_path: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = run_screen(app)
        screen.programs_folder = tmp_path / "programs"
        await pilot.press("f5", "f7", "f7", "f6", "f4")  # Velkommen +2 min; skip the round
        await pilot.press(*"/gemprogram", "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FieldsForm)
        intro = str(form.query_one(".dialog-intro").render())
        assert "Taget ud: Præsentationsrunde" in intro
        assert "Velkommen: 15 → 17 min" in intro
        await pilot.press("ctrl+u", *"Netværk Nord", "enter")  # not an id: refused
        assert isinstance(app.screen, FieldsForm)
        await pilot.press("ctrl+u", *"netvaerk-nord", "enter")
        assert not isinstance(app.screen, FieldsForm)
    saved = load_program(tmp_path / "programs" / "netvaerk-nord.toml")
    assert [(block.id, block.minutes) for block in saved.blocks][:2] == [
        ("velkommen", 17),
        ("pause", 20),
    ]
    assert saved.title == "Netværksgruppe: første møde (tilpasset)"
