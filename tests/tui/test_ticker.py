"""The ticker wakes just after each turn of the shown second, with one interval timer while
the turns keep their step, and finds the step again when a pause, a resume or a drifting
clock moves them. Driven by a fake owner whose timers are fired by hand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from facilitator.tui.ticker import AFTER, SecondTicker


@dataclass
class FakeTimer:
    delay: float
    callback: Callable[[], object]
    repeats: bool
    stopped: bool = False

    def stop(self) -> None:
        self.stopped = True


@dataclass
class FakeOwner:
    timers: list[FakeTimer] = field(default_factory=list)

    def set_timer(self, delay: float, callback: Callable[[], object]) -> FakeTimer:
        self.timers.append(FakeTimer(delay, callback, repeats=False))
        return self.timers[-1]

    def set_interval(self, interval: float, callback: Callable[[], object]) -> FakeTimer:
        self.timers.append(FakeTimer(interval, callback, repeats=True))
        return self.timers[-1]

    def live(self) -> list[FakeTimer]:
        return [timer for timer in self.timers if not timer.stopped]

    def fire_newest(self) -> None:
        """Fire the newest live timer; a one-shot timer is spent by it."""
        timer = self.live()[-1]
        if not timer.repeats:
            timer.stopped = True
        timer.callback()


@dataclass
class Countdown:
    """The fraction of a second until the shown second turns, as the core would say it."""

    left: float = 0.4
    ticks: int = 0

    def tick(self) -> None:
        self.ticks += 1

    def until_next(self) -> float:
        return self.left


def started() -> tuple[FakeOwner, Countdown]:
    owner, countdown = FakeOwner(), Countdown()
    SecondTicker(owner, countdown.tick, countdown.until_next)
    return owner, countdown


def test_it_waits_for_the_turn_then_keeps_one_interval() -> None:
    owner, countdown = started()
    assert [(t.delay, t.repeats) for t in owner.live()] == [(0.4 + AFTER, False)]
    countdown.left = 1.0 - AFTER  # woken just after the turn
    owner.fire_newest()
    assert countdown.ticks == 1
    assert [(t.delay, t.repeats) for t in owner.live()] == [(1.0, True)]
    for _ in range(5):
        countdown.left = 1.0 - AFTER - 0.002
        owner.fire_newest()
    assert countdown.ticks == 6
    assert len(owner.timers) == 2  # no timer made per second


def test_a_moved_turn_stops_the_interval_and_steps_anew() -> None:
    owner, countdown = started()
    countdown.left = 1.0 - AFTER
    owner.fire_newest()
    interval = owner.live()[-1]
    countdown.left = 0.37  # resumed after a pause: the turns come elsewhere now
    owner.fire_newest()
    assert countdown.ticks == 2  # shown at once
    assert interval.stopped
    assert [(round(t.delay, 3), t.repeats) for t in owner.live()] == [(0.38, False)]
    countdown.left = 1.0 - AFTER
    owner.fire_newest()
    assert owner.live()[-1].repeats


def test_woken_just_before_the_turn_it_ticks_on_the_turn() -> None:
    owner, countdown = started()
    countdown.left = 1.0 - AFTER
    owner.fire_newest()
    countdown.left = 0.004  # the wall clock ran ahead of the timer's
    owner.fire_newest()
    assert countdown.ticks == 1  # the old second is not shown again
    assert [(round(t.delay, 3), t.repeats) for t in owner.live()] == [(0.014, False)]


def test_a_stopped_clock_keeps_any_step() -> None:
    owner, countdown = started()
    countdown.left = 1.0  # paused: nothing turns
    owner.fire_newest()
    for _ in range(3):
        owner.fire_newest()
    assert countdown.ticks == 4
    assert len(owner.timers) == 2


def test_a_clock_standing_at_a_turn_does_not_spin() -> None:
    """A fake clock that never moves, a moment before a turn: one wake-up a second, not a
    wake-up every few milliseconds."""
    owner, countdown = started()
    countdown.left = 0.01
    owner.fire_newest()
    owner.fire_newest()
    delays = [t.delay for t in owner.timers]
    assert all(delay > 1.0 for delay in delays[1:])


def test_a_resume_steps_it_anew_at_once() -> None:
    """Resumed 0.3 s before the paused second would have turned: the next tick comes on that
    turn, not at the old step's next wake-up (up to a second late, measured in tmux)."""
    owner, countdown = FakeOwner(), Countdown()
    ticker = SecondTicker(owner, countdown.tick, countdown.until_next)
    countdown.left = 1.0  # paused: any step will do
    owner.fire_newest()
    interval = owner.live()[-1]
    assert interval.repeats
    countdown.left = 0.3  # the chair resumes
    ticker.restep()
    assert interval.stopped
    assert [(round(t.delay, 3), t.repeats) for t in owner.live()] == [(0.31, False)]
    countdown.left = 1.0 - AFTER
    owner.fire_newest()
    assert countdown.ticks == 2 and owner.live()[-1].repeats


def test_a_tick_that_resteps_leaves_one_timer() -> None:
    owner, countdown = FakeOwner(), Countdown()
    ticker = SecondTicker(owner, countdown.tick, countdown.until_next)
    countdown.left = 1.0 - AFTER
    owner.fire_newest()  # in step: the interval
    countdown.left = 0.6
    ticker.tick = lambda: ticker.restep()  # a followed event inside the tick
    owner.fire_newest()
    assert [(round(t.delay, 3), t.repeats) for t in owner.live()] == [(0.61, False)]
