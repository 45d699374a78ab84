"""Quitting while the notes cannot be saved: offer to save a copy somewhere else."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from facilitator.core.program import Program
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.notes import write_rescue_copy
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.shown_path import shown_path
from facilitator.tui.widgets.line_input import LineInput


class RescueScreen(Dialog[bool]):
    """Dismisses True once a copy is safely written, False to stay in the meeting."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "stay", show=False)]

    def __init__(self, message: str, program: Program, notes: dict[str, str], suggestion: Path):
        super().__init__()
        self.message = message
        self.program = program
        self.notes = notes
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(id="rescue-box"):
            yield Static(literal(tr("quit.title")), classes="dialog-title")
            yield Static(literal(tr("quit.body", message=self.message)), classes="dialog-intro")
            yield Static(literal(tr("quit.prompt")))
            yield LineInput(str(self.suggestion), id="rescue-path")
            yield Static(id="rescue-error", classes="dialog-warning")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value).expanduser()
        try:
            write_rescue_copy(path, self.program, self.notes)
        except StoreError as error:
            self.query_one("#rescue-error", Static).update(literal(error.message))
            return
        self.app.notify(tr("quit.saved_elsewhere", path=shown_path(path)))
        self.dismiss(True)

    def action_stay(self) -> None:
        self.dismiss(False)
