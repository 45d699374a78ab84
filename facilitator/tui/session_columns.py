"""The list of past meetings in the width it has: every column in view.

With a long program title the table ran past the screen at 80 columns, and Varighed,
Beslutn. and Åbne handl. could not be seen (a tester). The group and the program give way,
shortened after a whole word with `…`; the date and the figures stay whole.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from facilitator.tui.picker_columns import CELL_PADDING, SCROLLBAR, words_shortened

Cell = str | Text
GROUP, PROGRAM = 1, 2
"""The columns that give way; the others (date, duration, decisions, open) stay whole."""


def plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def shortened_cell(cell: Cell, cells: int) -> Cell:
    text = plain(cell)
    kept = words_shortened(text, cells)
    if kept == text:
        return cell
    if isinstance(cell, Text):
        short = cell[: len(kept) - 1]  # the same characters, with their styles
        short.append("…")
        return short
    return kept


def fitted_rows(
    headers: list[str], rows: list[tuple[Cell, ...]], width: int
) -> list[tuple[Cell, ...]]:
    """The rows with the group and the program shortened so every column fits `width`."""
    need = [
        max([cell_len(header)] + [cell_len(plain(row[column])) for row in rows])
        for column, header in enumerate(headers)
    ]
    fixed = sum(need[c] + CELL_PADDING for c in range(len(headers)) if c not in (GROUP, PROGRAM))
    room = width - fixed - SCROLLBAR - 2 * CELL_PADDING
    if need[GROUP] + need[PROGRAM] <= room:
        return rows
    group = max(cell_len(headers[GROUP]), min(need[GROUP], room // 3))
    program = max(cell_len(headers[PROGRAM]), room - group)
    return [
        (row[0], shortened_cell(row[GROUP], group), shortened_cell(row[PROGRAM], program), *row[3:])
        for row in rows
    ]
