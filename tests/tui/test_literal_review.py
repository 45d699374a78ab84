"""Hostile text before and after a meeting: program files in the picker (one broken, under
a hostile file name), the invitation form, and the review of past meetings (the list with
an unreadable folder, one meeting in detail, the group over its meetings)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from facilitator.core.clock import FakeClock
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.fields_form import FieldsForm
from facilitator.tui.screens.forms import TextPromptScreen
from facilitator.tui.screens.group_review import GroupReviewScreen
from facilitator.tui.screens.picker import PickerScreen
from facilitator.tui.screens.problem import ProblemScreen
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.screens.sessions import SessionsScreen
from tests.conftest import COPENHAGEN
from tests.reliability.conftest import scale
from tests.tui.hostile import (
    CONTROL,
    check_screen,
    check_verbatim,
    hostile_fields,
    hostile_world,
    long_texts,
    marker,
    shown,
    worst_case,
)

SIZE = (180, 70)


def file_name(text: str) -> str:
    """`text` as a file or folder name can hold it (no `/`, no NUL, at most 255 bytes)."""
    name = text.replace("/", "|").replace("\x00", "")
    while len(name.encode("utf-8")) > 200:
        name = name[:-1]
    return name


def broken_program(folder: Path, texts: dict[str, str]) -> Path:
    """A program file that does not parse, its bad line full of hostile text: the error
    shows that line with a caret."""
    path = folder / f"{file_name(texts['source'])}.toml"
    path.write_text(f'[program]\ntitle = "{texts["program"]}\n', encoding="utf-8")
    return path


def unreadable_session(sessions: Path, texts: dict[str, str]) -> Path:
    folder = sessions / file_name(texts["group"])
    folder.mkdir()
    (folder / "session.toml").write_text("[session\n", encoding="utf-8")
    return folder


async def every_page(app: FacilitatorApp, pilot: object, presses: int = 12) -> str:
    """What a scrolling screen shows from top to bottom, page by page."""
    pages = [shown(app)]
    for _ in range(presses):
        await pilot.press("pagedown")  # type: ignore[attr-defined]
        pages.append(shown(app))
    return "\n".join(pages)


async def drive_review(texts: dict[str, str], root: Path, verbatim: bool) -> None:
    _program, _folder, clock = hostile_world(root, texts)
    broken_program(root / "programs", texts)
    unreadable_session(root / "sessions", texts)
    short = len(texts["decision"]) < 1000  # names are capped at 60: ask a typed text

    def check(app: FacilitatorApp, where: str, *fields: str) -> str:
        return check_screen(app, where, texts, *(fields if short else ()))

    app = make_app(
        sessions_dir=root / "sessions",
        clock=FakeClock(clock.now()),
        zone=COPENHAGEN,
        folders=[root / "programs"],
    )
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        entries = app.screen.entries
        await pilot.press(*["down"] * next(i for i, e in enumerate(entries) if e.program))
        screen = check(app, "picker", "program", "description", "block", "lead", "place")
        if verbatim:
            check_verbatim(screen, texts, "program", "description", "place", "material")
        await pilot.press("f2")
        assert isinstance(app.screen, FieldsForm)
        check(app, "invitation form", "program")
        await pilot.press("escape")
        broken = next(i for i, e in enumerate(entries) if e.program is None)
        await pilot.press(*["up"] * len(entries), *["down"] * broken)
        check(app, "picker, broken file")
        await pilot.press("enter")
        assert isinstance(app.screen, ProblemScreen)
        check(app, "problem")
        await pilot.press("escape", "f3")

        assert isinstance(app.screen, SessionsScreen)
        screen = check(app, "sessions", "group", "program")
        if verbatim:
            check_verbatim(screen, texts, "group", "program")
        listed = app.screen.listed
        readable = next(i for i, item in enumerate(listed) if item.summary is not None)
        await pilot.press(*["down"] * readable)
        assert app.screen.selected() is listed[readable]
        await pilot.press("enter")
        assert isinstance(app.screen, SessionDetailScreen)
        # Held by nobody; the top of it, then every page down to the referat's notes.
        check(app, "detail", "program", "group")
        seen = await every_page(app, pilot)
        assert not CONTROL.findall(seen)
        if short:
            flat = "".join(seen.split())
            fields = ("block", "decision", "action", "who", "parked", "name", "name2", "notes")
            for field in fields:
                assert marker(field) in flat, field
        await pilot.press("home", "enter")
        assert isinstance(app.screen, TextPromptScreen)
        check(app, "reassign")
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, SessionsScreen)
        await pilot.press(*["up"] * len(listed), *["down"] * readable, "f3")  # its group

        assert isinstance(app.screen, GroupReviewScreen)
        check(app, "group", "group", "action", "who", "parked", "name")
        await pilot.press("escape")
        assert app.is_running


CASES = settings(
    max_examples=scale(quick=6, full=200),
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@CASES
@given(hostile_fields())
def test_hostile_text_in_the_picker_and_the_review(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(drive_review(texts, Path(folder), verbatim=False))


@pytest.mark.parametrize("turn", [0, 4])
async def test_the_worst_text_in_the_picker_and_the_review(tmp_path: Path, turn: int) -> None:
    await drive_review(worst_case(turn), tmp_path, verbatim=True)


async def test_ten_thousand_characters_in_the_review(tmp_path: Path) -> None:
    texts = long_texts(9)
    await drive_review(texts, tmp_path, verbatim=False)
