"""Person and file text in a Rich renderable (the CLI's tables, the review's views)."""

from __future__ import annotations

from rich.text import Text

from facilitator.core.text import printable


def literal(text: str, style: str = "") -> Text:
    """Person or file text for a Rich table or line: shown as it is, `[b]` and all, with
    control characters made visible (`core.text.printable`)."""
    return Text(printable(text), style=style)
