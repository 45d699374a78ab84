"""`/fortroligt`: kept in the session, shown to the chair and the referent, and found in
no output at all. Every output is run on a meeting holding a unique marker off the record
(entered, and one still typed in the notes when the meeting was left) and searched for it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from rich.console import Console

from facilitator.cli.entry import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.export.referat import render_referat, write_referat_files
from facilitator.review.views import group_overview, session_overview
from facilitator.store.group_memory import group_meetings
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.widgets.notes_pane import NotesPane
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.test_review import group_app

ENTERED = "HEMMELIG-7Q2X-entered"
TYPED = "HEMMELIG-7Q2X-typed"
MARKER = "7Q2X"


async def hold_meeting(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    app = group_app(program, clock, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause()
        if isinstance(app.screen, RosterScreen):  # type: ignore[attr-defined]
            await pilot.press("escape")
        await pilot.press("f9", *"Anne", "enter", "f5")
        clock.advance(60)
        for line in (
            "Vi talte om vagtplanen",
            f"/fortroligt Annes sag: {ENTERED}",
            "/handling @Anne Ring til kommunen",
            "/aftale Det, der siges her, bliver her",
        ):
            await pilot.press(*line, "enter")
        entries = app.screen.query_one(NotesPane).entries  # type: ignore[attr-defined]
        shown = [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]
        assert f"🔒 Fortroligt: Annes sag: {ENTERED}" in shown  # the chair sees it, marked
        await pilot.press("f10")  # referat.md and referat.html in the folder
        await pilot.press(*f"/fortroligt {TYPED}")  # never ended with Enter
        clock.advance(10)
        await pilot.press("ctrl+q", "p")
    (listed,) = list_sessions(sessions_dir)
    return listed.folder


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


async def test_off_the_record_is_in_no_output(
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = await hold_meeting(netvaerk, clock, sessions_dir)
    log = (folder / "events.jsonl").read_text(encoding="utf-8")
    assert ENTERED in log  # kept in the session …
    assert stat.S_IMODE((folder / "events.jsonl").stat().st_mode) == 0o600  # … privately
    notes = "".join(p.read_text(encoding="utf-8") for p in (folder / "notes").glob("*.md"))
    assert "vagtplanen" in notes and TYPED not in notes and ENTERED not in notes

    outputs: dict[str, str] = {}
    record = read_session(folder)
    for fmt in ("md", "html"):
        outputs[f"render {fmt}"] = render_referat(record, fmt, COPENHAGEN)
    for path in write_referat_files(record, COPENHAGEN):
        outputs[path.name] = path.read_text(encoding="utf-8")
    common = ("--sessions-dir", str(sessions_dir))
    group = ("--group", "Netværk Nord")
    outputs["export md"] = printed(capsys, "export", *common)
    outputs["export html"] = printed(capsys, "export", "--format", "html", *common)
    outputs["show"] = printed(capsys, "show", *common)
    outputs["actions"] = printed(capsys, "actions", *common)
    outputs["sessions"] = printed(capsys, "sessions", *common)
    outputs["agreements"] = printed(capsys, "agreements", *group, *common)
    outputs["agreements html"] = printed(capsys, "agreements", *group, "--format", "html", *common)
    console = Console(record=True, width=120)
    console.print(session_overview(record, COPENHAGEN))
    console.print(
        group_overview("Netværk Nord", group_meetings(sessions_dir, "Netværk Nord"), COPENHAGEN)
    )
    outputs["review views"] = console.export_text()
    assert list_sessions(sessions_dir, search=MARKER) == []  # search finds nothing
    assert list_sessions(sessions_dir, search="vagtplanen") != []

    display = app_for(None, clock, sessions_dir, session=folder, seat=Seat.DISPLAY)
    async with display.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        outputs["display"] = display.export_screenshot()
    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(120, 60)) as pilot:
        review.push_screen(SessionDetailScreen(folder, clock, COPENHAGEN))
        await pilot.pause()
        outputs["session detail"] = review.export_screenshot()

    assert "Ring til kommunen" in outputs["export md"]  # the outputs are real ones
    assert "Det, der siges her" in outputs["agreements"]
    leaked = [name for name, text in outputs.items() if MARKER in text]
    assert leaked == []
