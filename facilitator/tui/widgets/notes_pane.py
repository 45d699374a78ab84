"""The referat pane: a TextArea for one block's notes, with its save state in the border."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TextArea


class NotesPane(Vertical):
    def compose(self) -> ComposeResult:
        yield TextArea(
            id="notes-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus"
        )

    @property
    def editor(self) -> TextArea:
        return self.query_one("#notes-text", TextArea)
