"""One wake-up a second, on the second the countdown turns.

A screen that repainted on a fixed half-second interval woke twice a second to show one
change, and showed it up to half a second late. The ticker asks the core when the shown
second turns next (`seconds_until_next_change`) and sleeps until just after it, so the
countdown is on time and the app idles in between. The clock is the session's (injected);
the timer only decides when to look at it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message_pump import MessagePump

SHORTEST = 0.05
"""A turn closer than this is taken with the next one: no wake-up for a few milliseconds."""
AFTER = 0.01
"""Woken this long after the turn, so the clock has passed it when it is read."""


def every_second(
    owner: MessagePump, tick: Callable[[], None], until_next: Callable[[], float]
) -> None:
    """Call `tick` about once a second, each time just after `until_next()` seconds, for as
    long as `owner` lives (its timers end with it)."""

    def fire() -> None:
        tick()
        schedule()

    def schedule() -> None:
        delay = until_next()
        if delay < SHORTEST:
            delay += 1.0
        owner.set_timer(min(delay, 1.0) + AFTER, fire)

    schedule()
