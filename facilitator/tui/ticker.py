"""One wake-up a second, on the second the countdown turns.

A screen that repainted on a fixed half-second interval woke twice a second to show one
change, and showed it up to half a second late. The ticker asks the core when the shown
second turns next (`seconds_until_next_change`) and wakes just after it, so the countdown
is on time and the app idles in between. The clock is the session's (injected); the timers
only decide when to look at it.

Once in step with the turns, it keeps one interval timer, as Textual's own clocks do. A
timer set anew each second (`set_timer`) cost a new Timer, its task, a callback Textual
had not seen (its signature read with `inspect` each time) and a round of the screen's
message loop: a third of what the run screen did in an idle second (profiled). The step is
checked on each tick; a pause, a resume or a drifting clock puts the turns elsewhere, and
the ticker then waits for the next turn and starts a new interval from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

SHORTEST = 0.05
"""A turn closer than this is taken with the next one: no wake-up for a few milliseconds."""
AFTER = 0.01
"""Woken this long after the turn, so the clock has passed it when it is read."""
IN_STEP = 0.05
"""A tick up to this long after its wake-up time is still in step with the turns (a busy
moment, a slow tick); later, or before the turn, the interval starts again from a turn."""


class Stoppable(Protocol):
    def stop(self) -> None: ...


class TimerOwner(Protocol):
    """What the ticker needs of its owner: a widget or a screen (Textual's MessagePump),
    or a fake one in the ticker's tests."""

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Stoppable: ...

    def set_interval(self, interval: float, callback: Callable[[], object]) -> Stoppable: ...


class SecondTicker:
    """Calls `tick` about once a second, each time just after the turn `until_next()` says,
    for as long as `owner` lives (its timers end with it)."""

    def __init__(
        self, owner: TimerOwner, tick: Callable[[], None], until_next: Callable[[], float]
    ) -> None:
        self.owner = owner
        self.tick = tick
        self.until_next = until_next
        self.interval: Stoppable | None = None
        self.waiting: Stoppable | None = None
        """The one wake-up set for the next turn, while not stepping by the interval."""
        self.steps = 0
        """How often the ticker was stepped anew (`restep`): a tick that restepped it
        leaves the timers to the new step."""
        self.wait_for_turn()

    def restep(self) -> None:
        """The turns may have moved: a pause, a resume, a correction of the clock, here or
        at another seat. Wait for the next turn from now (found at the next tick instead, the
        first second after a resume lasted up to two, measured in tmux)."""
        self.steps += 1
        for timer in (self.interval, self.waiting):
            if timer is not None:
                timer.stop()
        self.interval = self.waiting = None
        self.wait_for_turn()

    def wait_for_turn(self) -> None:
        delay = self.until_next()
        if delay < SHORTEST:
            delay += 1.0
        self.waiting = self.owner.set_timer(min(delay, 1.0) + AFTER, self.at_turn)

    def at_turn(self) -> None:
        self.waiting = None
        steps = self.steps
        in_step = self.in_step()
        self.tick()
        if self.steps != steps:
            return
        if in_step:
            self.interval = self.owner.set_interval(1.0, self.each_second)
        else:
            self.wait_for_turn()

    def each_second(self) -> None:
        left = self.until_next()
        if left >= 1.0 - AFTER - IN_STEP or self.interval is None:
            self.tick()
            return
        self.interval.stop()
        self.interval = None
        if left < SHORTEST:
            # Woken just before the turn (the wall clock ran ahead of the timer's): the
            # second shown would be the old one. Tick on the turn instead.
            self.waiting = self.owner.set_timer(left + AFTER, self.at_turn)
            return
        steps = self.steps
        self.tick()  # the turns moved: show now, then step anew
        if self.steps == steps:
            self.wait_for_turn()

    def in_step(self) -> bool:
        """Just after a turn the next is about a second away. A clock standing still turns
        nothing (`until_next` is then 1.0): any step will do."""
        return self.until_next() >= 1.0 - AFTER - IN_STEP


def every_second(
    owner: TimerOwner, tick: Callable[[], None], until_next: Callable[[], float]
) -> SecondTicker:
    """Start a `SecondTicker` for `owner` (call it in `on_mount`)."""
    return SecondTicker(owner, tick, until_next)
