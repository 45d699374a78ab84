from __future__ import annotations

from datetime import UTC, datetime, timedelta

from facilitator.core.typing_guard import PAUSE, TypingGuard

NOW = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)


def test_nothing_refused_holds_nothing() -> None:
    assert not TypingGuard().holds(NOW)


def test_a_refused_letter_holds_the_keys_until_the_pause_has_passed() -> None:
    guard = TypingGuard().typed(NOW)
    assert guard.holds(NOW)
    assert guard.holds(NOW + PAUSE - timedelta(milliseconds=1))
    assert not guard.holds(NOW + PAUSE)


def test_each_key_typed_starts_the_pause_again() -> None:
    guard = TypingGuard().typed(NOW).typed(NOW + timedelta(milliseconds=900))
    assert guard.holds(NOW + timedelta(milliseconds=1500))


def test_a_deliberate_key_lifts_the_guard_at_once() -> None:
    assert not TypingGuard().typed(NOW).lifted().holds(NOW)


def test_a_clock_set_back_lifts_the_guard() -> None:
    assert not TypingGuard().typed(NOW).holds(NOW - timedelta(minutes=5))
