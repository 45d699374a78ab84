"""The big clock's face: its lines of text, and the countdown in the big font between them,
drawn without Rich for the digits.

The big clock is redrawn every second. Drawn as one Rich group, its ten or more rows of
block digits went through Rich's wrapping, justifying and line splitting each time: on the
projector that was nine tenths of an idle second's work (profiled). A row of digits is one
run of one style, centred in the width, so it is made as that strip directly; the lines
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
        """The same rows as the Rich text they stand for: centred, neither wrapped nor run
        over the width."""
        return Text(
            "\n".join(self.rows), style=self.style, justify="center", no_wrap=True, overflow="crop"
        )

    def strips(self, width: int, base: RichStyle) -> list[Strip]:
        """What Rich makes of `as_text` at `width` on a `base` ground: each row without its
        trailing blanks, cut to the width, then padded to it, the left pad half of what is
        left over; the whole row in the text's style on the ground's."""
        style = base + self.style
        strips = []
        for row in self.rows:
            row = row.rstrip()[:width]
            spare = width - cell_len(row)
            left = spare // 2
            strips.append(Strip([Segment(f"{' ' * left}{row}{' ' * (spare - left)}", style)]))
        return strips


Part = RenderableType | DigitRows


class ClockFace(Visual):
    """The parts of the big clock from the top, as one visual: Rich parts as Rich draws them
    in a group, digit rows made directly."""

    def __init__(self, widget: Widget, parts: Sequence[Part]) -> None:
        self.widget = widget
        self.parts = tuple(parts)

    def as_group(self) -> Group:
        """The parts as the one Rich group they stand for."""
        parts = self.parts
        return Group(*(part.as_text() if isinstance(part, DigitRows) else part for part in parts))

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
                strips.extend(part.strips(width, base))
            else:
                strips.extend(self.rich_part(part).render_strips(width, None, style, options))
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
