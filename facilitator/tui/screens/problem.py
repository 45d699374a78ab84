"""A dialog that shows an error text (a broken program file, a session that cannot open)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog


class ProblemScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", show=False),
        Binding("enter", "close", show=False),
    ]

    def __init__(self, title: str, details: str) -> None:
        super().__init__()
        self.title_text = title
        self.details = details

    def compose(self) -> ComposeResult:
        with Vertical(id="problem-box"):
            yield Static(literal(self.title_text), classes="dialog-title")
            with VerticalScroll():
                yield Static(literal(self.details))
            yield Static(literal(tr("help.close").replace("F1", "Enter")), classes="dialog-keys")

    def action_close(self) -> None:
        self.dismiss(None)
