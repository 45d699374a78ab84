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

`KeyModeController` decides what becomes of such a key; the screen keeps the two modes (its
`chair_keys` and `big_clock`) and draws them: focus, classes, the key bar, the border.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from textual import events
from textual.keys import _character_to_key

from facilitator.core.text import pasted_text
from facilitator.i18n import tr
from facilitator.tui.bindings import TO_NOTES_KEYS, KeySpec
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.widgets.notes_pane import key_after_escape

NOTICE_EVERY = timedelta(seconds=3)
"""A burst of refused keys gives one notice, not one per key."""


def key_actions(specs: tuple[KeySpec, ...]) -> dict[str, str]:
    """The chair's mode of a seat: key name (as Textual names a typed character) → action."""
    return {_character_to_key(spec.letter): spec.action for spec in specs if spec.letter}


class KeyModeContext(RunContext, Protocol):
    """What the key modes need of the screen beyond every controller's context."""

    def letters_act(self) -> bool:
        """Plain keys act on the meeting (the chair's keys, or the big clock)."""

    def chair_mode(self) -> None:
        """Into the chair's keys."""

    def notes_mode(self) -> None:
        """Back to the notes (the big clock goes too)."""

    def close_big_clock(self) -> bool:
        """Close the big clock if it is shown, keeping the mode it was opened from. True
        if it was shown."""

    def notes_writable(self) -> bool:
        """The notes take typing here (no other seat writes them, not read-only)."""

    def type_in_notes(self, text: str) -> None:
        """Type into the notes, focused, as if typed there."""

    def notes_writer(self) -> str:
        """Who writes the notes when it is not this seat, or ""."""

    async def run_action(self, action: str) -> None:
        """Carry out a binding's action, as its key would."""


class KeyModeController:
    """What becomes of a key that no widget took, in either mode."""

    def __init__(self, context: KeyModeContext, keys: tuple[KeySpec, ...]) -> None:
        self.context = context
        self.actions = key_actions(keys)
        self.last_notice_at: tuple[str, datetime] | None = None

    async def unbound_key(self, event: events.Key) -> None:
        """A key that no widget on the screen took (or that came to the screen itself)."""
        if self.context.letters_act():
            await self.chair_key(event)
        elif event.key == "escape":
            event.stop()
            self.context.chair_mode()
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
        action = self.actions.get(key)
        if action is not None:
            await self.context.run_action(action)
        elif key in TO_NOTES_KEYS:
            # Out of the big clock first, back to the mode it was opened from: a chair who
            # pressed Esc, u, Esc was left writing, and the next letter went into the notes.
            if not self.context.close_big_clock():
                self.context.notes_mode()
        else:
            return False
        return True

    async def escape_and_key(self, key: str) -> None:
        """Esc and a key at once, in the notes: the chair's mode, then the key."""
        self.context.chair_mode()
        if not await self.act_on(key):
            self.say_once(tr("keys.not_a_chair_key", key=key))

    def line_refused(self) -> None:
        self.say_once(tr("notes.line_refused"))

    def notes_key(self, event: events.Key) -> None:
        """A letter meant for the notes that the notes did not get."""
        if not self.context.notes_writable():
            self.refuse_typing()
            return
        self.context.type_in_notes(event.character or "")

    def paste(self, event: events.Paste) -> None:
        """A paste the notes did not take: into the notes if they can, or said why not."""
        event.stop()
        if not self.context.notes_writable():
            self.refuse_typing()
            return
        self.context.notes_mode()
        self.context.type_in_notes(pasted_text(event.text))

    def refuse_typing(self) -> None:
        writer = self.context.notes_writer()
        if writer:
            self.say_once(tr("keys.referent_writes", who=writer))
        else:
            self.say_once(tr("keys.notes_read_only"))

    def say_once(self, message: str) -> None:
        """A notice, unless the same kind was just shown (a burst gives one, not fifty)."""
        now = self.context.session.clock.now()
        last = self.last_notice_at
        if last is not None and last[0] == message and now - last[1] < NOTICE_EVERY:
            return
        self.last_notice_at = (message, now)
        self.context.notify(message, severity="warning", timeout=4)
