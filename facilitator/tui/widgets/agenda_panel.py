"""The agenda: every block with planned minutes, state and actual time."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.agenda import BlockStatus
from facilitator.core.agenda_view import MeetingView
from facilitator.i18n import format_countdown, tr

STATUS_MARK = {
    BlockStatus.DONE: "✓",
    BlockStatus.SKIPPED: "↷",
    BlockStatus.CURRENT: "▶",
    BlockStatus.PENDING: "·",
}


class AgendaPanel(Widget):
    view: reactive[MeetingView | None] = reactive(None)

    def on_mount(self) -> None:
        self.border_title = tr("run.agenda_title")

    def render(self) -> Table:
        table = Table.grid(expand=True, padding=(0, 1))
        table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        table.add_column(justify="right", no_wrap=True)
        table.add_column(justify="right", no_wrap=True)
        if self.view is None:
            return table
        for row in self.view.rows:
            planned = f"{row.planned_minutes}"
            if row.planned_minutes != row.original_minutes:
                planned = f"{row.original_minutes}→{row.planned_minutes}"
            actual = format_countdown(row.actual_seconds) if row.actual_seconds else ""
            style = {
                BlockStatus.DONE: "dim",
                BlockStatus.SKIPPED: "dim strike",
                BlockStatus.CURRENT: "bold reverse",
                BlockStatus.PENDING: "",
            }[row.status]
            over = (
                row.status is not BlockStatus.PENDING
                and row.actual_seconds > row.planned_minutes * 60
            )
            title = Text()
            title.append(f"{STATUS_MARK[row.status]} ", style="bold" if style else "dim")
            title.append(f"{row.number}. {row.title}", style=style)
            table.add_row(
                title,
                Text(planned, style="dim"),
                Text(actual, style="red" if over else "dim"),
            )
        return table
