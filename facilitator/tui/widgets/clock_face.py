"""The big clock's face: its lines of text, and the countdown in the big font between them,
drawn without Rich for the digits.

The big clock is redrawn every second. Drawn as one Rich group, its ten or more rows of
block digits went through Rich's wrapping, justifying and line splitting each time: on the
projector that was nine tenths of an idle second's work (profiled). A row of digits is one
run of one style, the rows centred as one block in the width, so each is made as that
strip directly; the lines
around it (the item's title, the phase, »Pause«, what comes next) are still drawn by Rich,
each as it would be in the group. `tests/tui/test_clock_face.py` holds the face's strips
to the group's, cell for cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, RichVisual, Visual
from textual.widget import Widget


@dataclass(frozen=True)
class DigitRows:
    """Rows of the big font, each drawn centred in one style (the time level's)."""

    rows: tuple[str, ...]
    style: RichStyle

    def as_text(self) -> Text:
        """The rows as Rich text, for a widget Textual draws alone (as Content, which
        centres each row whole)."""
        return Text(
            "\n".join(self.rows), style=self.style, justify="center", no_wrap=True, overflow="crop"
        )

    def placed(self, width: int) -> list[str]:
        """The rows in `width`, the block of them centred as one and cut to the width. (In
        a Rich group a centred row lost its trailing blanks first: the rows of a 1 or a 7
        at the end stood two cells right of the others.)"""
        longest = max((cell_len(row) for row in self.rows), default=0)
        left = " " * (max(0, width - longest) // 2)
        rows = [f"{left}{row}"[:width] for row in self.rows]
        return [f"{row}{' ' * (width - cell_len(row))}" for row in rows]

    def as_placed_text(self, width: int) -> Text:
        """The placed rows as the Rich text they stand for in a group."""
        return Text("\n".join(self.placed(width)), style=self.style, no_wrap=True, overflow="crop")

    def strips(self, width: int, base: RichStyle) -> list[Strip]:
        """The placed rows, in the text's style on the widget's ground."""
        style = base + self.style
        return [Strip([Segment(row, style)]) for row in self.placed(width)]


Part = RenderableType | DigitRows


class ClockFace(Visual):
    """The parts of the big clock from the top, as one visual: Rich parts as Rich draws them
    in a group, digit rows made directly."""

    def __init__(self, widget: Widget, parts: Sequence[Part]) -> None:
        self.widget = widget
        self.parts = tuple(parts)
        self.digits_at: int | None = None
        """Once drawn: the row of the first digit row, counted from the face's top."""
        self.drawn = 0
        """Once drawn: how many rows the face has."""

    def as_group(self, width: int) -> Group:
        """The parts as the one Rich group they stand for at `width`."""
        return Group(
            *(
                part.as_placed_text(width) if isinstance(part, DigitRows) else part
                for part in self.parts
            )
        )

    def rich_part(self, part: RenderableType) -> RichVisual:
        # In a group of its own: Textual would justify a lone Text by the widget's
        # text-align, which a part of a group keeps its own.
        return RichVisual(self.widget, Group(part))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips: list[Strip] = []
        base = style.rich_style
        for part in self.parts:
            if isinstance(part, DigitRows):
                self.digits_at = len(strips)
                strips.extend(part.strips(width, base))
            else:
                strips.extend(self.rich_part(part).render_strips(width, None, style, options))
        self.drawn = len(strips)
        return strips if height is None else strips[:height]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(
            len(part.rows)
            if isinstance(part, DigitRows)
            else self.rich_part(part).get_height(rules, width)
            for part in self.parts
        )


def same_frame(old: Sequence[Part], new: Sequence[Part]) -> bool:
    """Whether two faces differ in their digits alone: the same lines of text around them
    and as many rows of digits in the same style, so the digits fall on the same rows.
    Parts other than plain text (the chair's framed message) are not compared: a face with
    one is drawn whole."""
    if len(old) != len(new):
        return False
    for was, now in zip(old, new, strict=True):
        if isinstance(was, DigitRows) and isinstance(now, DigitRows):
            if len(was.rows) != len(now.rows) or was.style != now.style:
                return False
        elif isinstance(was, Text) and isinstance(now, Text):
            if text_key(was) != text_key(now):
                return False
        else:
            return False
    return True


def text_key(text: Text) -> tuple[object, ...]:
    # Rich's own == looks at the characters and spans only, not the style or the justify.
    return (text.plain, text.style, text.spans, text.justify, text.no_wrap, text.overflow)


def digits_top(face: ClockFace, height: int, vertical: str) -> int | None:
    """The row the digits of a drawn `face` start on in a widget `height` rows tall, its
    rows aligned by `vertical` (the widget's content-align) as Textual aligns them; None if
    it has no digits, or they were cut off."""
    if face.digits_at is None or face.drawn > height:
        return None
    spare = height - face.drawn
    top = {"top": 0, "middle": spare // 2, "bottom": spare}.get(vertical)
    return None if top is None else top + face.digits_at
