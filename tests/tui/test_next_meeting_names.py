"""`/næste` with a short name: the roster's »Carla Sørensen« is recorded and shown for
»carla«, as `/fremmøde` and `@navn` already did; a name the roster lacks stays as typed."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.fields_form import FieldsForm
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen


async def test_next_meeting_records_the_full_names(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = run_screen(app)
        for person in ("Anne Holm", "Carla Sørensen"):
            await pilot.press("f9", *person, "enter")
        await pilot.press(*"/næste", "enter")
        assert isinstance(app.screen, FieldsForm)
        for value in ("10.12", "19.00", "Biblioteket", "carla", "Dorte"):
            await pilot.press(*value, "enter")
        upcoming = screen.session.referat.next_meeting
        assert upcoming is not None
        assert (upcoming.chair, upcoming.referent) == ("Carla Sørensen", "Dorte")
        folder = screen.session.folder
        await pilot.press("ctrl+q", "k")
    referat = render_referat(read_session(folder), "md", COPENHAGEN)
    coming = referat.split("## Næste møde", 1)[1]
    assert "- **Ordstyrer:** Carla Sørensen" in coming
    assert "- **Referent:** Dorte" in coming
