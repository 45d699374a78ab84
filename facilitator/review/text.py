"""Text that came from a person or a file, on the screen: only ever text.

A title, a name, a decision, a note, a folder name or a lock owner can hold anything:
`[/]` or `[for=5, imod=2]`, which Textual and Rich read as markup (a crash, or words left
out), `[@click=app.quit]`, which makes a click act, or an escape sequence, which the
terminal would obey. `literal()` is the one way such text reaches a widget: a Rich `Text`
(never parsed as markup) of `printable()` (control characters as visible symbols).

Textual parses a plain `str` as markup in `Static`, `Label`, `.update()`, `border_title`,
`Option`, `DataTable` cells and column labels, Rich `Table.add_row` and `App.notify`; a
`Text` it shows as it is. The few places that take nothing but a markup string (the
command palette) get `literal_markup()`. Here, with the review's renderables, because it
imports no Textual: the command line's tables and the screens use the same one.
"""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.style import StyleType
from rich.text import Text

from facilitator.core.text import printable


def literal(text: str, style: StyleType = "", *, justify: JustifyMethod | None = None) -> Text:
    """`text` exactly as written, for the screen: no markup, control characters shown as
    symbols (`printable`), in `style` if one is given."""
    return Text(printable(text), style=style, justify=justify)


def literal_markup(text: str) -> str:
    """`text` as Textual markup that shows exactly `literal(text)`: for an API that takes
    only a markup string. Every `[` is escaped (`\\[`); Textual's own `escape` leaves
    `[A]`, `[$x]` and `[ b]` to be read as tags."""
    return printable(text).replace("[", "\\[")
