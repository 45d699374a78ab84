"""The keys along the bottom of the run screen, drawn as one line.

Textual's Footer mounts a widget per key and recomposes them whenever focus moves; on the
run screen that was a quarter of the time to the first frame. The chair's keys never change
with focus (they are priority bindings on the screen), so one line drawn from the same
KeySpecs says the same thing. A click on a key presses it, as in the Footer.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widget import Widget

from facilitator.i18n import tr
from facilitator.tui.bindings import QUIT_KEY, KeySpec, key_label


class KeyBar(Widget):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}  # noqa: RUF012
    DEFAULT_CSS = """
    KeyBar {
        height: 1;
        dock: bottom;
        background: $footer-background;
        color: $footer-foreground;
        & > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
        & > .key-bar--description { color: $footer-description-foreground; }
    }
    """

    def __init__(self, specs: tuple[KeySpec, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown = tuple(spec for spec in (*specs, QUIT_KEY) if spec.show)
        self.spans: list[tuple[int, int, str]] = []
        """Where each key is drawn: (first cell, cell after it, key)."""

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        self.spans = []
        for spec in self.shown:
            start = text.cell_len
            if start:
                text.append(" ")
            text.append(spec.key_display or key_label(spec.key), style=key_style)
            text.append(" " + tr(f"bind.{spec.id}"), style=description_style)
            self.spans.append((start, text.cell_len, spec.key))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self.spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
