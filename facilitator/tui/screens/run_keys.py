"""The run screen's keyboard: the notes or the chair's keys, and what becomes of a key that
no widget took.

Two modes, always shown (the notes' border and the key bar):
- **notes** (the start): letters type into the notes; the F-keys act on the meeting.
- **chair's keys** (Esc in the notes): plain keys act (Space start/pause, n next, …, the
  `letter` of each KeySpec); Enter, i or Esc go back to the notes. Made for laptops whose
  F-keys are media keys and terminals that keep F1/F10/F11 for themselves.

While the big clock is shown the notes are hidden, so its keys are the chair's keys too.
A key that reaches the screen unhandled is never dropped silently: a letter typed where
the notes cannot take it (the entries list had focus) goes into the notes, one the notes
refuse (a referent writes them) is said in a notice, and in the chair's mode a key that
means nothing there gets a hint.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from textual import events
from textual.keys import _character_to_key
from textual.widget import Widget

from facilitator.core.text import pasted_text
from facilitator.i18n import tr
from facilitator.tui.bindings import TO_NOTES_KEYS, KeySpec
from facilitator.tui.screens.run_base import RunScreenBase
from facilitator.tui.widgets.key_bar import KeyBar
from facilitator.tui.widgets.notes_pane import NotesEditor, key_after_escape

NOTICE_EVERY = timedelta(seconds=3)
"""A burst of refused keys gives one notice, not one per key."""


def key_actions(specs: tuple[KeySpec, ...]) -> dict[str, str]:
    """The chair's mode of a seat: key name (as Textual names a typed character) → action."""
    return {_character_to_key(spec.letter): spec.action for spec in specs if spec.letter}


class KeyModeActions(RunScreenBase):
    keys: tuple[KeySpec, ...]
    last_notice_at: tuple[str, datetime] | None = None

    @property
    def editor(self) -> NotesEditor:
        return self.notes_pane.editor

    def letters_act(self) -> bool:
        return self.chair_keys or self.big_clock

    async def unbound_key(self, event: events.Key) -> None:
        """A key that no widget on the screen took (or that came to the screen itself)."""
        if self.letters_act():
            await self.chair_key(event)
        elif event.key == "escape":
            event.stop()
            self.chair_keys = True
        elif event.is_printable:
            event.stop()
            self.notes_key(event)

    async def chair_key(self, event: events.Key) -> None:
        if await self.act_on(key_after_escape(event) or event.key):
            event.stop()
        elif event.is_printable:
            event.stop()
            self.say_once(tr("keys.not_a_chair_key", key=event.character or event.key))

    async def act_on(self, key: str) -> bool:
        """A key in the chair's mode: its action, or back to the notes. False if neither."""
        action = key_actions(self.keys).get(key)
        if action is not None:
            await self.run_action(action)
        elif key in TO_NOTES_KEYS:
            self.action_write_notes()
        else:
            return False
        return True

    async def on_notes_editor_chair_key(self, message: NotesEditor.ChairKey) -> None:
        """Esc and a key at once, in the notes: the chair's mode, then the key."""
        message.stop()
        self.chair_keys = True
        if not await self.act_on(message.key):
            self.say_once(tr("keys.not_a_chair_key", key=message.key))

    def on_notes_editor_line_refused(self, message: NotesEditor.LineRefused) -> None:
        message.stop()
        self.say_once(tr("notes.line_refused"))

    def action_chair_keys(self) -> None:
        self.chair_keys = True

    def action_write_notes(self) -> None:
        self.big_clock = self.chair_keys = False

    def notes_key(self, event: events.Key) -> None:
        """A letter meant for the notes that the notes did not get."""
        editor = self.editor
        if editor.read_only:
            self.refuse_typing()
            return
        self.set_focus(editor)
        editor.type_text(event.character or "")

    def on_paste(self, event: events.Paste) -> None:
        """A paste the notes did not take: into the notes if they can, or said why not."""
        event.stop()
        editor = self.editor
        if editor.read_only:
            self.refuse_typing()
            return
        self.action_write_notes()
        self.set_focus(editor)
        editor.type_text(pasted_text(event.text))

    def refuse_typing(self) -> None:
        writer = self.notes_controller.writer
        if writer:
            self.say_once(tr("keys.referent_writes", who=writer))
        else:
            self.say_once(tr("keys.notes_read_only"))

    def say_once(self, message: str) -> None:
        """A notice, unless the same kind was just shown (a burst gives one, not fifty)."""
        now = self.session.clock.now()
        last = self.last_notice_at
        if last is not None and last[0] == message and now - last[1] < NOTICE_EVERY:
            return
        self.last_notice_at = (message, now)
        self.notify(message, severity="warning", timeout=4)

    def watch_chair_keys(self) -> None:
        self.show_key_mode()

    def watch_big_clock(self, big: bool) -> None:
        self.set_class(big, "-big-clock")
        self.show_key_mode()

    def show_key_mode(self) -> None:
        """Focus, border and key bar as the mode says."""
        if not self.is_mounted:
            return
        letters = self.letters_act()
        self.set_class(letters, "-chair-keys")
        self.query_one(KeyBar).chair_mode = letters
        self.restore_focus()
        self.notes_controller.chair_mode = letters
        self.notes_controller.show_border()

    def restore_focus(self) -> None:
        """Back where it belongs after a dialog, the big clock, help or the palette: the
        notes (or the entries under them, if that is where it was), none in the chair's
        mode so that every key comes to the screen."""
        if self.letters_act():
            self.set_focus(None)
        elif self.focused is None or not self.focused.is_attached:
            self.set_focus(self.editor)

    def on_screen_resume(self) -> None:
        self.restore_focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A click into the notes (or Tab to them) is a choice to write."""
        widget: Widget = event.widget
        if isinstance(widget, NotesEditor) and self.chair_keys:
            self.chair_keys = False
