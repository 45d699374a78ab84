"""The chair adds an item during the meeting; it is there for every seat, in the notes, in
the referat and on resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.export.referat import render_referat
from facilitator.store.session_reader import read_session
from facilitator.tui.widgets.agenda_panel import AgendaPanel, visible_rows
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen


async def test_an_item_added_with_nytpunkt_runs_like_any_other(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = run_screen(app)
        await pilot.press("f5", *"/nytpunkt Beboerhøring 15", "enter")
        await pilot.pause()
        rows = str(screen.query_one(AgendaPanel).render()).splitlines()
        assert rows[1].startswith("· 2. Beboerhøring") and rows[1].rstrip().endswith("15")
        assert "/nytpunkt" not in screen.query_one("#notes-text").text  # type: ignore[attr-defined]
        # A referent's seat follows, and may not add items itself.
        folder = screen.session.folder
        referent_app = app_for(None, clock, sessions_dir, session=folder, seat=Seat.REFERENT)
        async with referent_app.run_test(size=(100, 30)) as referent_pilot:
            referent = run_screen(referent_app)
            assert referent.session.state.order[1] == "beboerhoering"
            await referent_pilot.press(*"/nytpunkt Noget andet", "enter")
            assert "noget-andet" not in referent.session.state.runs
        screen.follow_log()  # the referent has left: the chair writes the notes again
        clock.advance(5 * 60)
        await pilot.press("f6")
        assert screen.session.state.current == "beboerhoering"
        await pilot.press(*"Beboerne vil høres før jul.")
        clock.advance(2)
        screen.tick()
    # Its notes have a file of their own after the program's items.
    notes_file = folder / "notes" / f"{len(netvaerk.blocks) + 1:02d}-beboerhoering.md"
    assert notes_file.read_text(encoding="utf-8") == "Beboerne vil høres før jul."
    # Resumed, the meeting is where it was, in the added item.
    resumed = app_for(None, clock, sessions_dir, session=folder)
    async with resumed.run_test(size=(100, 30)):
        screen = run_screen(resumed)
        assert screen.session.state.current == "beboerhoering"
        assert screen.query_one("#notes-text").text == "Beboerne vil høres før jul."  # type: ignore[attr-defined]
    referat = render_referat(read_session(folder), "md", COPENHAGEN)
    assert "| 2 | Beboerhøring | 15 min |" in referat
    assert "Beboerne vil høres før jul." in referat


async def test_with_more_items_than_lines_the_agenda_keeps_the_current_one_in_view(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = run_screen(app)
        for title in ("Beboerhøring", "Budget", "Kaffe"):
            await pilot.press(*f"/nytpunkt {title} 5", "enter")
        state = screen.session.state
        last = state.program.block(state.order[-1]).title
        for _ in range(len(state.order) - 1):
            screen.session.execute(agenda.next_block(state))
        assert state.current == state.order[-1]
        screen.refresh_view()
        await pilot.pause()
        panel = screen.query_one(AgendaPanel)
        lines = str(panel.render()).splitlines()
        assert len(state.order) == 9
        assert len(lines) == panel.content_size.height < 9
        assert lines[0].strip().startswith("↑") and "mere" in lines[0]
        assert lines[-1].startswith("▶") and last in lines[-1]


@pytest.mark.parametrize(
    ("count", "current", "height", "expected"),
    [
        (7, 6, 7, (0, 7)),  # everything fits
        (9, 0, 7, (0, 6)),  # at the top: "↓ 3 mere" below
        (9, 8, 7, (3, 9)),  # at the end: "↑ 3 mere" above
        (12, 6, 7, (4, 9)),  # in the middle: both
        (9, 4, 0, (0, 9)),  # before the first layout: all
    ],
)
def test_the_rows_in_view(count: int, current: int, height: int, expected: tuple[int, int]) -> None:
    start, end = visible_rows(count, current, height)
    assert (start, end) == expected
    assert start <= current < end
    if height:  # the rows and the "n mere" lines fill the height exactly
        assert (end - start) + (start > 0) + (end < count) == min(height, count)


async def test_on_a_tall_terminal_the_agenda_grows_with_an_added_item(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = run_screen(app)
        await pilot.press(*"/nytpunkt Kaffe og kage 10", "enter")
        await pilot.pause()
        panel = screen.query_one(AgendaPanel)
        lines = str(panel.render()).splitlines()
        assert panel.content_size.height == len(netvaerk.blocks) + 1 == len(lines)
        assert not any("mere" in line for line in lines)
