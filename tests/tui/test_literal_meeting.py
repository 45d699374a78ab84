"""A meeting run by the chair where every title, name and entry is hostile text: from the
program file, the roster of the group's last meeting, and lines typed into the notes.
Every screen and dialog on the way must show it as written, and pass no control character
to the terminal."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from textual.widgets import Input

from facilitator.core.typing_guard import FORM_DELAY
from facilitator.tui.app import make_app
from facilitator.tui.screens.catch_up import CatchUpScreen
from facilitator.tui.screens.fields_form import FieldsForm
from facilitator.tui.screens.forms import DecisionScreen, QueueSpeakerScreen
from facilitator.tui.screens.participant_form import ParticipantFormScreen
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.widgets.notes_pane import EntriesList, NotesPane
from tests.conftest import COPENHAGEN
from tests.reliability.conftest import scale
from tests.tui.conftest import run_screen
from tests.tui.hostile import (
    check_screen,
    check_verbatim,
    hostile_fields,
    hostile_world,
    long_texts,
    marker,
    squashed,
    worst_case,
)

SIZE = (180, 70)


def one_line(text: str) -> str:
    """What can be typed on one line of the notes."""
    return " ".join(text.splitlines())


async def drive_meeting(texts: dict[str, str], root: Path, verbatim: bool) -> None:
    program, _earlier, clock = hostile_world(root, texts)
    app = make_app(
        program,
        sessions_dir=root / "sessions",
        clock=clock,
        zone=COPENHAGEN,
        folders=[root / "programs"],
        group=texts["group"],
    )
    long = len(texts["decision"]) > 1000  # names are capped at 60: ask a typed text
    short = not long

    def check(where: str, *fields: str) -> str:
        return check_screen(app, where, texts, *(fields if short else ()))

    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("ctrl+f12")  # the roster of the group's last meeting
        assert isinstance(app.screen, RosterScreen)
        screen = check("roster", "name", "name2")
        if verbatim:
            check_verbatim(screen, texts, "name", "name2", "faglighed")
        await pilot.press("home", "enter")  # the first person's form (after a Home: at once)
        await pilot.pause(FORM_DELAY.total_seconds() + 0.1)  # the moment it waits for a key
        assert isinstance(app.screen, ParticipantFormScreen)
        check("participant form")
        await pilot.press("escape", "escape")

        run = run_screen(app)
        await pilot.press("f5")
        await pilot.pause()
        screen = check(
            "run screen",
            "program",
            "block",
            "decision_block",
            "lead",
            "guide",
            "prompt",
            "tip",
            "tips_heading",
            "check",
            "action",
            "parked",
        )
        if verbatim:
            check_verbatim(screen, texts, "program", "block", "guide", "prompt", "tip", "check")

        editor = run.query_one(NotesPane).editor
        # Each line becomes an entry and says so in a notice (a toast), the text in it.
        typed = [
            (f"/beslutning {one_line(texts['decision'])}", "decision", "tilføjet:"),
            (f"/handling {one_line(texts['action'])}", "action", "tilføjet:"),
            (f"/parker {one_line(texts['parked'])}", "parked", "tilføjet:"),
            (f"/deltager {one_line(texts['who']).replace(',', ' ')}", "who", ""),
            (f"/nytpunkt {one_line(texts['faglighed'])} 10", "faglighed", "aktuelle:"),
        ]
        for line, field, notice in typed:
            editor.insert(line)
            await pilot.press("enter")
            await pilot.pause()
            screen = check(f"typed {line[:12]}", field)
            if short:
                assert squashed(notice + marker(field)) in squashed(screen), line
        check("entries", "decision", "action", "parked")

        await pilot.press("f9")
        assert isinstance(app.screen, QueueSpeakerScreen)
        check("F9", "name", "name2", "who")
        await pilot.press("1", "enter", "f9", "2", "enter", "f9", "3", "enter", "f8")
        await pilot.pause()
        check("speakers", "name", "name2", "who")

        for key, where in (
            ("shift+f2", "fairness"),
            ("ctrl+f9", "queue editor"),
            ("f1", "help"),
            ("ctrl+f12", "roster"),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is not run, where
            check(where, *(("name",) if where != "help" else ()))
            await pilot.press("escape")

        run.set_focus(run.query_one(EntriesList))
        await pilot.press("down", "enter")  # the first entry's form, its text filled in
        assert isinstance(app.screen, FieldsForm)
        check("entry form")
        await pilot.press("escape")

        clock.advance(30 * 60)  # well behind the plan: F3 proposes cuts
        run.refresh_view()
        await pilot.press("f3")
        assert isinstance(app.screen, CatchUpScreen)
        check("catch-up", "decision_block", "round_block")
        await pilot.press("escape", "f2")
        check("big clock", "block", "faglighed")
        # On to the item added with /nytpunkt, to the decision item, and on: its decision?
        await pilot.press("f2", "f6", "f6", "f6")
        assert isinstance(app.screen, DecisionScreen)
        check("decision dialog", "decision_block")
        app.screen.query_one(Input).value = one_line(texts["decision"])
        await pilot.press("enter")
        await pilot.pause()
        check("round", "round_block", "name")
        await pilot.press("f6", "f12")  # the groups item, split
        await pilot.pause()
        check("groups", "groups_block", "name")

        editor.insert("/gemprogram")
        await pilot.press("enter")
        assert isinstance(app.screen, FieldsForm)
        check("save program", "faglighed")
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        check("palette")
        await pilot.press("escape")
        assert app.is_running


CASES = settings(
    max_examples=scale(quick=8, full=200),
    deadline=None,
    # A Pilot app a case: a failing case is reported as found, not shrunk for minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@CASES
@given(hostile_fields())
def test_hostile_text_through_a_meeting(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(drive_meeting(texts, Path(folder), verbatim=False))


@pytest.mark.parametrize("turn", [0, 5])
async def test_the_worst_text_through_a_meeting(tmp_path: Path, turn: int) -> None:
    await drive_meeting(worst_case(turn), tmp_path, verbatim=True)


async def test_ten_thousand_characters_in_every_field(tmp_path: Path) -> None:
    """As long as a program file may have them, and 10,000 characters in what is typed."""
    texts = long_texts()
    await drive_meeting(texts, tmp_path, verbatim=False)
