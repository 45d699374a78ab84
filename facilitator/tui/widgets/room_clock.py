"""The big clock with the room's signage, for the chair's F2 and the projector: the
welcome before the start (title, »Vi starter kl. 19.00 · om 04:32«, the agenda with clock
times) instead of a countdown standing still under »Pause«, and the chair's message
(`/skærm`) above it all, which flashes once when it arrives."""

from __future__ import annotations

from rich.align import Align
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from textual.reactive import reactive

from facilitator.core.welcome import RoomSign, Welcome
from facilitator.i18n import format_clock, format_clock_time, format_countdown, tr
from facilitator.review.text import literal
from facilitator.tui.widgets.big_clock import GLYPH_HEIGHT, BigClock, big_text_lines
from facilitator.tui.widgets.clock_face import ClockFace, Part

FIXED_ROWS = 5
"""Title, the start line, a blank line, the agenda's heading and a margin."""


def start_line(welcome: Welcome) -> str:
    if welcome.starts_at is None:
        return tr("welcome.soon")
    time = format_clock(welcome.starts_at)
    if welcome.seconds_left:
        return tr("welcome.starts_in", time=time, left=format_countdown(welcome.seconds_left))
    return tr("welcome.starts_at", time=time)


def agenda_table(welcome: Welcome) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    table.add_column(justify="right", style="dim")
    for line in welcome.lines:
        starts = format_clock_time(line.starts) if line.starts is not None else ""
        minutes = tr("welcome.minutes", minutes=line.minutes)
        table.add_row(literal(starts), literal(line.title), literal(minutes))
    return table


def welcome_renderable(welcome: Welcome, width: int, height: int) -> RenderableType:
    """The agenda first, for the people arriving; above it the countdown to the start in
    the big font, in a third of the height at most, when the start is known."""
    parts: list[RenderableType] = [literal(welcome.title, "bold")]
    room_for_digits = min(height - FIXED_ROWS - len(welcome.lines), height // 3)
    if welcome.seconds_left and room_for_digits >= GLYPH_HEIGHT:
        digits = big_text_lines(format_countdown(welcome.seconds_left), width, room_for_digits)
        parts.append(Text("\n".join(digits), style="bold", no_wrap=True, overflow="crop"))
    parts.append(Text(start_line(welcome), style="bold"))
    parts.append(Text(""))
    if welcome.lines:
        parts.append(Text(tr("welcome.agenda"), style="bold underline"))
        parts.append(agenda_table(welcome))
    # Each part centred on its own: Textual's text-align does not reach into a Group.
    return Group(*(Align.center(part) for part in parts))


def message_renderable(message: str) -> RenderableType:
    """The chair's message, framed, above whatever the screen shows."""
    return Panel(literal(message, "bold", justify="center"), border_style="bold yellow")


FLASH_SECONDS = 0.6


class RoomClock(BigClock):
    sign: reactive[RoomSign | None] = reactive(None, repaint=False)

    def message(self) -> list[RenderableType]:
        sign = self.sign
        return [message_renderable(sign.message)] if sign is not None and sign.message else []

    def welcome(self) -> Welcome | None:
        """Before the start: the welcome instead of the clock."""
        sign = self.sign
        return sign.welcome if sign is not None and self.view is not None else None

    def face(self) -> list[Part] | None:
        if self.welcome() is not None:
            return None
        parts = super().face()
        return None if parts is None else [*self.message(), *parts]

    def render(self) -> RenderableType | ClockFace:
        message, welcome = self.message(), self.welcome()
        if welcome is not None:
            used = 3 * len(self.sign.message.splitlines()) if self.sign and self.sign.message else 0
            height = max(1, self.size.height - used)
            shown = welcome_renderable(welcome, self.size.width, height)
            return Group(*message, shown) if message else shown
        clock = super().render()  # a face with the message on it, or a line of text
        if not message or isinstance(clock, ClockFace):
            return clock
        return Group(*message, clock)

    def watch_sign(self, old: RoomSign | None, new: RoomSign | None) -> None:
        """A new message flashes once, so the room looks up. (Drawn like the view: not
        while hidden.)"""
        self.redraw()
        if new is not None and new.message and (old is None or old.message != new.message):
            self.add_class("-flash")
            self.set_timer(FLASH_SECONDS, lambda: self.remove_class("-flash"))
