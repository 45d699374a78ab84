"""Pilot tests: phases inside an item on the chair's screen (F6, Shift+F6, F7, the bell)."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program, program_from_data
from facilitator.tui.widgets.phase_lines import PhasePanel
from tests.tui.classes_added import classes_added
from tests.tui.conftest import app_for, run_screen

PROGRAM = {
    "program": {"title": "Fasetest"},
    "block": [
        {"id": "foer", "title": "Før", "minutes": 5},
        {
            "id": "oensker",
            "title": "Netværksønsker",
            "minutes": 40,
            "kind": "groups",
            "phase": [
                {"title": "Snak i grupperne", "minutes": 25, "kind": "groups"},
                {"title": "Grupperne fremlægger", "minutes": 10, "kind": "present"},
                {"title": "Ordstyreren samler op", "minutes": 5},
            ],
        },
        {"id": "bagefter", "title": "Bagefter", "minutes": 10},
    ],
}


def phased() -> Program:
    return program_from_data(PROGRAM, "fasetest")


def phase_text(app: object) -> str:
    screen = run_screen(app)  # type: ignore[arg-type]
    panel = screen.query_one(PhasePanel)
    return str(panel.render()) if panel.display else ""


async def test_f6_walks_the_phases_then_the_next_item_and_shift_f6_goes_back(
    clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(phased(), clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        state = run_screen(app).session.state
        await pilot.press("f5", "f6")
        assert state.current == "oensker"
        assert "Fase 1/3: Snak i grupperne" in phase_text(app)
        await pilot.press("f6")
        assert state.current == "oensker"
        assert "Fase 2/3: Grupperne fremlægger" in phase_text(app)
        await pilot.press("f6")
        assert "Fase 3/3: Ordstyreren samler op" in phase_text(app)
        await pilot.press("shift+f6")
        assert "Fase 2/3" in phase_text(app)
        await pilot.press("f6", "f6")  # from the last phase: the next item
        assert state.current == "bagefter"
        assert phase_text(app) == ""
        await pilot.press("shift+f6")  # back to the item, where its clock left it
        assert state.current == "oensker"
        assert "Fase 3/3" in phase_text(app)
        await pilot.press("shift+f6", "shift+f6", "shift+f6")  # phase 2, 1, then the item before
        assert state.current == "foer"


async def test_a_phase_that_runs_out_moves_on_with_bell_and_flash(
    clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(phased(), clock, sessions_dir)
    bells: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
        screen = run_screen(app)
        added = classes_added(screen)
        await pilot.press("f5", "f6")
        clock.advance(25 * 60 - 1)
        screen.refresh_view()
        await pilot.pause()
        assert "00:01 tilbage af fasen" in phase_text(app)
        assert bells == []
        clock.advance(2)
        screen.refresh_view()
        await pilot.pause()
        assert "Fase 2/3: Grupperne fremlægger" in phase_text(app)
        assert added.count("-flash") == 1
        assert bells == [1]
        clock.advance(10)
        screen.refresh_view()
        await pilot.pause()
        assert bells == [1]  # once per phase
        assert screen.session.state.current == "oensker"


async def test_f6_by_hand_does_not_ring(clock: FakeClock, sessions_dir: Path) -> None:
    app = app_for(phased(), clock, sessions_dir)
    bells: list[int] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
        await pilot.press("f5", "f6", "f6")
        assert "Fase 2/3" in phase_text(app)
        assert bells == []


async def test_f7_and_shift_f7_act_on_the_current_phase(
    clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(phased(), clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        state = run_screen(app).session.state
        await pilot.press("f5", "f6", "f6", "f7", "f7", "shift+f7")
        assert "11:00 tilbage af fasen" in phase_text(app)
        assert state.runs["oensker"].planned_seconds == 41 * 60


async def test_f8_in_a_presentation_phase_gives_the_next_group_the_word(
    clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(phased(), clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for name in ("Anne", "Bo", "Carla", "Dorte", "Erik", "Frida"):
            await pilot.press("f9", *name, "enter")
        await pilot.press("f5", "f6", "f12", "f6")
        assert screen.speakers is not None
        assert screen.speakers.phase_turn.startswith("Gruppe 1 fremlægger")
        clock.advance(60)
        await pilot.press("f8")
        screen.refresh_view()
        await pilot.pause()
        assert screen.speakers.phase_turn.startswith("Gruppe 2 fremlægger")
        assert screen.speakers.phase_turn.endswith(" · 09:00")
        assert screen.session.turns.speaker is None  # F8 gave the word to a group, not a person
