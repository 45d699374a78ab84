"""An item's time reads the same in the referat, the review and `show`: under a second is
no time, an item never reached says so once (not »faktisk 0 min« as well), and a skipped
item is marked skipped where its few seconds are shown."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.review.views import session_overview
from facilitator.store.live_session import LiveSession
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN


def test_no_time_is_no_time_everywhere_and_a_skip_is_said(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(0.4)  # Velkommen: moved on at once
    session.execute(agenda.next_block(session.state))
    clock.advance(3)  # the round: 3 s, then skipped
    session.execute(agenda.skip_block(session.state))
    session.close()
    record = read_session(session.folder)
    referat = render_referat(record, "md", COPENHAGEN)
    first, second = netvaerk.blocks[0], netvaerk.blocks[1]
    assert f"| 1 | {first.title} | {first.minutes} min | – |" in referat
    last = netvaerk.blocks[-1]
    section = referat.split(f"## {len(netvaerk.blocks)}. {last.title}", 1)[1]
    assert section.lstrip().startswith(f"*Planlagt {last.minutes} min*\n\n*Punktet nåede vi ikke.*")
    assert "faktisk" not in section.split("## ", 1)[0]
    console = Console(width=200, record=True)
    console.print(session_overview(record, COPENHAGEN))
    shown = console.export_text()
    row = next(line for line in shown.splitlines() if second.title in line)
    assert "(sprunget over)" in row and "00:03" in row
    first_row = next(line for line in shown.splitlines() if line.strip().startswith(first.title))
    assert "–" in first_row
