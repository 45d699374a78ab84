"""`/aftale` in a real app: made at one meeting, shown at the next one's first item,
changed and ended there, in both referater and in `facilitator agreements`."""

from __future__ import annotations

from pathlib import Path

from facilitator.cli.entry import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.widgets.guide_panel import GuidePanel
from tests.conftest import COPENHAGEN
from tests.tui.test_review import group_app

MONTH = 28 * 24 * 3600


async def meeting(
    program: Program, clock: FakeClock, sessions_dir: Path, lines: list[str]
) -> tuple[str, ...]:
    """Hold a meeting of the group, typing `lines` at the first item; the agreements the
    chair was shown there before typing."""
    app = group_app(program, clock, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        if isinstance(app.screen, RosterScreen):  # type: ignore[attr-defined]
            await pilot.press("escape")
        guide = app.screen.query_one(GuidePanel)  # type: ignore[attr-defined]
        shown: tuple[str, ...] = guide.agreements
        for line in lines:
            await pilot.press(*line, "enter")
        await pilot.press("ctrl+q", "k")
    return shown


async def test_agreements_follow_the_group(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, capsys: object
) -> None:
    first = await meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/aftale Det, der siges her, bliver her", "/aftale Vi melder afbud dagen før"],
    )
    assert first == ()
    clock.advance(MONTH)
    shown = await meeting(
        netvaerk,
        clock,
        sessions_dir,
        ["/aftale ret 2 Vi melder afbud to dage før", "/aftale slut 1", "/aftale slut 9"],
    )
    assert shown == ("1. Det, der siges her, bliver her", "2. Vi melder afbud dagen før")
    clock.advance(MONTH)
    third = await meeting(netvaerk, clock, sessions_dir, [])
    assert third == ("2. Vi melder afbud to dage før",)  # its number stays when 1 ends

    older, newer = [read_session(i.folder) for i in reversed(list_sessions(sessions_dir))][:2]
    first_referat = render_referat(older, "md", COPENHAGEN)
    assert "## Gruppens aftaler" in first_referat
    assert "**1.** Det, der siges her, bliver her – *aftalt" in first_referat
    second_referat = render_referat(newer, "html", COPENHAGEN)
    assert "<strong>2.</strong> Vi melder afbud to dage før" in second_referat  # not <ol>: 1.
    assert "Det, der siges her" not in second_referat  # ended at that meeting

    assert main(["agreements", "--group", "Netværk Nord", "--sessions-dir", str(sessions_dir)]) == 0
    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    assert printed.startswith("# Gruppens spilleregler – Netværk Nord\n")
    assert "**2.** Vi melder afbud to dage før – *aftalt" in printed
    assert "ændret" in printed
