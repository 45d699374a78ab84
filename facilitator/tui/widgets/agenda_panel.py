"""The agenda: every block with planned minutes, state and actual time."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.agenda import BlockStatus
from facilitator.core.agenda_view import AgendaRow, MeetingView
from facilitator.i18n import format_countdown, tr
from facilitator.review.text import literal

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


def visible_rows(count: int, current: int, height: int) -> tuple[int, int]:
    """Which rows (start, end) fit in `height` lines with the current one in view. A line at
    either end is given up to say how many items are hidden there."""
    if height <= 0 or count <= height:
        return 0, count
    start = min(max(0, current - (height - 1) // 2), count - height)
    end = start + height
    if start > 0:
        start += 1  # the top line says "↑ n mere"
    if end < count:
        end -= 1  # the bottom line says "↓ n mere"
    return start, end


def shows_actual(row: AgendaRow) -> bool:
    """The time an item took, once it has taken some; not for the running item, whose time
    the countdown beside the agenda shows to the second."""
    return bool(row.actual_seconds) and row.status is not BlockStatus.CURRENT


def shown(view: MeetingView | None) -> tuple[object, ...]:
    """What the panel draws from a view: when this is unchanged, so is the panel."""
    if view is None:
        return ()
    return tuple(
        (row, row.actual_seconds if shows_actual(row) else 0)
        for row in view.rows
        if row.status is not BlockStatus.CURRENT
    ) + tuple(
        (row.number, row.title, row.planned_minutes, row.original_minutes)
        for row in view.rows
        if row.status is BlockStatus.CURRENT
    )


class AgendaPanel(Widget):
    """Drawn as lines of Text laid out by hand: a Rich Table measured every column of every
    row once a second, the largest part of the run screen's idle CPU."""

    view: reactive[MeetingView | None] = reactive(None, repaint=False)
    """A new view arrives every second (the countdown's); the panel is drawn again only when
    what it shows has changed (`shown`), which for a running item is once it ends: drawing
    it every second was half of the run screen's idle CPU."""

    def watch_view(self, old: MeetingView | None, new: MeetingView | None) -> None:
        if shown(old) == shown(new):
            return
        # An item added during the meeting: the panel may grow (a relayout only then).
        self.refresh(layout=(len(old.rows) if old else 0) != (len(new.rows) if new else 0))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Room for every item; the layout's max-height cuts it, and `render` then shows the
        items around the current one. (Measured from the rendered lines instead, the panel
        could never grow past the window it was last drawn with.)"""
        return len(self.view.rows) if self.view else 0

    def on_mount(self) -> None:
        self.border_title = literal(tr("run.agenda_title"))

    def render(self) -> Text:
        if self.view is None:
            return Text()
        rows = []
        for row in self.view.rows:
            planned = f"{row.planned_minutes}"
            if row.planned_minutes != row.original_minutes:
                planned = f"{row.original_minutes}→{row.planned_minutes}"
            actual = format_countdown(row.actual_seconds) if shows_actual(row) else ""
            over = (
                row.status is not BlockStatus.PENDING
                and row.actual_seconds > row.planned_minutes * 60
            )
            rows.append((row, planned, actual, over))
        planned_width = max(cell_len(planned) for _row, planned, _actual, _over in rows)
        actual_width = max(cell_len(actual) for _row, _planned, actual, _over in rows)
        gaps = (1 if planned_width else 0) + (1 if actual_width else 0)
        title_width = max(1, self.content_size.width - planned_width - actual_width - gaps)
        # More items than lines (a long program, or items added with /nytpunkt on a small
        # terminal): show the ones around the current item rather than cut off the end.
        current = next(
            (i for i, (row, *_rest) in enumerate(rows) if row.status is BlockStatus.CURRENT),
            len(rows) - 1,
        )
        start, end = visible_rows(len(rows), current, self.content_size.height)
        lines: list[Text] = []
        if start > 0:
            lines.append(Text(tr("agenda.more_above", count=start), style="dim"))
        for row, planned, actual, over in rows[start:end]:
            style = ROW_STYLE[row.status]
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append(f"{STATUS_MARK[row.status]} ", style="bold" if style else "dim")
            line.append_text(literal(f"{row.number}. {row.title}", style))
            line.truncate(title_width, overflow="ellipsis", pad=True)
            if planned_width:
                line.append(" " + planned.rjust(planned_width), style="dim")
            if actual_width:
                line.append(" " + actual.rjust(actual_width), style="red" if over else "dim")
            lines.append(line)
        if end < len(rows):
            lines.append(Text(tr("agenda.more_below", count=len(rows) - end), style="dim"))
        return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)
