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


def test_the_meeting_screen_loads_no_export_or_review_libraries() -> None:
    """Start time is measured against a bare Textual app: what only an export, the review or
    the meeting plan needs is imported when it is first used, not before the first frame."""
    code = (
        "import sys\n"
        "import facilitator.tui.app\n"
        "from facilitator.store.program_files import program_folders\n"
        "program_folders()\n"
        "heavy = ('markdown_it', 'icalendar', 'facilitator.store.history',\n"
        "         'facilitator.tui.screens.picker', 'facilitator.tui.screens.sessions',\n"
        "         'importlib.resources', 'secrets')\n"
        "print(','.join(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == ""
