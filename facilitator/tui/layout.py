"""How wide the run screen's left column is: it follows the terminal.

At 80 columns the notes and the countdown need the most of the width; from 120 on there is
room to show the agenda's titles whole, and at 200 the column grows with the window.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

MIN_LEFT = 34
"""The narrowest left column: the agenda's marks, numbers, minutes and a short title."""
ROW_EXTRA = 2 + 1 + 5 + 1 + 5 + 4
"""Beside the title: the mark ("▶ "), the planned ("15→20") and actual ("17:05") minutes
with a space before each, and the panel's border and padding."""
MAX_SHARE = 0.5
"""Never more than half the screen: the countdown and the notes keep the other half."""
MIN_RIGHT = 46
"""The countdown and the notes never get less than this (at 80 columns: 34 + 46)."""
MAX_LEFT = 64
"""Enough for the programs' longest titles with their minutes; the rest is the notes'."""
MIN_SHARE = 0.3
"""On a wide screen the column grows with it, so the guide text is not a narrow strip."""


def left_width(terminal_width: int, titles: list[str]) -> int:
    """Room for the longest `N. title` when the terminal has it, between 34 columns and
    half the terminal, leaving the countdown and the notes at least 46."""
    needed = max(
        (cell_len(f"{number}. {title}") for number, title in enumerate(titles, 1)), default=0
    )
    wanted = max(needed + ROW_EXTRA, MIN_LEFT, int(terminal_width * MIN_SHARE))
    widest = min(int(terminal_width * MAX_SHARE), terminal_width - MIN_RIGHT, MAX_LEFT)
    return max(MIN_LEFT, min(wanted, widest))


def shortened(name: str, cells: int) -> str:
    """`name` in at most `cells` columns, with `…` where it was cut: a long name (from a
    file written before names were capped) keeps a panel's other lines in view."""
    if cell_len(name) <= cells:
        return name
    return set_cell_size(name, max(0, cells - 1)).rstrip() + "…"


def breakpoint_class(breakpoints: list[tuple[int, str]], size: int) -> str | None:
    """The class Textual gives a screen `size` wide (or high) for its breakpoints."""
    for minimum, name in sorted(breakpoints, reverse=True):
        if size >= minimum:
            return name
    return None
