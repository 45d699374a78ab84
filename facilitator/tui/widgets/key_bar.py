"""The keys along the bottom of the run screen, drawn as one line.

Textual's Footer mounts a widget per key and recomposes them whenever focus moves; on the
run screen that was a quarter of the time to the first frame. The chair's keys never change
with focus (they are priority bindings on the screen), so one line drawn from the same
KeySpecs says the same thing; it starts with the mode that is on, and the key that changes
it. A click on a key presses it, as in the Footer.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.keys import _character_to_key
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.i18n import tr
from facilitator.tui.bindings import (
    QUIT_KEY,
    TO_CHAIR_KEYS,
    TO_NOTES,
    KeySpec,
    key_label,
    letter_label,
)


class KeyBar(Widget):
    """The keys of the mode that is on: F-keys while writing notes (and Esc for the chair's
    keys), plain keys in the chair's mode (and i/Enter back to the notes)."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--mode"}  # noqa: RUF012
    DEFAULT_CSS = """
    KeyBar {
        height: 1;
        dock: bottom;
        background: $footer-background;
        color: $footer-foreground;
        & > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
        & > .key-bar--description { color: $footer-description-foreground; }
        & > .key-bar--mode { background: $accent; color: $text; text-style: bold; }
    }
    """

    chair_mode: reactive[bool] = reactive(False)

    def __init__(self, specs: tuple[KeySpec, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.specs = specs
        self.spans: list[tuple[int, int, str]] = []
        """Where each key is drawn: (first cell, cell after it, key to press)."""

    def entries(self) -> list[tuple[str, str, str, str]]:
        """(id, what is written for the key, its description, the key a click presses)."""
        if self.chair_mode:
            back = TO_NOTES
            return [
                (back.id, back.key_display or "", tr(f"bind.{back.id}"), back.key),
                *(
                    (spec.id, letter_label(spec.letter), tr(f"bind.{spec.id}"), spec.letter)
                    for spec in self.specs
                    if spec.letter and spec.letter_shown
                ),
            ]
        return [
            (spec.id, spec.key_display or key_label(spec.key), tr(f"bind.{spec.id}"), spec.key)
            for spec in (TO_CHAIR_KEYS, *self.specs, QUIT_KEY)
            if spec.show
        ]

    def fitting(self, width: int) -> list[tuple[str, str, str, str]]:
        """The entries that fit in `width` cells, the least needed left out first, in their
        own order (at 80 columns the whole line was cut off after F8)."""
        entries = self.entries()
        needed = sorted(entries, key=lambda entry: importance(entry[0]))
        used = cell_len(tr(self.mode_key())) + 2
        kept = set()
        for entry in needed:
            cells = 2 + cell_len(entry[1]) + cell_len(entry[2])
            if used + cells <= width:
                used += cells
                kept.add(entry[0])
        return [entry for entry in entries if entry[0] in kept]

    def mode_key(self) -> str:
        return "keys.mode_chair" if self.chair_mode else "keys.mode_notes"

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        mode_style = self.get_component_rich_style("key-bar--mode", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        text.append(f" {tr(self.mode_key())} ", style=mode_style)
        self.spans = []
        for _id, shown, description, key in self.fitting(self.size.width or 80):
            start = text.cell_len
            text.append(" ")
            text.append(shown, style=key_style)
            text.append(" " + description, style=description_style)
            self.spans.append((start, text.cell_len, key))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self.spans:
            if start <= event.x < end:
                self.app.simulate_key(_key_name(key))
                return


# What the bar keeps when it cannot show everything, most needed first.
IMPORTANCE = ("chair_keys", "write", "toggle", "next", "queue", "speaker", "help", "quit")


def importance(spec_id: str) -> int:
    return IMPORTANCE.index(spec_id) if spec_id in IMPORTANCE else len(IMPORTANCE)


def _key_name(key: str) -> str:
    """A chair-mode letter as Textual names its key (`+` → `plus`); F-keys stay as they are."""
    return _character_to_key(key) if len(key) == 1 else key
