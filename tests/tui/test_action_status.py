"""`/status` under »Siden sidst«: the chair sees it at the next meeting, and the referater,
`actions`, `show` and the review say it."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli.entry import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.widgets.guide_panel import GuidePanel
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.test_review import group_app, hold_meeting

MONTH = 28 * 24 * 3600


async def catch_up(
    program: Program, clock: FakeClock, sessions_dir: Path, lines: list[str]
) -> list[tuple[str, ...]]:
    """A meeting of the group: what »Siden sidst« showed before and after each line."""
    app = group_app(program, clock, sessions_dir)
    shown = []
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        if isinstance(app.screen, RosterScreen):  # type: ignore[attr-defined]
            await pilot.press("escape")
        guide = app.screen.query_one(GuidePanel)  # type: ignore[attr-defined]
        shown.append(guide.carried)
        for line in lines:
            await pilot.press(*line, "enter")
            await pilot.pause()
            shown.append(guide.carried)
        await pilot.press("ctrl+q", "k")
    return shown


async def test_statuses_follow_the_actions(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await hold_meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/handling @Bo Bestil lokale", "/handling @Anne Ring til kommunen", "/handling Kage"],
    )
    clock.advance(MONTH)
    shown = await catch_up(
        netvaerk,
        clock,
        sessions_dir,
        [
            "/status 1 i gang: venter på svar",
            "/status 2 udskudt 1.2: mangler tilbud",
            "/status 3 droppet: ingen ovn",
            "/status 9 udført",  # no such number: nothing written
        ],
    )
    assert shown[0] == ("1. Bestil lokale (Bo)", "2. Ring til kommunen (Anne)", "3. Kage")
    assert shown[1][0] == "1. Bestil lokale (Bo, i gang: venter på svar)"
    assert shown[2][1] == "2. Ring til kommunen (Anne, udskudt til 1.2.2027: mangler tilbud)"
    assert len(shown[3]) == 2 and shown[4] == shown[3]  # droppet closes it
    clock.advance(MONTH)
    third = await catch_up(netvaerk, clock, sessions_dir, ["/udført 1"])
    assert third[0][0] == "1. Bestil lokale (Bo, i gang: venter på svar)"
    assert third[1] == ("1. Ring til kommunen (Anne, udskudt til 1.2.2027: mangler tilbud)",)

    first, second, _third = (read_session(i.folder) for i in reversed(list_sessions(sessions_dir)))
    referat = render_referat(first, "md", COPENHAGEN)
    plan = referat.split("## Handlingsplan", 1)[1]
    assert "| Status |" in plan
    assert "| Bestil lokale | Bo | – | udført |" in plan  # the latest word, from meeting 3
    assert "| Kage | – | – | droppet: ingen ovn |" in plan
    # Postponed: due when it was put off to, in the plan and in `facilitator actions`.
    assert "| Ring til kommunen | Anne | 1.2.2027 | udskudt til 1.2.2027: mangler tilbud |" in plan
    followed = render_referat(second, "md", COPENHAGEN)
    assert "## Opfølgning på tidligere handlinger" in followed
    assert "- Ring til kommunen (Anne): udskudt til 1.2.2027: mangler tilbud" in followed

    monkeypatch.setenv("COLUMNS", "250")  # the table's cells on one line each
    assert main(["actions", "--sessions-dir", str(sessions_dir)]) == 0
    actions = capsys.readouterr().out
    assert "udskudt til 1.2.2027:" in actions and "droppet: ingen ovn" in actions
    row = next(line for line in actions.splitlines() if "Ring til kommunen" in line)
    assert "1.2.2027" in row.split("Anne", 1)[1].split("udskudt", 1)[0]
    assert main(["actions", "--group", "netværk nord", "--sessions-dir", str(sessions_dir)]) == 0
    assert "Netværk Nord" in capsys.readouterr().out  # as the meetings spell it
    assert main(["actions", "--group", "Nord", "--sessions-dir", str(sessions_dir)]) == 2
    assert "Ingen møder i gruppen »Nord«" in capsys.readouterr().err
    assert main(["show", first.folder.name, "--sessions-dir", str(sessions_dir)]) == 0
    assert "droppet: ingen ovn" in capsys.readouterr().out

    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(120, 50)) as pilot:
        review.push_screen(SessionDetailScreen(first.folder, clock, COPENHAGEN))
        await pilot.pause()
        assert "mangler tilbud" in review.export_screenshot().replace("&#160;", " ")
