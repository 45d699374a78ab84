"""What the command line does differently on Windows, run here with Windows' conditions
put in by hand: cmd.exe runs the browser seats' command, and a redirected stdout has the
ANSI code page."""

from __future__ import annotations

import io
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli.support import utf8_output
from facilitator.tui.serve import seat_command

PYTHON = r"C:\Users\Anne Holm\AppData\Local\Programs\Python\Python311\python.exe"
SESSIONS = r"C:\Users\Anne Holm\Documents\møder\sessions"


def test_the_browser_seats_command_is_quoted_for_cmd_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """textual-serve runs it with the shell, which is cmd.exe there: single quotes are no
    quotes to it, and a user name with a space is common."""
    monkeypatch.setattr(sys, "executable", PYTHON)
    monkeypatch.setattr(sys, "platform", "win32")
    folder = Path(SESSIONS + r"\2026-11-26_1900_netvaerk")
    command = seat_command(folder, Path(SESSIONS), "da")
    assert command == (
        f'"{PYTHON}" -m facilitator join "{SESSIONS}\\2026-11-26_1900_netvaerk" --as vælg '
        f'--sessions-dir "{SESSIONS}" --lang da'
    )
    assert "'" not in command


def test_the_browser_seats_command_is_a_posix_shell_line_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "Anne's møder" / "2026-11-26_1900_netvaerk"
    command = seat_command(folder, folder.parent, "en")
    assert shlex.split(command) == [
        sys.executable, "-m", "facilitator", "join", str(folder), "--as", "vælg",
        "--sessions-dir", str(folder.parent), "--lang", "en",
    ]  # fmt: skip
    assert subprocess.list2cmdline(shlex.split(command)) != command


def test_output_to_a_file_is_utf8_on_windows_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A redirected stdout on a Danish Windows is cp1252: no ✓, → or █, and not what a
    Markdown file is read as."""
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp1252"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="cp1252"))
    monkeypatch.setattr(sys, "platform", "win32")
    utf8_output()
    sys.stdout.write("✓ Velkommen → »Anne« █\n")
    sys.stderr.write("Fejl: æøå ⚠\n")
    sys.stdout.flush()
    sys.stderr.flush()
    assert out.getvalue().decode("utf-8") == "✓ Velkommen → »Anne« █\n"
    assert err.getvalue().decode("utf-8") == "Fejl: æøå ⚠\n"
