"""Shift+F2: who has talked how much, in this item and in the whole meeting, as bars."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.core.fairness import FairnessRow, fairness
from facilitator.i18n import format_countdown, tr
from facilitator.review.text import literal
from facilitator.review.views import bar
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.dialog import Dialog

REFRESH_SECONDS = 1.0


def bar_width(columns: int) -> int:
    """Two bars share what is left after names, times and turns (about 40 columns)."""
    return max(4, min(30, (columns - 40) // 2))


def fairness_table(rows: list[FairnessRow], columns: int) -> Table:
    width = bar_width(columns)
    table = Table(expand=True, box=None, padding=(0, 1), header_style="bold")
    table.add_column(literal(tr("fairness.col_name")), no_wrap=True)
    table.add_column(literal(tr("fairness.col_block")), no_wrap=True)
    table.add_column("", justify="right", no_wrap=True)
    table.add_column(literal(tr("fairness.col_meeting")), no_wrap=True)
    table.add_column("", justify="right", no_wrap=True)
    table.add_column(literal(tr("fairness.col_turns")), justify="right", no_wrap=True)
    longest_block = max((row.block_seconds for row in rows), default=0)
    longest_meeting = max((row.meeting_seconds for row in rows), default=0)
    for row in rows:
        name = literal(
            ("• " if row.silent else "  ") + row.name, "bold yellow" if row.silent else ""
        )
        table.add_row(
            name,
            bar(row.block_seconds, longest_block, "cyan", width),
            literal(format_countdown(row.block_seconds)),
            bar(row.meeting_seconds, longest_meeting, "green", width),
            literal(format_countdown(row.meeting_seconds)),
            literal(f"{row.block_turns}/{row.meeting_turns}"),
        )
    return table


class FairnessScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", show=False),
        Binding("shift+f2", "close", show=False),
    ]

    def __init__(self, session: LiveSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(id="fairness-box"):
            yield Static(id="fairness-title", classes="dialog-title")
            yield Static(id="fairness-table")
            yield Static(literal(tr("fairness.keys")), id="fairness-keys")

    def on_mount(self) -> None:
        self.call_after_refresh(self.refresh_table)
        self.set_interval(REFRESH_SECONDS, self.refresh_table)

    def refresh_table(self) -> None:
        block = self.session.state.current
        title = self.session.program.block(block).title if block else ""
        self.query_one("#fairness-title", Static).update(literal(tr("fairness.title", block=title)))
        rows = fairness(self.session.turns, block, self.session.clock.now())
        columns = self.query_one("#fairness-box").content_region.width or self.app.size.width
        content = fairness_table(rows, columns) if rows else literal(tr("fairness.nobody"), "dim")
        self.query_one("#fairness-table", Static).update(content)

    def action_close(self) -> None:
        self.dismiss(None)
