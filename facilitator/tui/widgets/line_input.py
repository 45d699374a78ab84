"""A one-line text field that takes a paste as a person means it."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from facilitator.core.text import first_line


class LineInput(Input):
    """An Input whose paste is the first line with text on it, without control characters
    (a name copied from an e-mail brings a line end and sometimes a tab; an escape
    sequence copied from a terminal must not be kept, let alone sent on)."""

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
