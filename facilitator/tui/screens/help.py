"""F1: every key of the run screen, with what it does, and the `/…` words of the notes.

The title and the closing hint stay put; everything between them scrolls (arrows, PgUp/PgDn,
Home/End), so every key and word can be reached on an 80x24 terminal too.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from facilitator.core.seats import Seat
from facilitator.core.slash_words import SlashWord, words_for
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.bindings import (
    CHAIR_KEYS,
    QUIT_KEY,
    TO_CHAIR_KEYS,
    TO_NOTES,
    KeySpec,
    key_label,
    letter_label,
)
from facilitator.tui.screens.dialog import Dialog


def keys_table(keys: tuple[KeySpec, ...], seat: Seat = Seat.CHAIR) -> Table:
    """Every key of this seat: its F-key, the same as a plain key (Esc first), and what it
    does. The referent's help described the chair's plain keys and »facilitator resume«,
    which are not the referent's (a tester): those two rows are the seat's own."""
    referent = seat is Seat.REFERENT
    table = Table(expand=True, show_edge=False, box=None, padding=(0, 2))
    table.add_column(literal(tr("help.col_key")), style="bold", no_wrap=True)
    letter_head = "help.col_letter_referent" if referent else "help.col_letter"
    table.add_column(literal(tr(letter_head)), style="bold", no_wrap=True)
    table.add_column(literal(tr("help.col_action")))
    rows = [
        (key_label(spec.key), letter_label(spec.letter) if spec.letter else "", _description(spec))
        for spec in keys
    ]
    if referent:
        letters = ", ".join(letter_label(spec.letter) for spec in keys if spec.letter)
        plain = tr("help.plain_keys_referent", letters=letters)
        rows.append((key_label(TO_CHAIR_KEYS.key), "", f"{tr('bind.chair_keys')} – {plain}"))
        rows.append(
            (key_label(QUIT_KEY.key), "", f"{tr('bind.quit')} – {tr('help.quit_referent')}")
        )
    else:
        rows += [
            (key_label(spec.key), "", _description(spec)) for spec in (TO_CHAIR_KEYS, QUIT_KEY)
        ]
    rows.append(("", TO_NOTES.key_display or "", _description(TO_NOTES)))
    rows.append(("Ctrl+P", "", tr("help.palette")))
    for row in rows:
        table.add_row(*(literal(cell) for cell in row))
    return table


def _description(spec: KeySpec) -> str:
    return f"{tr(f'bind.{spec.id}')} – {tr(f'tip.{spec.id}')}"


def slash_word_lines(word: SlashWord) -> RenderableType:
    """`/handling @Anne 1.12 Sende referatet rundt`, and under it what it does and the
    other spellings the notes take."""
    line = literal(f"/{word.word}", "bold")
    if word.example:
        line.append_text(literal(f" {word.example}", "dim"))
    meaning = literal(tr(f"slash.{word.word}"))
    if word.aliases:
        spellings = ", ".join(f"/{alias}" for alias in word.aliases)
        meaning.append_text(literal(f" ({tr('help.words_also', spellings=spellings)})", "dim"))
    return Group(line, Padding(meaning, (0, 0, 0, 4)))


def slash_words_section(seat: Seat) -> RenderableType:
    """The words this seat may type at the start of a line in the notes (core/slash_words)."""
    parts: list[RenderableType] = [
        literal(tr("help.words_title"), "bold underline"),
        literal(tr("help.words_intro")),
    ]
    parts.extend(slash_word_lines(word) for word in words_for(seat))
    return Group(*parts)


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", show=False),
        Binding("f1", "dismiss", show=False),
    ]

    def __init__(
        self,
        keys: tuple[KeySpec, ...] = CHAIR_KEYS,
        intro: str = "help.intro",
        seat: Seat = Seat.CHAIR,
    ) -> None:
        super().__init__()
        self.keys = keys
        self.intro = intro
        self.seat = seat

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(literal(tr("help.title")), classes="dialog-title")
            # Focused (the first that can be): the arrows, PgUp/PgDn, Home/End scroll it.
            with VerticalScroll(id="help-keys"):
                yield Static(literal(tr(self.intro)), classes="dialog-intro")
                yield Static(keys_table(self.keys, self.seat), id="help-key-table")
                yield Static(slash_words_section(self.seat), id="help-words")
            yield Static(literal(tr("help.close")), classes="dialog-keys")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
