"""Text that came from a person: what of it may be kept."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and C1: a terminal acts on them instead of showing
# them (ESC starts a sequence that can move the cursor or set the clipboard).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pasted_text(text: str) -> str:
    """A paste as it goes into the notes: line ends as newlines (a Windows clipboard gives
    CRLF, an old Mac one CR), tabs kept, every other control character dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def first_line(text: str) -> str:
    """A paste into a one-line field: its first line that has something on it."""
    for line in pasted_text(text).split("\n"):
        if line.strip():
            return line.replace("\t", " ")
    return ""
