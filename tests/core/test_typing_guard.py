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


def test_the_form_keys_wait_a_pause_after_the_list_opened() -> None:
    guard = TypingGuard.opened(NOW)
    assert guard.holds_forms(NOW + PAUSE - timedelta(milliseconds=1))
    assert not guard.holds(NOW)  # Space, +/− and Delete act at once
    assert not guard.holds_forms(NOW + PAUSE)


def test_the_form_keys_wait_a_pause_after_a_key_of_the_list_acted() -> None:
    guard = TypingGuard().acted(NOW)
    assert guard.holds_forms(NOW + timedelta(milliseconds=300)) and not guard.holds(NOW)
    assert not guard.acted(NOW).lifted().holds_forms(NOW)  # an arrow: N and Enter act


def test_a_refused_letter_holds_the_form_keys_too() -> None:
    guard = TypingGuard.opened(NOW - 2 * PAUSE).typed(NOW)
    assert guard.holds_forms(NOW) and guard.holds(NOW)
    assert not guard.holds_forms(NOW + PAUSE)


def test_a_clock_set_back_lifts_the_form_keys_guard() -> None:
    assert not TypingGuard.opened(NOW).holds_forms(NOW - timedelta(minutes=5))
