"""A big clock that keeps its drawn rows, and each second redraws only its digits.

Textual draws a widget whole whenever any of it changes: the big clock's title, »Derefter«
and blank rows went through Rich and Textual's line styling every second, for the digits
between them to change (on the projector, most of an idle second's work, profiled). This
widget keeps the rows it drew (`draw`, through Textual's own `Visual.to_strips`). When a
new view leaves everything but the digits as it was (`clock_face.same_frame`), only the
digits' rows are made again and only they are refreshed; anything else — another view, a
resize, a change of style or theme, a refresh from anywhere — draws it all again.
`tests/tui/test_clock_face.py` holds the rows it shows, second after second, to the whole
face drawn afresh.
"""

from __future__ import annotations

from typing import Self

from rich.console import RenderableType
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.visual import Visual, visualize

from facilitator.core.agenda_view import MeetingView
from facilitator.tui.widgets.clock_face import ClockFace, DigitRows, Part, digits_top, same_frame
from facilitator.tui.widgets.time_coloured import TimeColoured


class FaceLines(TimeColoured):
    """Subclasses say what the face is (`face`, None when the widget shows something else)
    and render it (`render`, a ClockFace of `face` when there is one)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[Strip] | None = None
        """The rows as last drawn whole, or None when they must be drawn again."""
        self.lines_size = Size(0, 0)
        self.face_drawn: ClockFace | None = None
        self.digits_waiting: tuple[int, list[Strip]] | None = None
        """New digit rows, and the row they start on, for the next `render_line`."""
        self.refreshing_digits = False

    def face(self) -> list[Part] | None:
        raise NotImplementedError

    def render(self) -> RenderableType | ClockFace:
        raise NotImplementedError

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        if self.display and not self.show_digits_only():
            self.refresh()

    def show_digits_only(self) -> bool:
        """Refresh the digits' rows alone, if nothing else of the face changed."""
        drawn = self.face_drawn
        if drawn is None or self.lines is None or self.lines_size != self.size:
            return False
        parts = self.face()
        if parts is None or not same_frame(drawn.parts, parts):
            return False
        top = digits_top(drawn, self.size.height, self.styles.content_align_vertical)
        digits = next((part for part in parts if isinstance(part, DigitRows)), None)
        if top is None or digits is None:
            return False
        strips = digits.strips(self.size.width, self.visual_style.rich_style)
        self.digits_waiting = (top, strips)
        self.refreshing_digits = True
        try:
            self.refresh(Region(0, top, self.size.width, len(strips)))
        finally:
            self.refreshing_digits = False
        return True

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if not self.refreshing_digits:
            self.lines = None  # anything else may have changed: draw it all
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def notify_style_update(self) -> None:
        """A new style or theme: the kept rows have the old colours."""
        self.lines = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        if self.lines is None or self.lines_size != self.size:
            self.draw()
        elif self.digits_waiting is not None:
            top, strips = self.digits_waiting
            self.lines[top : top + len(strips)] = strips
        self.digits_waiting = None
        assert self.lines is not None
        if y < len(self.lines):
            return self.lines[y]
        return Strip.blank(self.size.width, self.visual_style.rich_style)

    def draw(self) -> None:
        """All the rows, as Textual itself would draw them (`Widget._render_content`)."""
        width, height = self.size
        visual = visualize(self, self.render())
        self.lines = Visual.to_strips(self, visual, width, height, self.visual_style)
        self.lines_size = self.size
        self.face_drawn = visual if isinstance(visual, ClockFace) else None
