"""Big-clock mode: the countdown scaled to fill the screen, for a projector."""

from __future__ import annotations

from rich.console import RenderableType
from rich.style import Style
from rich.text import Text
from textual.geometry import Size

from facilitator.core.agenda_view import MeetingView
from facilitator.i18n import format_clock, format_countdown, tr
from facilitator.review.text import literal
from facilitator.tui.widgets.clock_face import ClockFace, DigitRows, Part
from facilitator.tui.widgets.face_lines import FaceLines
from facilitator.tui.widgets.phase_lines import phase_lines
from facilitator.tui.widgets.time_coloured import TimeColoured

# A 5-pixel-high font; each pixel is drawn 2*scale cells wide and scale cells high.
GLYPHS: dict[str, tuple[str, ...]] = {
    "0": ("###", "# #", "# #", "# #", "###"),
    "1": (" # ", "## ", " # ", " # ", "###"),
    "2": ("###", "  #", "###", "#  ", "###"),
    "3": ("###", "  #", "###", "  #", "###"),
    "4": ("# #", "# #", "###", "  #", "  #"),
    "5": ("###", "#  ", "###", "  #", "###"),
    "6": ("###", "#  ", "###", "# #", "###"),
    "7": ("###", "  #", "  #", "  #", "  #"),
    "8": ("###", "# #", "###", "# #", "###"),
    "9": ("###", "# #", "###", "  #", "###"),
    ":": (" ", "#", " ", "#", " "),
    "+": ("   ", " # ", "###", " # ", "   "),
}
GLYPH_HEIGHT = 5


def pixel_width(text: str) -> int:
    return sum(len(GLYPHS[char][0]) for char in text) + max(0, len(text) - 1)


def big_scale(text: str, width: int, height: int) -> int:
    """The largest whole scale at which `text` fits in width x height cells (at least 1)."""
    return max(1, min(width // max(1, pixel_width(text) * 2), height // GLYPH_HEIGHT))


def big_text_lines(text: str, width: int, height: int) -> list[str]:
    """Draw `text` as large as fits in width x height cells."""
    scale = big_scale(text, width, height)
    lines = []
    for row in range(GLYPH_HEIGHT):
        pixels = " ".join(GLYPHS[char][row] for char in text)
        line = "".join(("█" if pixel == "#" else " ") * (2 * scale) for pixel in pixels)
        lines.extend([line] * scale)
    return lines


def big_countdown(view: MeetingView | None, width: int, height: int, style: Style) -> DigitRows:
    """The countdown in the big font, in the style of its time level (`time_component`).
    A cell of margin either side: over time the digits stand on a coloured ground."""
    if view is None or view.current is None:
        return DigitRows((), style)
    lines = big_text_lines(format_countdown(view.current.remaining_seconds), width - 2, height)
    return DigitRows(tuple(f" {line} " for line in lines), style)


class BigCountdown(TimeColoured):
    """The countdown of the run screen on wide terminals, scaled to the space it has."""

    MAX_HEIGHT = 10

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As tall as the digits at the scale the width allows: no empty rows under them."""
        return GLYPH_HEIGHT * big_scale("00:00", width - 2, self.MAX_HEIGHT)

    def render(self) -> Text:
        if self.view is None:
            return Text()
        style = self.time_style(self.view)
        # Alone, a Text is drawn by Textual's own Content, not by Rich: no face needed.
        return big_countdown(self.view, self.size.width, self.MAX_HEIGHT, style).as_text()


class BigClock(FaceLines):
    def __init__(self, *, for_room: bool = False, id: str | None = None) -> None:
        """`for_room`: on the projector, where nobody presses keys, say no keys."""
        super().__init__(id=id)
        self.for_room = for_room

    def face(self) -> list[Part] | None:
        view = self.view
        if view is None or view.current is None:
            return None
        return self.face_parts(view, self.size.height)

    def render(self) -> RenderableType | ClockFace:
        parts = self.face()
        if parts is not None:
            return ClockFace(self, parts)
        if self.view is None:
            return Text()
        return Text(tr("run.finished_title"), style="bold", justify="center")

    def face_parts(self, view: MeetingView, height: int) -> list[Part]:
        """From the top: the item's title, its phase, the digits in as much of `height` as
        the lines around them leave, and what is paused or comes next."""
        current = view.current
        assert current is not None
        reserved = 6 if current.phase is not None else 4
        digits_height = max(GLYPH_HEIGHT, height - reserved)
        digits = big_countdown(view, self.size.width, digits_height, self.time_style(view))
        parts: list[Part] = [literal(current.block.title, "bold", justify="center")]
        for line in phase_lines(current, next_phase=False):
            line.justify = "center"
            parts.append(line)
        parts.append(digits)
        if current.resume_at is not None:
            parts.append(
                Text(
                    tr("run.resume_at", time=format_clock(current.resume_at)),
                    style="bold",
                    justify="center",
                )
            )
        elif not view.running:
            paused = tr("display.paused") if self.for_room else tr("run.paused")
            parts.append(Text(paused, style="dim", justify="center"))
        if current.next_title:
            parts.append(literal(tr("run.next", title=current.next_title), "dim", justify="center"))
        return parts
