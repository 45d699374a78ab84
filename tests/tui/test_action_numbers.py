"""The `hN` of an action is the same everywhere: the run screen's entries (»Handling h2: …«,
what `/status h2` takes), the handlingsplan in referat.md and .html, `facilitator actions`
and the review's list of actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from facilitator.cli.entry import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.widgets.notes_pane import NotesPane
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.test_review import group_app


def entries_shown(app: object) -> list[str]:
    entries = app.screen.query_one(NotesPane).entries  # type: ignore[attr-defined]
    return [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]


async def test_an_actions_number_is_the_same_in_every_view(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = group_app(netvaerk, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("f5", *"/handling @Bo Book bus", "enter")
        await pilot.press(*"/handling Ring til kommunen", "enter", "f6")
        await pilot.press(*"/beslutning Vi kører kl. 9", "enter", *"/handling Kage", "enter")
        await pilot.pause()
        shown = entries_shown(app)  # the second item's entries: its action is the third
        assert shown[0].startswith("✔ Beslutning: Vi kører")
        assert shown[1].startswith("→ Handling h3: Kage")
        await pilot.press("ctrl+q", "k")
    (meeting,) = list_sessions(sessions_dir)
    record = read_session(meeting.folder)
    plan = render_referat(record, "md", COPENHAGEN).split("## Handlingsplan", 1)[1]
    assert "| Nr. | Aktivitet | Ansvarlig | Skal afsluttes senest |" in plan
    assert "| h1 | Book bus | Bo | – |" in plan
    assert "| h2 | Ring til kommunen | – | – |" in plan
    assert "| h3 | Kage | – | – |" in plan
    page = render_referat(record, "html", COPENHAGEN)
    assert "<td>h3</td>\n<td>Kage</td>" in page

    capsys.readouterr()
    assert main(["actions", "--sessions-dir", str(sessions_dir)]) == 0
    rows = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert "Nr." in " ".join(rows)
    for number, text in (("h1", "Book bus"), ("h2", "Ring til"), ("h3", "Kage")):
        assert any(f"{number} │ {text}" in row for row in rows), rows

    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(120, 50)) as pilot:
        review.push_screen(SessionDetailScreen(meeting.folder, clock, COPENHAGEN))
        await pilot.pause()
        listing = review.screen.query_one("#detail-actions", OptionList)
        listed = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    assert listed == [" h1 ○ Book bus  (Bo)", " h2 ○ Ring til kommunen", " h3 ○ Kage"]
