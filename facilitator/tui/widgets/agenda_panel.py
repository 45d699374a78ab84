"""The agenda: every block with planned minutes, state and actual time."""

from __future__ import annotations

from rich.cells import cell_len
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


ROW_STYLE = {
    BlockStatus.DONE: "dim",
    BlockStatus.SKIPPED: "dim strike",
    BlockStatus.CURRENT: "bold reverse",
    BlockStatus.PENDING: "",
}


class AgendaPanel(Widget):
    """Drawn as lines of Text laid out by hand: a Rich Table measured every column of every
    row once a second, the largest part of the run screen's idle CPU."""

    view: reactive[MeetingView | None] = reactive(None)

    def on_mount(self) -> None:
        self.border_title = tr("run.agenda_title")

    def render(self) -> Text:
        if self.view is None:
            return Text()
        rows = []
        for row in self.view.rows:
            planned = f"{row.planned_minutes}"
            if row.planned_minutes != row.original_minutes:
                planned = f"{row.original_minutes}→{row.planned_minutes}"
            actual = format_countdown(row.actual_seconds) if row.actual_seconds else ""
            over = (
                row.status is not BlockStatus.PENDING
                and row.actual_seconds > row.planned_minutes * 60
            )
            rows.append((row, planned, actual, over))
        planned_width = max(cell_len(planned) for _row, planned, _actual, _over in rows)
        actual_width = max(cell_len(actual) for _row, _planned, actual, _over in rows)
        gaps = (1 if planned_width else 0) + (1 if actual_width else 0)
        title_width = max(1, self.content_size.width - planned_width - actual_width - gaps)
        text = Text(no_wrap=True, overflow="ellipsis")
        for index, (row, planned, actual, over) in enumerate(rows):
            style = ROW_STYLE[row.status]
            title = Text(no_wrap=True, overflow="ellipsis")
            title.append(f"{STATUS_MARK[row.status]} ", style="bold" if style else "dim")
            title.append(f"{row.number}. {row.title}", style=style)
            title.truncate(title_width, overflow="ellipsis", pad=True)
            if index:
                text.append("\n")
            text.append_text(title)
            if planned_width:
                text.append(" " + planned.rjust(planned_width), style="dim")
            if actual_width:
                text.append(" " + actual.rjust(actual_width), style="red" if over else "dim")
        return text
