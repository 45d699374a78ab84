"""One line about the whole meeting: clock, planned and projected end, ahead or behind."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.agenda_view import MeetingView
from facilitator.i18n import format_clock, format_minutes, tr


def describe_meeting(view: MeetingView) -> Text:
    parts: list[tuple[str, str]] = [(format_clock(view.now), "bold")]
    if view.planned_end is None:
        planned_total = sum(row.original_minutes for row in view.rows)
        parts.append((tr("run.planned_length", total=format_minutes(planned_total)), ""))
        parts.append((tr("run.projected_end", time=format_clock(view.projected_end)), ""))
    else:
        parts.append((tr("run.planned_end", time=format_clock(view.planned_end)), ""))
        parts.append((tr("run.projected_end", time=format_clock(view.projected_end)), "bold"))
        if view.delay_minutes > 0:
            parts.append((tr("run.behind", time=format_minutes(view.delay_minutes)), "bold red"))
            parts.append((tr("run.catch_up_hint"), "dim"))
        elif view.delay_minutes < 0:
            parts.append((tr("run.ahead", time=format_minutes(-view.delay_minutes)), "green"))
        else:
            parts.append((tr("run.on_time"), "green"))
    if view.past_end_by and view.end_by is not None:
        parts.append((tr("run.end_by_warning", time=format_clock(view.end_by)), "bold red"))
    text = Text()
    for index, (part, style) in enumerate(parts):
        if index:
            text.append(" · ", style="dim")
        text.append(part, style=style)
    return text


class MeetingStatus(Widget):
    view: reactive[MeetingView | None] = reactive(None, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = Text()

    def watch_view(self, view: MeetingView | None) -> None:
        # The line shows the clock in minutes: most new views change nothing on it. One
        # line or two (when the end_by warning wraps): a change needs a relayout.
        text = describe_meeting(view) if view else Text()
        if text != self.text:
            self.text = text
            self.refresh(layout=True)

    def render(self) -> Text:
        return self.text
