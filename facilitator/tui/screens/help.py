"""F1: every key of the run screen, with what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.bindings import (
    CHAIR_KEYS,
    QUIT_KEY,
    TO_CHAIR_KEYS,
    TO_NOTES,
    KeySpec,
    key_label,
    letter_label,
)
from facilitator.tui.screens.dialog import Dialog


def keys_table(keys: tuple[KeySpec, ...]) -> Table:
    """Every key: its F-key, the same in the chair's key mode, and what it does."""
    table = Table(expand=True, show_edge=False, box=None, padding=(0, 2))
    table.add_column(literal(tr("help.col_key")), style="bold", no_wrap=True)
    table.add_column(literal(tr("help.col_letter")), style="bold", no_wrap=True)
    table.add_column(literal(tr("help.col_action")))
    rows = [
        (key_label(spec.key), letter_label(spec.letter) if spec.letter else "", _description(spec))
        for spec in (*keys, TO_CHAIR_KEYS, QUIT_KEY)
    ]
    rows.append(("", TO_NOTES.key_display or "", _description(TO_NOTES)))
    rows.append(("Ctrl+P", "", tr("help.palette")))
    for row in rows:
        table.add_row(*(literal(cell) for cell in row))
    return table


def _description(spec: KeySpec) -> str:
    return f"{tr(f'bind.{spec.id}')} – {tr(f'tip.{spec.id}')}"


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", show=False),
        Binding("f1", "dismiss", show=False),
    ]

    def __init__(self, keys: tuple[KeySpec, ...] = CHAIR_KEYS, intro: str = "help.intro") -> None:
        super().__init__()
        self.keys = keys
        self.intro = intro

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(literal(tr("help.title")), classes="dialog-title")
            yield Static(literal(tr(self.intro)), classes="dialog-intro")
            with VerticalScroll(id="help-keys"):
                yield Static(keys_table(self.keys))
            yield Static(literal(tr("help.close")), classes="dialog-keys")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
