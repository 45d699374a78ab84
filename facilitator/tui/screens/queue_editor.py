"""Ctrl+F9 (or /talerliste): the waiting list up close — move someone up or down, take
someone off, or give the word to someone out of turn.

Every change is an event recorded through the run screen's `execute`, so the talerliste
after a crash is the one the chair left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.agenda import Command
from facilitator.core.events import Action
from facilitator.core.speaker_actions import take_off_queue
from facilitator.core.turn_commands import move_in_queue
from facilitator.core.turns import Priority
from facilitator.i18n import format_countdown, tr
from facilitator.review.text import literal
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.dialog import Dialog


class QueueEditorScreen(Dialog[str | None]):
    """Dismisses the participant to give the word to, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", show=False),
        Binding("shift+up,plus", "move('up')", show=False),
        Binding("shift+down,minus", "move('down')", show=False),
        Binding("delete,backspace", "remove", show=False),
        Binding("enter", "give_word", show=False, priority=True),
    ]

    def __init__(self, session: LiveSession, execute: Callable[[Command | Action], bool]) -> None:
        super().__init__()
        self.session = session
        self.execute = execute

    def compose(self) -> ComposeResult:
        with Vertical(id="queue-editor-box", classes="dialog"):
            yield Static(literal(tr("talerliste.title")), classes="dialog-title")
            yield Static(id="queue-editor-speaker", classes="dialog-intro")
            yield OptionList(id="queue-editor-list")
            yield Static(id="queue-editor-notice", classes="dialog-warning")
            yield Static(literal(tr("talerliste.keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.rebuild()

    def rebuild(self, highlight: str | None = None) -> None:
        turns = self.session.turns
        now = self.session.clock.now()
        handles = turns.handles()
        speaker = turns.participants.get(turns.speaker or "")
        speaking = (
            tr(
                "talerliste.speaking",
                name=speaker.name,
                time=format_countdown(int(turns.speaking_seconds(now))),
            )
            if speaker
            else tr("speakers.nobody")
        )
        self.query_one("#queue-editor-speaker", Static).update(literal(speaking))
        options = []
        for entry in turns.ordered_queue(now, turns.quiet_first):
            person = turns.participants[entry.participant]
            label = f"{handles[person.id]:>2}  {person.name}"
            if entry.priority is not Priority.NORMAL:
                label += f"  ({tr(f'speakers.priority.{entry.priority.name}')})"
            options.append(Option(literal(label), id=person.id))
        listing = self.query_one("#queue-editor-list", OptionList)
        previous = listing.highlighted
        listing.clear_options()
        listing.add_options(options)
        if not options:
            listing.add_option(Option(literal(tr("speakers.empty")), disabled=True))
            return
        ids = [option.id for option in options]
        if highlight in ids:
            listing.highlighted = ids.index(highlight)
        else:
            listing.highlighted = min(previous or 0, len(options) - 1)
        self.set_focus(listing)

    def selected(self) -> str | None:
        listing = self.query_one("#queue-editor-list", OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return option.id if not option.disabled else None

    def say(self, message: str) -> None:
        self.query_one("#queue-editor-notice", Static).update(literal(message))

    def action_move(self, direction: str) -> None:
        who = self.selected()
        if who is None:
            return
        if self.session.turns.quiet_first:
            self.say(tr("talerliste.quiet_orders"))
            return
        draft = move_in_queue(self.session.turns, who, direction)
        if draft is None:
            self.say(tr("talerliste.cannot_move"))
            return
        if self.execute(draft):
            self.say("")
            self.rebuild(highlight=who)

    def action_remove(self) -> None:
        who = self.selected()
        if who is None:
            return
        name = self.session.turns.participants[who].name
        if self.execute(take_off_queue(self.session.turns, who)):
            self.say(tr("talerliste.removed", name=name))
            self.rebuild()

    def action_give_word(self) -> None:
        who = self.selected()
        if who is None:
            return
        self.dismiss(who)

    def action_close(self) -> None:
        self.dismiss(None)
