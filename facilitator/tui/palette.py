"""The command palette (Ctrl+P): the meeting screen's keys, and a line per item to open its
notes, in the chosen language."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets.option_list import Option

from facilitator.core.seats import Seat
from facilitator.i18n import tr
from facilitator.review.text import literal_markup
from facilitator.tui.bindings import TO_CHAIR_KEYS, TO_NOTES, key_label, letter_label
from facilitator.tui.screens.run import RunScreen


def command(title: str, help_text: str, callback: Any) -> SystemCommand:
    """A line of the palette, which reads its title and help as markup: an item's title in
    it is escaped to show as written (`[/]` in a title crashed the palette)."""
    return SystemCommand(literal_markup(title), literal_markup(help_text), callback)


class Palette(CommandPalette):
    """Textual's command palette with our words: its placeholder and its »no matches« line
    are English constants in Textual (the placeholder a parameter, the other a literal in
    `_start_no_matches_countdown`, which is therefore done again here)."""

    def __init__(self) -> None:
        super().__init__(placeholder=tr("palette.placeholder"), id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(tr("palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False  # nothing searched for: nothing to say

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def palette_commands(
    screen: Screen[object], quit_app: Callable[[], Any]
) -> Iterable[SystemCommand]:
    if isinstance(screen, RunScreen):
        for spec in (*screen.keys, TO_CHAIR_KEYS, TO_NOTES):
            keys = key_label(spec.key) if spec is not TO_NOTES else ""
            if spec.letter:
                keys += f" · {letter_label(spec.letter)}"
            yield command(
                tr(f"bind.{spec.id}"),
                tr("palette.keys", keys=keys or spec.key_display, tip=tr(f"tip.{spec.id}")),
                lambda action=spec.action, target=screen: target.run_action(action),
            )
        if screen.session.seat is Seat.CHAIR:
            yield command(
                tr("bind.save_program"), tr("tip.save_program"), screen.action_save_program
            )
        for block in screen.session.program.blocks:
            yield command(
                tr("notes.open", title=block.title),
                tr("notes.open_help"),
                lambda block_id=block.id, target=screen: target.action_open_notes(block_id),
            )
    yield command(tr("bind.quit"), tr("tip.quit"), quit_app)
