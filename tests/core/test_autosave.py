from __future__ import annotations

from facilitator.core.autosave import AutosavePolicy
from facilitator.core.clock import FakeClock


def test_saves_one_second_after_typing_stops(clock: FakeClock) -> None:
    policy = AutosavePolicy()
    assert not policy.due(clock.now())
    policy.changed(clock.now())
    clock.advance(0.9)
    assert not policy.due(clock.now())
    clock.advance(0.2)
    assert policy.due(clock.now())
    policy.saved()
    assert not policy.dirty and not policy.due(clock.now())


def test_saves_at_least_every_five_seconds_while_typing(clock: FakeClock) -> None:
    policy = AutosavePolicy()
    for _ in range(20):  # a keystroke every 0.3 s: never quiet for a second
        policy.changed(clock.now())
        clock.advance(0.3)
        if policy.due(clock.now()):
            break
    assert policy.due(clock.now())
    assert (clock.now() - policy.dirty_since).total_seconds() <= 5.1  # type: ignore[operator]


def test_failed_save_is_retried_every_two_seconds(clock: FakeClock) -> None:
    policy = AutosavePolicy()
    policy.changed(clock.now())
    clock.advance(1.5)
    policy.failed(clock.now())
    clock.advance(1.0)
    assert not policy.due(clock.now())
    clock.advance(1.0)
    assert policy.due(clock.now())
