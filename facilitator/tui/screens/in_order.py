"""Every screen of the app checks a key's bindings where the key is, in its turn.

Textual looks up the focused widget's own (non-priority) bindings only when a key has
bubbled all the way back to the app: Enter in a field (submit), Backspace in the notes
(delete), arrows in a list. By then the app has already handed on the keys typed after it:
two Enters after a name in F9 left the dialog open and put the rest of the burst into the
name field (seen in tmux), and "abc⌫d" typed fast could lose the d instead of the c. The
screen the key bubbles through checks the bindings instead, so the app's wait for a key
to be handled (tui/key_order.py) covers them too.

For the same reason the screens move focus with `set_focus`, at once, never with a
widget's `focus()`: that asks the app to do it later, behind the keys it has taken since,
which then went to the widget that was to lose focus (an Enter meant for the notes
opened an entry instead, seen in tmux).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.app import App


class KeysInOrder:
    """Mixed into a screen (before Screen in its bases). Not a Widget itself: a widget
    class there would rank Screen's default CSS above ModalScreen's (the dimmed ground
    behind every dialog was lost)."""

    if TYPE_CHECKING:
        app: App[Any]

    async def on_key(self, event: events.Key) -> None:
        # The same lookup the app makes (focused widget up to the app), here and now.
        if await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()
            return
        await self.unbound_key(event)

    async def unbound_key(self, event: events.Key) -> None:
        """A key no binding took: the screen's own say (nothing by default)."""
