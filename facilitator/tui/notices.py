"""Calm notices: at most three toasts at once, in the corner over the guide text.

A burst of notices (ten typed lines that each became an entry, a paste) had filled the
whole 80x24 screen, covered the countdown and the notes, and left broken borders behind.
The newest three stay; the rack is as wide as the run screen's left column (`fit_rack`),
so the countdown and the notes stay in view. Only a word longer than that column (a
session folder's name) widens it: a file name is never cut in two.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual.app import App
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets._toast import Toast

MAX_SHOWN = 3
RACK_ID = "textual-toastrack"
TOAST_FRAME = 3
"""A toast's left border and its padding either side."""
WIDEST_SHARE = 0.75


def keep_newest(app: App[Any]) -> None:
    """Drop all but the newest MAX_SHOWN notices, then show what is left. Run after each
    notice was added (`call_later` in the app's notify), so a burst is trimmed too."""
    notices = list(app._notifications)
    for old in notices[:-MAX_SHOWN]:
        app._unnotify(old, refresh=False)
    longest = max(
        (cell_len(word) for notice in notices[-MAX_SHOWN:] for word in notice.message.split()),
        default=0,
    )
    widen_for(app.screen, longest + TOAST_FRAME)
    drop_stale_holders(app)
    app._refresh_notifications()


def drop_stale_holders(app: App[Any]) -> None:
    """Take out the holders of notices that are gone. Textual's rack removes a dropped
    toast but leaves its holder behind, and the empty holders pushed the newest toast out
    of the rack's view and left broken borders under it until a resize."""
    try:
        rack = app.screen.query_one(f"#{RACK_ID}")
    except NoMatches:
        return
    live = {notice.identity for notice in app._notifications}
    for holder in list(rack.children):
        toasts = list(holder.query(Toast))
        if not toasts or all(toast._notification.identity not in live for toast in toasts):
            holder.remove()


def widen_for(screen: Screen[Any], width: int) -> None:
    try:
        rack = screen.query_one(f"#{RACK_ID}")
    except NoMatches:
        return
    rack.styles.min_width = min(width, int(screen.size.width * WIDEST_SHARE))


def fit_rack(screen: Screen[Any], width: int) -> None:
    """The screen's notices take `width` columns at the left (the run screen's left column)."""
    try:
        rack = screen.query_one(f"#{RACK_ID}")
    except NoMatches:
        return
    rack.styles.width = width
    rack.styles.max_width = None
