"""How far the current block has come, as one line.

Textual's ProgressBar runs a timer of its own once a second for its ETA even when the ETA
is hidden, and so repainted the run screen every second for nothing. This bar has no timer:
it repaints only when the fill reaches the next half cell.
"""

from __future__ import annotations

from rich.style import Style
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.widget import Widget


class TimeBar(Widget, can_focus=False):
    COMPONENT_CLASSES = {"time-bar--bar", "time-bar--complete"}  # noqa: RUF012
    DEFAULT_CSS = """
    TimeBar {
        width: 1fr;
        height: 1;
        & > .time-bar--bar { color: $primary; background: $surface; }
        & > .time-bar--complete { color: $success; background: $surface; }
    }
    """

    fraction: reactive[float] = reactive(0.0, repaint=False)

    def validate_fraction(self, fraction: float) -> float:
        return min(1.0, max(0.0, fraction))

    def watch_fraction(self, old: float, new: float) -> None:
        # Repaint only when the fill reaches another half cell (a resize repaints anyway).
        half_cells = 2 * self.size.width
        if int(old * half_cells) != int(new * half_cells) or not half_cells:
            self.refresh()

    def render(self) -> Bar:
        component = "time-bar--complete" if self.fraction >= 1 else "time-bar--bar"
        style = self.get_component_rich_style(component)
        return Bar(
            highlight_range=(0, self.size.width * self.fraction),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
        )
