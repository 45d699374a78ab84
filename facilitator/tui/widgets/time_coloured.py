"""A widget drawn in the colours of the countdown's time level (tui/time_colours.py)."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.widget import Widget

from facilitator.core.agenda_view import MeetingView
from facilitator.tui.time_colours import LEVEL_COMPONENTS, STOPPED_COMPONENT

TIME_COMPONENTS: frozenset[str] = frozenset({*LEVEL_COMPONENTS.values(), STOPPED_COMPONENT})


def time_component(view: MeetingView) -> str:
    """The component class (app.tcss) the digits take: the level, or muted while stopped."""
    if view.current is None or not view.running:
        return STOPPED_COMPONENT
    return LEVEL_COMPONENTS[view.current.level]


class TimeColoured(Widget):
    """A widget that draws a big countdown in its level's colours (tui/time_colours.py).

    A new view comes every second (`show_view`); while the widget is hidden (the chair's
    big clock before F2, the wide countdown at 80 columns) it is not drawn for it, and is
    drawn afresh when shown: a refresh of a hidden widget still costs the app a round of
    its message loop each second. The view is a plain attribute handed down, not a bound
    reactive: Textual's data binding sets a bound reactive as changed each time, after
    looking at every reactive of the widget (about 20), which was most of what the run
    screen's second cost in our code (profiled)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(TIME_COMPONENTS)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: MeetingView | None = None

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        self.redraw()

    def redraw(self) -> None:
        if self.display:
            self.refresh()

    def on_show(self) -> None:
        self.refresh()

    def time_style(self, view: MeetingView) -> Style:
        return self.get_component_rich_style(time_component(view))
