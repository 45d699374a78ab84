"""Which seat to take at a running meeting: the first screen of a browser tab (and of
`join` when another referent already sits there)."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.seats import Seat
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.in_order import KeysInOrder


class SeatChoiceScreen(KeysInOrder, Screen[None]):
    class SeatChosen(Message):
        def __init__(self, seat: Seat) -> None:
            super().__init__()
            self.seat = seat

    def __init__(self, folder: Path, title: str) -> None:
        super().__init__(classes="-seat-choice")  # the app tells start screens by their class
        self.folder = folder
        self.meeting_title = title

    def compose(self) -> ComposeResult:
        with Vertical(id="seat-box"):
            yield Static(literal(tr("seat.choose_title")), classes="dialog-title")
            intro = tr("seat.choose_intro", title=self.meeting_title, folder=self.folder.name)
            yield Static(literal(intro))
            yield OptionList(
                Option(literal(tr("seat.choose_referent")), id=Seat.REFERENT.value),
                Option(literal(tr("seat.choose_display")), id=Seat.DISPLAY.value),
                id="seat-options",
            )
            yield Static(literal(tr("seat.choose_keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(OptionList))

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.post_message(self.SeatChosen(Seat(event.option.id)))
