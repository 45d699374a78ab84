"""The picker's columns in the width its table has: Tid and Punkter always whole.

Textual's table sized each column to its longest cell, so at 130 columns the Tid column ran
past the table's edge ("2 t 40 mi") and at 100 Tid and Punkter were gone. Now the title
gives way: it is shortened at a word with `…`, and where the room is tight the time is
written "2:40" instead of "2 t 40 min".
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len

from facilitator.i18n import format_minutes
from facilitator.tui.layout import shortened

CELL_PADDING = 2
"""The table's padding, one column either side of each cell."""
SCROLLBAR = 2
"""The table's vertical scrollbar, when it has more programs than rows."""
ROOMY_TITLE = 30
"""A title column narrower than this with the long times takes the short ones."""


@dataclass(frozen=True)
class Row:
    title: str
    minutes: int | None
    """None: the file cannot be read."""
    blocks: int | None


@dataclass(frozen=True)
class Columns:
    widths: tuple[int, int, int]
    cells: list[tuple[str, str, str]]


def short_time(minutes: int) -> str:
    """`2:40`, `0:45`: hours and minutes in the fewest columns."""
    hours, rest = divmod(abs(minutes), 60)
    return f"{'-' if minutes < 0 else ''}{hours}:{rest:02d}"


def words_shortened(text: str, cells: int) -> str:
    """`text` in at most `cells` columns, cut after a whole word with `…`; a first word
    longer than that is cut in it (a file name)."""
    if cell_len(text) <= cells:
        return text
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > cells:
            break
        kept = longer
    if not kept:
        return shortened(text, cells)
    return kept.rstrip(" :–-,") + "…"


def picker_columns(table_width: int, labels: tuple[str, str, str], rows: list[Row]) -> Columns:
    """The three columns' widths and the cells, so that the row fits in `table_width`."""
    time_label, blocks_label = labels[1], labels[2]
    blocks = [str(row.blocks) if row.blocks is not None else "" for row in rows]
    blocks_width = max([cell_len(blocks_label), *(cell_len(cell) for cell in blocks)])
    spare = table_width - SCROLLBAR - 3 * CELL_PADDING - blocks_width
    times = [format_minutes(row.minutes) if row.minutes is not None else "" for row in rows]
    time_width = max([cell_len(time_label), *(cell_len(cell) for cell in times)])
    if spare - time_width < ROOMY_TITLE:
        times = [short_time(row.minutes) if row.minutes is not None else "" for row in rows]
        time_width = max([cell_len(time_label), *(cell_len(cell) for cell in times)])
    longest = max((cell_len(row.title) for row in rows), default=0)
    title_width = max(1, min(spare - time_width, max(longest, cell_len(labels[0]))))
    titles = [words_shortened(row.title, title_width) for row in rows]
    return Columns(
        widths=(title_width, time_width, blocks_width),
        cells=list(zip(titles, times, blocks, strict=True)),
    )
