"""What the first frame and each command load. (Which layer may import which is a
contract checked by import-linter in `make lint`: pyproject.toml, [tool.importlinter].)"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def loaded_after(setup: str, modules: tuple[str, ...]) -> list[str]:
    """Which of `modules` a fresh interpreter has imported after running `setup`."""
    code = f"import sys\n{setup}\nprint(','.join(m for m in {modules!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    return [name for name in result.stdout.strip().split(",") if name]


def test_the_meeting_screen_loads_no_export_or_review_libraries() -> None:
    """Start time is measured against a bare Textual app: what only an export, the review or
    the meeting plan needs is imported when it is first used, not before the first frame."""
    setup = (
        "import facilitator.tui.app\n"
        "from facilitator.store.program_files import program_folders\n"
        "program_folders()"
    )
    heavy = (
        "markdown_it",
        "icalendar",
        "facilitator.store.history",
        "facilitator.tui.screens.picker",
        "facilitator.tui.screens.sessions",
        "importlib.resources",
        "secrets",
        # The dialogs: each is imported when a key first opens it.
        "facilitator.tui.screens.help",
        "facilitator.tui.screens.forms",
        "facilitator.tui.screens.fields_form",
        "facilitator.tui.screens.room_forms",
        "facilitator.tui.screens.catch_up",
        "facilitator.tui.screens.status_walk",
    )
    assert loaded_after(setup, heavy) == []


def test_the_command_line_loads_each_command_when_it_runs() -> None:
    """`facilitator run` builds the whole parser, but not the review, export and planning
    code behind the other commands: those are imported by the command that uses them."""
    heavy = (
        "facilitator.cli.planning",
        "facilitator.review.views",
        "facilitator.export.referat",
        "facilitator.store.session_reader",
        "facilitator.core.invitation",
        "textual",
    )
    parser = "from facilitator.cli.entry import build_parser\nbuild_parser()"
    assert loaded_after(parser, heavy) == []
    assert loaded_after("import facilitator.cli.planning", heavy[:1]) == [heavy[0]]


def test_the_review_renderables_load_no_textual() -> None:
    """The command line prints them too: `literal()`, which they use, comes without Textual."""
    assert loaded_after("import facilitator.review.views", ("textual",)) == []


def test_no_screen_writes_an_event_payload() -> None:
    """Every rule and payload is decided in core (core/*_actions.py): a screen asks, shows
    and executes, so no module under facilitator/tui builds an EventDraft itself."""
    builders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "facilitator" / "tui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "EventDraft(" in line
    ]
    assert builders == []
