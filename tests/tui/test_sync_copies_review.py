"""The review screens name a synced drive's conflict copies (made here by the test)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.tui.app import make_app
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.screens.sessions import SessionsScreen
from tests.conftest import COPENHAGEN, PROGRAMS
from tests.store.handover_meeting import held_meeting


async def test_the_review_names_the_copies_and_what_to_do(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = held_meeting(netvaerk, clock, sessions_dir).folder
    (folder / "events-DESKTOP-AB12.jsonl").write_bytes(b"{not the log\n")
    (folder / "notes" / "01-velkommen (conflicted copy 2026-12-01).md").write_text("kopi\n")
    app = make_app(
        None, sessions_dir=sessions_dir, clock=clock, zone=COPENHAGEN, folders=[PROGRAMS],
        review=True,
    )  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionsScreen)
        warning = str(screen.query_one("#sessions-warning", Static).render())
        assert "events-DESKTOP-AB12.jsonl er en konfliktkopi" in warning
        assert "01-velkommen (conflicted copy 2026-12-01).md" in warning
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionDetailScreen) and detail.record is not None
        assert len(detail.record.sync_copies) == 2
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(detail.query_one("#detail-overview", Static).content)
        shown = " ".join(console.export_text().split())
        assert "events-DESKTOP-AB12.jsonl er en konfliktkopi" in shown
