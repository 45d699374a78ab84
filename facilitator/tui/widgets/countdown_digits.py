"""The narrow run screen's countdown: Textual's Digits, its three rows made without Rich.

Textual's `Digits` is drawn through a Rich console each second: its glyph rows are wrapped
in an `Align`, rendered, split into lines and cropped, all to give three rows of one style
(profiled in tmux: a sixth of the chair's idle second, as much as all our own code for
that second). `DigitsFace` makes those rows as strips directly, from Textual's own glyphs
(`DigitsRenderable`) and in the styles the Rich path gives them, base first: the widget's
ground, then the digits' style, the rest of the width in the widget's style.
`tests/tui/test_countdown_digits.py` holds it to the Rich path cell for cell, in every time
level, both themes and three widths. A selection is drawn by Textual's own path.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.app import RenderResult
from textual.css.styles import RulesMap
from textual.renderables.digits import Digits as DigitsRenderable
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Digits

OFFSET = RichStyle(meta={"offset": (0, 0)})
"""What Textual's glyph rows carry beyond the widget's style (for the mouse)."""


class DigitsFace(Visual):
    """Three rows of Textual's glyphs for `value`, left-aligned in the width."""

    def __init__(self, value: str, digits_style: RichStyle) -> None:
        self.value = value
        self.digits_style = digits_style

    def rows(self) -> list[str]:
        glyphs = DigitsRenderable(self.value, self.digits_style).render(self.digits_style)
        return [
            segment.text
            for segment in glyphs
            if isinstance(segment, Segment) and segment.text != "\n"
        ]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        base = style.rich_style
        row_style = base + (self.digits_style + OFFSET)
        pad_style = base + self.digits_style
        strips = []
        for row in self.rows():
            excess = width - len(row)
            segments = [Segment(row[:width], row_style)]
            if excess > 0:
                segments.append(Segment(" " * excess, pad_style))
            strips.append(Strip(segments, width if excess > 0 else min(width, len(row))))
        return strips if height is None else strips[:height]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return DigitsRenderable.get_width(self.value)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 3


class CountdownDigits(Digits):
    """`Digits` for the countdown: the same cells, drawn as `DigitsFace` (left-aligned,
    the only way the run screen places them; any other alignment goes Textual's way)."""

    def render(self) -> RenderResult:
        # The countdown's values are ASCII; anything else (a wide character's row is not
        # one cell a character) goes Textual's way too.
        if not self.value.isascii() or self.text_selection:
            return super().render()
        if self.styles.text_align in ("center", "right"):
            return super().render()
        return DigitsFace(self.value, self.rich_style)
