"""Pilot tests: the evaluation form walks the present people, Tab between its fields, Enter
saves; a score core refuses keeps the form open with the reason."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from facilitator.core.clock import FakeClock
from facilitator.export.referat import render_referat
from facilitator.store.program_files import load_program
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.evaluation_form import EvaluationForm
from tests.conftest import COPENHAGEN, PROGRAMS
from tests.tui.conftest import app_for, run_screen


async def test_f8_walks_the_present_people_and_each_answer_is_saved(
    clock: FakeClock, sessions_dir: Path
) -> None:
    program = load_program(PROGRAMS / "netvaerk-halvaarsevaluering.toml")
    app = app_for(program, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo", "Carla"):
            await pilot.press(*f"/deltager {name}", "enter")
        await pilot.press(*"/afbud Bo", "enter")
        await pilot.press("f5", "f6", "f8")  # start, to the evaluation, Anne's form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EvaluationForm)
        assert "Anne (1 af 2)" in str(form.query_one(".dialog-title").render())
        await pilot.press("4", "tab", "3", "tab", "6", "tab", "4", "tab", *"Gode temaer")
        await pilot.press("enter")
        assert app.screen is form  # 6 is no score: the form stays and says why
        error = str(form.query_one("#form-error").render())
        assert "»6« kan ikke være en karakter for »stemning«" in error
        assert screen.session.referat.evaluations == {}
        await pilot.press("shift+tab", "shift+tab", "backspace", "5", "enter")
        await pilot.pause()
        # Saved, and Carla's form is next (Bo sent afbud, so he is not asked).
        assert isinstance(app.screen, EvaluationForm) and app.screen is not form
        assert "Carla (2 af 2)" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("2", "tab", "2", "tab", "3", "tab", "1", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, EvaluationForm)
        answers = screen.session.referat.evaluations
        assert [(a.name, dict(a.scores), a.sentence) for a in answers.values()] == [
            ("Anne", {"indhold": 4, "form": 3, "stemning": 5, "trivsel": 4}, "Gode temaer"),
            ("Carla", {"indhold": 2, "form": 2, "stemning": 3, "trivsel": 1}, ""),
        ]
        # `/evaluering Anne` opens her answer again, filled in, to correct it.
        await pilot.press(*"/evaluering Anne", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EvaluationForm)
        await pilot.press("escape")
        assert not isinstance(app.screen, EvaluationForm)
    referat = render_referat(read_session(screen.session.folder), "md", COPENHAGEN)
    assert "**Evaluering – 2 har svaret**" in referat
    assert "- indhold: 3,0 i gennemsnit" in referat
    assert "- trivsel: 2,5 i gennemsnit" in referat
    assert "- Anne: Gode temaer" in referat


async def test_f8_outside_an_evaluation_item_gives_the_word_as_before(
    clock: FakeClock, sessions_dir: Path
) -> None:
    program = load_program(PROGRAMS / "netvaerk-halvaarsevaluering.toml")
    app = app_for(program, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/deltager Anne", "enter", "f5", "f8")
        await pilot.pause()
        assert not isinstance(app.screen, EvaluationForm)
        assert screen.session.turns.speaker is not None  # the round of »Siden sidst«
        await pilot.press(*"/evaluering", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, EvaluationForm)


async def test_names_and_dimensions_in_the_form_are_shown_as_written(
    clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.core.program import program_from_data

    program = program_from_data(
        {
            "program": {"title": "Hostil"},
            "block": [
                {
                    "id": "evaluering",
                    "title": "Evaluering",
                    "minutes": 30,
                    "kind": "evaluation",
                    "dimensions": ["[bold]stemning[/]", "[/]"],
                }
            ],
        },
        "hostil",
    )
    app = app_for(program, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"/deltager [red]Bo[/]", "enter", "f5", "f8")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EvaluationForm)
        assert "Evaluering: [red]Bo[/] (1 af 1)" in str(form.query_one(".dialog-title").render())
        labels = [str(label.render()) for label in form.query("Label")]
        assert labels[:2] == ["[bold]stemning[/] (1–5)", "[/] (1–5)"]
        await pilot.press("3", "tab", "9", "enter")
        assert "»[/]«" in str(form.query_one("#form-error").render())
        await pilot.press("backspace", "4", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, EvaluationForm)


async def test_the_form_shows_its_fields_at_80x24_and_says_the_sentence_is_optional(
    clock: FakeClock, sessions_dir: Path
) -> None:
    program = load_program(PROGRAMS / "netvaerk-halvaarsevaluering.toml")
    app = app_for(program, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/deltager Anne", "enter", "f5", "f6", "f8")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EvaluationForm)
        for field in form.query(Input):
            assert field.region.height == 1 and field.region.width >= 6, field.id
            ground, own = field.background_colors
            distance = sum(abs(a - b) for a, b in zip(ground.rgb, own.rgb, strict=True))
            assert distance > 60, (field.id, ground, own)  # $boost alone: 24, unseen
            assert field.placeholder  # where to type, without colour too
        assert "kan udelades" in str(form.query_one(".dialog-intro").render())
        await pilot.press("٣", "tab", "3", "tab", "3", "tab", "3", "enter")
        assert app.screen is form  # not an ASCII digit: refused, the form stays
        assert "»٣« kan ikke være en karakter" in str(form.query_one("#form-error").render())
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "backspace", "4", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, EvaluationForm)
        (answer,) = screen.session.referat.evaluations.values()
        assert answer.score("indhold") == 4 and answer.sentence == ""
