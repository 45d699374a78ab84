"""»Fremmøde« in referat.md and in `show` follows the roster's order (store and export)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.export.referat import render_referat
from facilitator.review.views import session_overview
from facilitator.store.live_session import LiveSession
from facilitator.store.roster import Roster
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN
from tests.core.test_attendance_order import ROSTER


def test_the_referat_and_show_list_fremmoede_in_the_rosters_order(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    roster = Roster(participants=tuple(ROSTER))
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, roster=roster)
    names = ["Anne Holm", "Ølund", "Carla Sørensen", "Åse Berg", "Æbelø-Jens", "Bo Berg"]
    session.record_all(
        [
            EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": name, "status": "present"})
            for name in names
        ]
    )
    session.close()
    record = read_session(session.folder)
    expected = "Åse Berg, Bo Berg, Carla Sørensen, Anne Holm, Æbelø-Jens, Ølund"
    assert f"- **Til stede:** {expected}" in render_referat(record, "md", COPENHAGEN)
    console = Console(width=200, record=True)
    console.print(session_overview(record, COPENHAGEN))
    assert f"Til stede: {expected}" in console.export_text()
