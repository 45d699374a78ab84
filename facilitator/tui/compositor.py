"""A compositor that renders, for a partial update, only the rows it updates.

Once a second the run screen and the display seat change a few rows (the countdown's
digits). Textual's compositor (8.2) then asks every widget whose *parent* overlaps the
changed area for *all* its visible lines: on the run screen at 80x24 that is 13 widgets
and 115 lines to repaint 3, most of our idle CPU after our own code was made lean. This
compositor asks only the widgets whose own visible region meets the changed area, only
for the changed rows, and none below a widget that covers it all (the countdown's digits
alone, most seconds). The terminal is written the same cells: only cells in the changed rows and
columns are ever written, a widget outside them has none to give, and a cell goes to the
frontmost widget that has it.

It overrides one private method of a private class, so it is bound to the Textual minor
version pyproject.toml pins; `tests/tui/test_compositor.py` renders the screens' updates
both ways and fails if the cells written differ: the test to look at after an upgrade.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual._compositor import Compositor
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip


class RowCompositor(Compositor):
    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        if crop is None:
            yield from super()._get_renders(crop)
            return
        for widget, (region, clip) in self.visible_widgets.items():
            # The rows only: a render must start at a cut (a widget's or a clip's left
            # edge), which the changed area's left edge need not be.
            rows_clip = clip.intersection(Region(clip.x, crop.y, clip.width, crop.height))
            visible = region.intersection(rows_clip)
            if not visible or not crop.overlaps(visible):
                continue
            x, y, width, height = visible
            lines = widget.render_lines(Region(x - region.x, y - region.y, width, height))
            yield region, rows_clip, lines
            if visible.contains_region(crop):
                # The widgets come front to back and the first to give a cell wins: under
                # one that covers the whole area, nothing more would be seen.
                break


def use_row_compositor(screen: Screen[Any]) -> None:
    """Give a screen the compositor above; call it in the screen's `__init__`, before it is
    mounted (nothing has been laid out in the one Textual made)."""
    screen._compositor = RowCompositor()
