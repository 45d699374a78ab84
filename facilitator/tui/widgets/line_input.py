"""A one-line text field that takes a paste as a person means it."""

from __future__ import annotations

from typing import Any

from rich.highlighter import Highlighter
from rich.text import Text
from textual import events
from textual.widgets import Input

from facilitator.core.text import first_line, printable


class Shown(Highlighter):
    """What an Input draws of its value: control characters as symbols (`printable`). A
    field filled in from a file (an entry's text, a name) keeps its value as written."""

    def highlight(self, text: Text) -> None:
        text.plain = printable(text.plain)


class LineInput(Input):
    """An Input whose paste is the first line with text on it, without control characters
    (a name copied from an e-mail brings a line end and sometimes a tab; an escape
    sequence copied from a terminal must not be kept, let alone sent on), and which never
    draws a control character that its value holds (Input shows its value literally)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.highlighter = Shown()

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Input's own handler would paste again, unfiltered
        event.stop()
        line = first_line(event.text)
        if not line:
            return
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(line)
        else:
            self.replace(line, *selection)
