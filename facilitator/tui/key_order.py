"""Keys in the order they were typed: the app takes the next key only when the last one,
and everything it set off, has been handled.

Textual's app hands a typed character to the focused widget by posting it into that
widget's own queue and goes straight on to the next key. A priority binding (the chair's
F6) is then run by the app at once, while the characters typed before it still wait in the
editor's queue: F6 moved the meeting on and the words typed before it landed in the next
item (seen in tmux: 49 of 102 words lost or misfiled in three bursts). The same gap let a
second Enter reach a dialog that had already closed, and let typing that followed F9 reach
the notes before the dialog had its field focused.

So before the app looks at a key (or a paste), `settle` waits until every widget of the
current screen has handled what is in its queue, and runs the callbacks waiting to run on
the app itself (a closed dialog's answer is one: Textual queues it to run "after the
current message", which would be after the next key). Repeated until nothing is left, as
each step may start another (a key posts a change that bubbles up to the screen; a dialog
closes and the screen below resumes). At typing speed there is nothing to wait for and it
costs one walk over the screen's widgets.

One case needs no wait, and is most of what is typed: a letter into the same text field as
the letter before it. Letters in one field keep their order in its queue, and a letter
cannot move focus or open anything. Waiting there tripled the time a burst took to type
(6,000 characters in one tmux write: 5.7 s without the wait, 17.8 s with it every key).

Textual has no public call for this; `_next_callbacks`/`_flush_next_callbacks` are the
message pump's own (Textual is pinned to one minor version, and the real-terminal tests in
tests/terminal would catch a change).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual import events
from textual.app import App
from textual.css.query import NoMatches
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input, TextArea

ROUND_SECONDS = 0.2
"""How long one round waits for the busy widgets before looking again: a widget removed
meanwhile (a closed dialog's field) never answers, and must not hold the keyboard."""
LIMIT_SECONDS = 5.0
"""After this the key is taken anyway: a keyboard that waited forever would be worse."""


def busy_widgets(app: App[Any]) -> list[MessagePump]:
    """The current screen and its widgets that still have messages to handle."""
    try:
        screen = app.screen
    except (NoMatches, IndexError, LookupError):
        return []
    return [node for node in screen.walk_children(with_self=True) if node.message_queue_size]


class KeyOrder:
    """Decides, key by key, whether the app must settle before looking at it."""

    def __init__(self) -> None:
        self.typing_into: Widget | None = None
        """The text field the last key was a letter for, if it was one."""

    async def before(self, app: App[Any], event: events.Key | events.Paste) -> None:
        # A plain character: no modifier (Alt+n is Esc and n, a chair key).
        letter = isinstance(event, events.Key) and event.is_printable and "+" not in event.key
        if not (letter and self.typing_into is not None and app.focused is self.typing_into):
            await settle(app)
        focused = app.focused
        writable = isinstance(focused, TextArea | Input) and not getattr(focused, "read_only", 0)
        self.typing_into = focused if letter and writable else None


async def settle(app: App[Any]) -> None:
    """Return once the current screen is quiet and the app has nothing queued to run next."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + LIMIT_SECONDS
    while loop.time() < deadline:
        if app._next_callbacks:
            await app._flush_next_callbacks()
            continue
        busy = busy_widgets(app)
        if not busy:
            return
        await wait_for(busy, min(ROUND_SECONDS, deadline - loop.time()))


async def wait_for(nodes: list[MessagePump], seconds: float) -> None:
    """Until each node has handled what it had queued (or `seconds` have passed)."""
    pending = 0
    done = asyncio.Event()

    def handled() -> None:
        nonlocal pending
        pending -= 1
        if pending <= 0:
            done.set()

    for node in nodes:
        if node.call_later(handled):
            pending += 1
    if pending:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), seconds)
