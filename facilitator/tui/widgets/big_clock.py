"""Big-clock mode: the countdown scaled to fill the screen, for a projector."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.agenda_view import MeetingView, TimeLevel
from facilitator.i18n import format_clock, format_countdown, tr
from facilitator.review.text import literal
from facilitator.tui.widgets.phase_lines import phase_lines

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
LEVEL_STYLE = {
    TimeLevel.CALM: "bold green",
    TimeLevel.WARNING: "bold yellow",
    TimeLevel.CRITICAL: "bold dark_orange",
    TimeLevel.OVERRUN: "bold red",
}


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


def big_countdown(view: MeetingView | None, width: int, height: int) -> Text:
    """The countdown in the big font, coloured by how much time is left."""
    if view is None or view.current is None:
        return Text()
    current = view.current
    style = LEVEL_STYLE[current.level] if view.running else "bold"
    lines = big_text_lines(format_countdown(current.remaining_seconds), width, height)
    return Text("\n".join(lines), style=style, justify="center", no_wrap=True, overflow="crop")


class BigCountdown(Widget):
    """The countdown of the run screen on wide terminals, scaled to the space it has."""

    view: reactive[MeetingView | None] = reactive(None)

    MAX_HEIGHT = 10

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As tall as the digits at the scale the width allows: no empty rows under them."""
        return GLYPH_HEIGHT * big_scale("00:00", width, self.MAX_HEIGHT)

    def render(self) -> Text:
        return big_countdown(self.view, self.size.width, self.MAX_HEIGHT)


class BigClock(Widget):
    view: reactive[MeetingView | None] = reactive(None)

    def __init__(self, *, for_room: bool = False, id: str | None = None) -> None:
        """`for_room`: on the projector, where nobody presses keys, say no keys."""
        super().__init__(id=id)
        self.for_room = for_room

    def render(self) -> RenderableType:
        view = self.view
        if view is None:
            return Text()
        if view.current is None:
            return Text(tr("run.finished_title"), style="bold", justify="center")
        current = view.current
        reserved = 6 if current.phase is not None else 4
        digits = big_countdown(
            view, self.size.width, max(GLYPH_HEIGHT, self.size.height - reserved)
        )
        parts: list[RenderableType] = [literal(current.block.title, "bold", justify="center")]
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
        return Group(*parts)
