"""What every command shares: the exit codes, and the one way person and file text is
printed (control characters shown, never obeyed; never read as markup)."""

from __future__ import annotations

import io
import sys

from rich.console import Console

from facilitator.core.text import printable

EXIT_OK = 0
EXIT_CRASH = 1
"""The app closed on an error: said on the terminal, and to the shell."""
EXIT_BAD_INPUT = 2
"""Bad input: an unknown program, a broken file, no meeting to resume."""


def say(console: Console, text: str) -> None:
    """Print a finished message (ours, with person or file text in it) as plain text."""
    console.print(printable(text), markup=False, highlight=False)


def write_lines_exactly(text: str) -> None:
    """CSV or vCard to stdout: the byte order mark and CRLF untouched and in UTF-8 whatever
    the terminal's locale (Excel needs both), control characters within lines made visible
    as in all our output."""
    data = "\r\n".join(printable(line) for line in text.split("\r\n"))
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream (a test's capture): no locale to get in the way
        sys.stdout.write(data)
        return
    buffer.write(data.encode("utf-8"))
    buffer.flush()


def write_out(text: str) -> None:
    """Text to stdout as it is (Markdown, CSV, vCard), control characters made visible;
    a file written with `-o` keeps them."""
    sys.stdout.write(printable(text))


def utf8_output() -> None:
    """Our output is UTF-8 on every system. Windows gives a redirected stdout (`export >
    referat.md`, a pipe) its ANSI code page instead, cp1252 in Denmark, which has no ✓, →
    or █ (a UnicodeEncodeError) and is not what a Markdown file is read as. A console is
    written in UTF-16 by Python whatever this says, so only files and pipes change."""
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
