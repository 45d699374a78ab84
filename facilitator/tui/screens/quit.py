"""Ctrl+Q while the clock runs: is the meeting over, paused, or left running?"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.core.meeting_life import Quitting
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog

ANSWER_KEYS = {"a": Quitting.END, "p": Quitting.PAUSE, "k": Quitting.LEAVE_RUNNING}


class QuitScreen(Dialog[Quitting | None]):
    """One key each (a, p, k); Enter takes the default; Esc stays in the meeting."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer('')", show=False),
        Binding("enter", "answer('default')", show=False),
        *(Binding(key, f"answer('{key}')", show=False) for key in ANSWER_KEYS),
    ]

    def __init__(self, default: Quitting) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-box", classes="dialog"):
            yield Static(literal(tr("leaving.title")), classes="dialog-title")
            for key, answer in ANSWER_KEYS.items():
                mark = tr("leaving.default") if answer is self.default else ""
                yield Static(literal(tr(f"leaving.{answer.value}", key=key, default=mark)))
            yield Static(literal(tr("leaving.keys")), classes="dialog-keys")

    def action_answer(self, key: str) -> None:
        if not key:
            self.dismiss(None)
        else:
            self.dismiss(self.default if key == "default" else ANSWER_KEYS[key])
