"""`/godkend` at the next meeting: the previous referat says it was approved, by whom and
when, in its export, `show` and the review — and its own files are never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from facilitator.cli.entry import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.session_detail import SessionDetailScreen
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.test_action_status import catch_up
from tests.tui.test_review import hold_meeting

MONTH = 28 * 24 * 3600


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


async def test_the_previous_referat_is_approved(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await hold_meeting(netvaerk, clock, sessions_dir, ["/beslutning Vi mødes hver 4. uge"])
    (first,) = [item.folder for item in list_sessions(sessions_dir)]
    before = fingerprint(first)
    clock.advance(MONTH)
    await catch_up(
        netvaerk, clock, sessions_dir, ["/godkend", "", "/fremmøde Anne, Bo", "/godkend"]
    )
    newer = [item.folder for item in list_sessions(sessions_dir) if item.folder != first]
    (events,) = [(folder / "events.jsonl").read_text(encoding="utf-8") for folder in newer]
    assert events.count('"referat_approved"') == 1  # the first /godkend had nobody present

    referat = render_referat(read_session(first), "md", COPENHAGEN)
    assert "*Godkendt den 24.12.2026 af Anne og Bo*" in referat
    assert "Godkendt" not in render_referat(read_session(newer[0]), "md", COPENHAGEN)
    assert main(["show", first.name, "--sessions-dir", str(sessions_dir)]) == 0
    assert "Godkendt den 24.12.2026 af Anne og Bo" in capsys.readouterr().out
    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(120, 50)) as pilot:
        review.push_screen(SessionDetailScreen(first, clock, COPENHAGEN))
        await pilot.pause()
        assert "Godkendt den 24.12.2026" in review.export_screenshot().replace("&#160;", " ")
    assert fingerprint(first) == before  # reading never rewrites the approved session
