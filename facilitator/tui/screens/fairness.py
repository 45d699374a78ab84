"""Shift+F2: who has talked how much, in this item and in the whole meeting, as bars."""

from __future__ import annotations

from dataclasses import dataclass
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


# Each column's padding, left and right (the table's padding=(0, 1)).
PADDING = 2
NAME_MIN, BAR_MIN, BAR_MAX = 18, 4, 30


@dataclass(frozen=True)
class Widths:
    name: int
    bar: int
    time: int
    turns: int


def column_widths(rows: list[FairnessRow], columns: int) -> Widths:
    """The numbers whole, always; the bars share what is left with the name, which is
    ellipsised rather than pushing the numbers out (a tester saw `…` for every time at
    80x24, and a long name push »Hele mødet« out of the dialog at 200x50)."""
    times = [format_countdown(s) for row in rows for s in (row.block_seconds, row.meeting_seconds)]
    time = max(map(len, times), default=1)
    turns = max(len(turn_count(row)) for row in rows) if rows else 1
    turns = max(turns, len(tr("fairness.col_turns")))
    room = columns - 6 * PADDING - 2 * time - turns
    bar = max(BAR_MIN, min(BAR_MAX, (room - NAME_MIN) // 2))
    return Widths(max(BAR_MIN, room - 2 * bar), bar, time, turns)


def turn_count(row: FairnessRow) -> str:
    return f"{row.block_turns}/{row.meeting_turns}"


def fairness_table(rows: list[FairnessRow], columns: int) -> Table:
    widths = column_widths(rows, columns)
    table = Table(box=None, padding=(0, 1), header_style="bold")
    table.add_column(
        literal(tr("fairness.col_name")), width=widths.name, no_wrap=True, overflow="ellipsis"
    )
    for head in ("fairness.col_block", "fairness.col_meeting"):
        table.add_column(literal(tr(head)), width=widths.bar, no_wrap=True, overflow="ellipsis")
        table.add_column("", width=widths.time, justify="right", no_wrap=True)
    table.add_column(
        literal(tr("fairness.col_turns")), width=widths.turns, justify="right", no_wrap=True
    )
    longest_block = max((row.block_seconds for row in rows), default=0)
    longest_meeting = max((row.meeting_seconds for row in rows), default=0)
    for row in rows:
        name = literal(
            ("• " if row.silent else "  ") + row.name, "bold yellow" if row.silent else ""
        )
        table.add_row(
            name,
            bar(row.block_seconds, longest_block, "cyan", widths.bar),
            literal(format_countdown(row.block_seconds)),
            bar(row.meeting_seconds, longest_meeting, "green", widths.bar),
            literal(format_countdown(row.meeting_seconds)),
            literal(turn_count(row)),
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
        # Before the layout, the box is the screen less its border and padding (app.tcss).
        box = self.query_one("#fairness-box").content_region.width
        columns = box or min(self.app.size.width, 120) - 4
        content = fairness_table(rows, columns) if rows else literal(tr("fairness.nobody"), "dim")
        self.query_one("#fairness-table", Static).update(content)

    def action_close(self) -> None:
        self.dismiss(None)
