"""Hostile text (Rich markup, terminal escapes, C1 controls, bidi overrides, emoji, 10,000
characters) as program titles, names, decisions, group names and notes, through every
command that prints: never a traceback, exit 0 or 2, the text visible as it is (control
characters as symbols), and never an ESC or a C1 control on stdout or stderr.

Hypothesis runs the commands in this process (20 cases in `make test`, 300 in
`make torture`); one fixed case runs each command as a real subprocess and looks at the
bytes it writes."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.cli import main
from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.core.text import printable
from facilitator.core.turn_commands import add_participant
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.raw_html import html_as_text
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from facilitator.store.program_files import load_program, program_file_text
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS, REPO
from tests.reliability.conftest import scale

OSC52 = "\x1b]52;c;aGk=\x07"
PIECES = [
    "[b]",
    "[/]",
    "[/b]",
    "[@click=app.quit]klik[/]",
    "[link=https://evil.example]her[/link]",
    OSC52,
    "\x1b[2J",
    "\x9b2J",
    "\x1b",
    "\x07",
    "\r",
    "\x00",
    "\x7f",
    "\u202e",
    "\u2066",
    "\u200f",
    "שלום",
    "🎉",
    "æøå",
    "\t",
    "\n",
    "{x}",
    "%s",
    "\\",
    '"',
    "'",
    "<script>alert(1)</script>",
    "|",
    "*",
    "#",
]
# Never a C1 control or ESC in what a terminal is sent (bidi overrides neither).
STEERING = re.compile("[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=8).map(
        "".join
    ),
    st.sampled_from(PIECES).map(lambda piece: (piece * 10_000)[:10_000]),
)
SHORT = 250
"""Program texts are limited (README); the program's own texts are cut to fit."""


def collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shown(text: str) -> str:
    """What a person should see of `text`: its printable form, whitespace aside."""
    return collapsed(printable(text))


def as_text(typed: str) -> str:
    """Typed text as a Markdown export writes it, to show as typed."""
    return html_as_text(markdown_literal(typed))


def hostile_program(text: str) -> Program:
    base = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    cut = ("X" + text)[:SHORT]
    first = replace(base.blocks[0], title=cut, lead=cut)
    return replace(base, id="fjendtlig", title=cut, blocks=(first, *base.blocks[1:]))


def hostile_meeting(root: Path, text: str) -> Path:
    """A program file and a meeting whose every text is `text`."""
    program = hostile_program(text)
    (root / "programs").mkdir()
    (root / "programs" / "fjendtlig.toml").write_text(program_file_text(program, "fuzz"))
    full_title = replace(load_program(PROGRAMS / "netvaerk-foerste-moede.toml"), title="X" + text)
    (root / "programs" / "lang.toml").write_text(program_file_text(full_title, "fuzz"))
    clock = FakeClock(MEETING_START)
    session = LiveSession.create(root / "sessions", program, clock, COPENHAGEN, group="X" + text)
    session.execute(agenda.toggle_clock(session.state))
    session.record(add_participant(session.turns, "X" + text, text, email=text))
    block = program.blocks[0].id
    entry = {"id": "d1", "block": block, "text": "X" + text}
    session.record(EventDraft(ReferatEvent.DECISION_ADDED, entry))
    action = {**entry, "id": "a1", "who": "X" + text, "due": "2026-12-01"}
    session.record(EventDraft(ReferatEvent.ACTION_ADDED, action))
    session.record(EventDraft(ReferatEvent.PLACE_SET, {"place": "X" + text}))
    clock.advance(120)
    session.execute(agenda.next_block(session.state))
    session.close()
    save_note(session.folder, program, block, text)
    return session.folder


def commands(text: str) -> list[list[str]]:
    group = f"--group=X{text}"
    return [
        ["check", "programs/fjendtlig.toml"],
        ["check", "programs/lang.toml"],
        ["programs"],
        ["sessions"],
        ["sessions", group],
        ["sessions", f"--search={text}"],
        ["show"],
        ["export"],
        ["export", "--format", "html"],
        ["export", "-o", "referat.md"],
        ["actions"],
        ["actions", group, "--open"],
        ["contacts", group],
        ["contacts", group, "--format", "vcf"],
        ["invite", "fjendtlig", f"--place=X{text}", f"--from=X{text}", "--date", "3.12.2026"],
        ["plan", group, "--start", "14.1.2027", "--count", "2", f"--place=X{text}"],
        ["new", "nyt-program", "--from-session", "seneste"],
        [f"--lang={text}", "sessions"],
        ["show", text],
    ]


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def run_here(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([*argv, "--sessions-dir", "sessions"])
        except SystemExit as stop:  # argparse
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def must_show(argv: list[str], text: str) -> list[str]:
    """Texts the command must show when it succeeds (tables only when one line long)."""
    one_line = "\n" not in text and "\t" not in text  # Rich expands tabs in a table
    # A program file is written with multi-line strings, where tomli-w writes CR LF as a
    # line break alone, and its texts are stripped when read.
    in_file = ("X" + text)[:SHORT].replace("\r\n", "\n").strip()
    show = {
        "check": [in_file],
        "programs": [in_file] if one_line else [],
        "sessions": ["X" + text] if one_line and len(argv) == 1 else [],
        "show": ["X" + text] if len(argv) == 1 else [],
        # Markdown: a tag-like `<` is written `\<` (export/raw_html.py); the notes are
        # Markdown, what was typed after a slash word is escaped (export/markdown_literal.py).
        "export": [html_as_text(text), as_text("X" + text)] if len(argv) == 1 else [],
        "actions": ["X" + text] if one_line else [],
        "invite": [as_text("X" + text)],  # Markdown: escaped, as the referat
    }
    return [item for item in show.get(argv[0], []) if item.strip()]


def check_output(argv: list[str], text: str, code: int, out: str, err: str) -> None:
    assert code in (0, 2), (argv, code, err)
    assert "Traceback" not in err, err
    for stream in (out, err):
        found = STEERING.search(stream)
        assert found is None, (argv, repr(stream[max(0, found.start() - 20) : found.end() + 20]))
    if code == 0:
        for item in must_show(argv, text):
            # Some texts are stripped when read (a program's, a name): either form will do.
            visible = collapsed(out)
            assert shown(item) in visible or shown(item.strip()) in visible, (argv, item[:80])
        if argv[0] == "contacts" and "vcf" not in argv:
            rows = list(csv.reader(io.StringIO(out), delimiter=";"))
            assert rows[1][0] == printable(("X" + text).strip())  # names are stripped


@settings(
    max_examples=scale(quick=20, full=300),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=HOSTILE)
def test_hostile_text_through_every_command(text: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = hostile_meeting(root, text)
        with inside(root):
            os.environ["COLUMNS"] = "100000"  # a table cell is never wrapped to compare it
            try:
                for argv in commands(text):
                    code, out, err = run_here(argv)
                    check_output(argv, text, code, out, err)
            finally:
                del os.environ["COLUMNS"]
        # A file keeps what was typed (escaped for a Markdown viewer, as_text): only what
        # a terminal is shown is cleaned.
        written = (root / "referat.md").read_bytes().decode("utf-8")
        assert as_text("X" + text) in written
        assert (folder / "notes").is_dir()


def test_the_real_commands_write_no_escape_or_c1_byte(tmp_path: Path) -> None:
    """Each command as a subprocess, as a user runs it; the bytes it writes are looked at."""
    text = f"Møde {OSC52} [b]fed[/b] [@click=app.quit]x[/] \x9b2J \x1b[2J \u202eslut"
    hostile_meeting(tmp_path, text)
    for argv in commands(text):
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", *argv, "--sessions-dir", "sessions"],
            capture_output=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100000"},
            timeout=60,
        )
        for stream in (result.stdout, result.stderr):
            assert b"\x1b" not in stream, (argv, stream[:200])
            assert re.search(rb"\xc2[\x80-\x9f]", stream) is None, argv  # C1 as UTF-8
        out, err = result.stdout.decode(), result.stderr.decode()
        check_output(argv, text, result.returncode, out, err)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_raw_html_in_notes_is_escaped_in_the_html_export(tmp_path: Path, fmt: str) -> None:
    text = "<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))"
    hostile_meeting(tmp_path, text)
    with inside(tmp_path):
        code, _out, err = run_here(["export", "--format", fmt, "-o", f"referat.{fmt}"])
    assert code == 0, err
    written = (tmp_path / f"referat.{fmt}").read_text(encoding="utf-8")
    if fmt == "md":
        # What was typed, with a tag-like `<` escaped: a Markdown viewer shows it as text.
        assert "\\<script>alert(1)\\</script> \\<img src=x onerror=alert(2)>" in written
        assert "[klik](javascript:alert(3))" in written  # a link is the referent's Markdown
    else:
        assert "<script>alert" not in written and "&lt;script&gt;alert(1)" in written
        assert "<img" not in written and 'href="javascript:' not in written
