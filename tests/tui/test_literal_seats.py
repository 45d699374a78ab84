"""A meeting whose log, notes and lock owners hold hostile text, opened again: resumed by
the chair, followed by a second chair opener, joined by the referent and shown on the
display. Each seat opens, shows the text as written, and passes no control character to
the terminal; a title made of a click action does nothing when clicked."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from facilitator.core.clock import FakeClock
from facilitator.core.seats import Seat
from facilitator.store.lock import LOCK_NAME, REFERENT_LOCK_NAME, SessionLock, owner_name
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.display import DisplayScreen
from tests.conftest import COPENHAGEN
from tests.reliability.conftest import scale
from tests.tui.conftest import run_screen
from tests.tui.hostile import (
    check_screen,
    check_verbatim,
    hostile_fields,
    hostile_world,
    long_texts,
    shown,
    worst_case,
)

SIZE = (180, 70)


def seat_app(root: Path, folder: Path, clock: FakeClock, seat: Seat | None) -> FacilitatorApp:
    return make_app(
        sessions_dir=root / "sessions",
        clock=clock,
        zone=COPENHAGEN,
        folders=[root / "programs"],
        session=folder,
        seat=seat,
    )


def held_by(folder: Path, lock_name: str, clock: FakeClock, host: str) -> SessionLock:
    """The seat's lock held here, its owner file naming `host` (another machine's name,
    or a copied folder's)."""
    lock = SessionLock(folder, lock_name)
    lock.acquire(clock.now())
    owner = {"host": host, "pid": 4242, "since": "2026-11-26T18:00:00Z"}
    (folder / owner_name(lock_name)).write_text(json.dumps(owner), encoding="utf-8")
    return lock


async def drive_seats(texts: dict[str, str], root: Path, verbatim: bool) -> None:
    _program, folder, clock = hostile_world(root, texts)
    short = len(texts["decision"]) < 1000  # names are capped at 60: ask a typed text

    def check(app: FacilitatorApp, where: str, *fields: str) -> str:
        return check_screen(app, where, texts, *(fields if short else ()))

    # The chair resumes the meeting that was running; a referent sits at it already.
    referent = held_by(folder, REFERENT_LOCK_NAME, clock, texts["who"])
    app = seat_app(root, folder, clock, Seat.CHAIR)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        run = run_screen(app)
        screen = check(
            app, "chair", "program", "block", "decision", "action", "parked", "name", "name2"
        )
        if verbatim:
            check_verbatim(screen, texts, "program", "decision", "action", "parked", "name")
        # The notes are the referent's: they follow, and say who writes them.
        run.follow_notes_writer()
        await pilot.pause()
        check(app, "chair, notes followed", "notes", "who")
        await pilot.press("f1", "escape", "f2")
        check(app, "chair, big clock", "block", "decision_block")
    referent.release()

    # A second chair opener follows the one who holds the meeting, and names who that is.
    chair_lock = held_by(folder, LOCK_NAME, clock, texts["who"])
    app = seat_app(root, folder, clock, Seat.CHAIR)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert run_screen(app).session.read_only
        check(app, "read-only chair", "program", "who", "notes")
    chair_lock.release()

    app = seat_app(root, folder, clock, Seat.REFERENT)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        screen = check(app, "referent", "program", "block", "decision", "notes", "name")
        if verbatim:
            check_verbatim(screen, texts, "notes")

    app = seat_app(root, folder, clock, Seat.DISPLAY)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DisplayScreen)
        check(app, "display", "block", "decision_block", "name", "name2")

    app = seat_app(root, folder, clock, None)  # a browser tab: which seat?
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        check(app, "seat choice", "program")


CASES = settings(
    max_examples=scale(quick=6, full=200),
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@CASES
@given(hostile_fields())
def test_hostile_text_in_a_meeting_opened_again(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(drive_seats(texts, Path(folder), verbatim=False))


@pytest.mark.parametrize("turn", [0, 7])
async def test_the_worst_text_in_a_meeting_opened_again(tmp_path: Path, turn: int) -> None:
    await drive_seats(worst_case(turn), tmp_path, verbatim=True)


async def test_ten_thousand_characters_opened_again(tmp_path: Path) -> None:
    texts = long_texts(3)
    await drive_seats(texts, tmp_path, verbatim=False)


async def test_resume_and_join_with_brackets_in_the_log(tmp_path: Path) -> None:
    """`[/]` in a decision and a name was a MarkupError on every resume and join after it."""
    texts = {field: f"{field} [/] [for=5, imod=2]" for field in worst_case(0)}
    _program, folder, clock = hostile_world(tmp_path, texts)
    for seat in (Seat.CHAIR, Seat.REFERENT):
        app = seat_app(tmp_path, folder, clock, seat)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            run = run_screen(app)
            assert run.session.seat is seat
            screen = shown(app)
            for field in ("decision", "name", "block"):
                assert texts[field] in screen, field


async def test_a_click_on_a_title_that_is_a_click_action_does_nothing(tmp_path: Path) -> None:
    """`/nytpunkt Kaffe [@click=app.quit]KLIK[/] 10`, or such a title in a program file: it
    is shown as written, and a click anywhere on it does not quit."""
    title = "Kaffe [@click=app.quit]KLIK[/]"
    texts = {field: title for field in worst_case(0)}
    _program, folder, clock = hostile_world(tmp_path, texts)
    app = seat_app(tmp_path, folder, clock, Seat.CHAIR)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        run = run_screen(app)
        editor = run.query_one("#notes-text")
        editor.insert(f"/nytpunkt {title} 10")  # type: ignore[attr-defined]
        await pilot.press("enter", "f6")  # the added item is the current one now
        await pilot.pause()
        lines = shown(app).splitlines()
        # Wherever the title is drawn (as written, or as markup would draw it: »Kaffe KLIK«).
        clicks = [
            (x, y)
            for y, line in enumerate(lines)
            for x in range(len(line))
            if line.startswith("Kaffe", x)
        ]
        assert len(clicks) >= 4
        for x, y in clicks:
            for dx in range(len(title)):
                await pilot.click(offset=(x + dx, y))
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None
        assert sum(title in line for line in shown(app).splitlines()) >= 4
