"""The time-out in the app: Ctrl+F5, `T` in the chair's keys and `/timeout`; the title
bar and the display seat say it; F5 ends it; the referat lists it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen


async def test_time_outs_stop_the_clock_and_are_in_the_referat(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press(*"/deltager Carla, pædagog", "enter")
        carla = screen.session.turns.find("Carla")
        assert carla is not None
        await pilot.press("f5")
        clock.advance(60)
        await pilot.press("ctrl+f5")  # by the roster's grænsevogter: none yet, so the chair
        await pilot.pause()
        memory = screen.session.whole.memory
        assert memory.timeout is not None and not screen.session.state.running
        title = str(screen.query_one("#title-bar", Static).render())
        assert "TIME-OUT" in title and "ordstyreren" in title
        clock.advance(180)
        await pilot.press("f5")  # goes on, and ends the time-out
        await pilot.pause()
        assert memory.timeout is None and screen.session.state.running
        assert "TIME-OUT" not in str(screen.query_one("#title-bar", Static).render())
        clock.advance(60)
        await pilot.press("escape", "T")  # the chair's keys
        await pilot.pause()
        assert memory.timeout is not None
        await pilot.press("space", "i")  # Space is F5 there: go on
        await pilot.pause()
        assert memory.timeout is None
        await pilot.press(*"/timeout Carla", "enter")
        await pilot.pause()
        assert memory.timeout is not None and memory.timeout.by == "Carla"
        await pilot.press("ctrl+q")
        await pilot.pause()
    (listed,) = list_sessions(sessions_dir)

    display = app_for(None, clock, sessions_dir, session=listed.folder, seat=Seat.DISPLAY)
    async with display.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "TIME-OUT" in display.export_screenshot()

    referat = render_referat(read_session(listed.folder), "md", COPENHAGEN)
    section = referat.split("## Time-out\n", 1)[1].split("##", 1)[0]
    lines = [line for line in section.splitlines() if line]
    assert len(lines) == 3
    assert lines[0].startswith("- kl. ") and "kaldt af ordstyreren" in lines[0]
    assert "under »Velkommen" in lines[0]
    assert lines[2].endswith("(ikke afsluttet) under »Velkommen«, kaldt af Carla")
