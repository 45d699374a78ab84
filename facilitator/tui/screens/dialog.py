"""Every dialog's base: closed once, whatever reaches it after that."""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

from facilitator.tui.screens.in_order import KeysInOrder

Result = TypeVar("Result")


class Dialog(KeysInOrder, ModalScreen[Result]):
    """A modal screen whose second dismissal does nothing.

    Two Enters in one burst closed a dialog and then asked the closed one to close again:
    Textual raised ScreenStackError (5 of 6 tries in tmux). Keys now wait for the dialog to
    be gone (tui/key_order.py), so the second Enter goes to the screen below; this makes a
    late dismissal harmless as well, from any path (a binding and a submitted field in the
    same key press, say).
    """

    closed = False

    def dismiss(self, result: Result | None = None) -> AwaitComplete:
        if self.closed or not self.is_current:
            return AwaitComplete(_nothing())
        self.closed = True
        return super().dismiss(result)


async def _nothing() -> None:
    return None
