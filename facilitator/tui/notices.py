"""Calm notices: at most three toasts at once, in a strip across the bottom of the screen.

A burst of notices (ten typed lines that each became an entry, a paste) had filled the
whole 80x24 screen, covered the countdown and the notes, and left broken borders behind.
The newest three stay, and fewer when they would take more than a quarter of the screen's
rows. The strip is as wide as the screen, above the key bar, and the screen makes room
for it (app.tcss docks the rack in the screen's own layer): nothing is drawn over the
countdown, the notes, the talerliste or the status line, and at 80 columns a notice of up
to 77 characters is one line.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.css.query import NoMatches
from textual.notifications import Notification
from textual.widgets._toast import Toast

MAX_SHOWN = 3
RACK_ID = "textual-toastrack"
RACK_SHARE = 0.25
"""The rack's rows at most (app.tcss says the same as `max-height: 25%`)."""
TOAST_FRAME = 3
"""A toast's left border and its padding either side (app.tcss)."""


def keep_newest(app: App[Any]) -> None:
    """Drop all but the newest notices that fit, then show what is left. Run after each
    notice was added (`call_later` in the app's notify), so a burst is trimmed too."""
    width, height = app.size
    notices = list(app._notifications)
    budget = max(MAX_SHOWN, int(height * RACK_SHARE))  # three one-liners before the first frame
    kept = newest_that_fit([rows_of(notice, width) for notice in notices], budget)
    for old in notices[: len(notices) - kept]:
        app._unnotify(old, refresh=False)
    # One whose time ran out before this ran would get a toast with a negative timer, and
    # Textual's timer spins on a negative delay (a hang seen once in the full suite).
    for late in notices[len(notices) - kept :]:
        if late.time_left <= 0:
            app._unnotify(late, refresh=False)
    drop_stale_holders(app)
    app._refresh_notifications()


def newest_that_fit(rows: list[int], budget: int) -> int:
    """How many of the newest notices (`rows`, oldest first) to show: at most MAX_SHOWN,
    together in at most `budget` rows; the newest always, however tall it is."""
    kept = 0
    used = 0
    for needed in reversed(rows[-MAX_SHOWN:]):
        if kept and used + needed > budget:
            break
        kept += 1
        used += needed
    return kept


def rows_of(notice: Notification, screen_width: int) -> int:
    """The rows a notice's toast takes across the whole screen: its title and its text
    as they wrap."""
    text_width = max(1, screen_width - TOAST_FRAME)
    rows = len(Content(notice.message).wrap(text_width))
    return rows + (1 if notice.title else 0)


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
