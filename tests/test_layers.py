"""The core and the store must never import Textual: they run and test without a UI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

PURE_PACKAGES = ["facilitator.core", "facilitator.store", "facilitator.i18n", "facilitator.export"]


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_package_imports_no_textual(package: str) -> None:
    modules = sorted(
        ".".join(path.relative_to(REPO).with_suffix("").parts)
        for path in (REPO / package.replace(".", "/")).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "", f"{package} pulled in: {result.stdout}"
    assert len(modules) > 1


def test_core_does_no_file_io() -> None:
    for path in (REPO / "facilitator" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("open(", "import os", "pathlib", "read_text", "write_text"):
            assert forbidden not in text, f"{path.name} uses {forbidden}"


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
    )
    assert loaded_after(setup, heavy) == []


def test_the_command_line_loads_each_command_when_it_runs() -> None:
    """`facilitator run` builds the whole parser, but not the review, export and planning
    code behind the other commands: those are imported by the command that uses them."""
    heavy = (
        "facilitator.cli_planning",
        "facilitator.review_views",
        "facilitator.export.referat",
        "facilitator.store.session_reader",
        "facilitator.core.invitation",
        "textual",
    )
    assert loaded_after("from facilitator.cli import build_parser\nbuild_parser()", heavy) == []
    assert loaded_after("import facilitator.cli_planning", heavy[:1]) == [heavy[0]]


def test_the_review_renderables_load_no_textual() -> None:
    """The command line prints them too: `literal()`, which they use, comes without Textual."""
    assert loaded_after("import facilitator.review_views", ("textual",)) == []
