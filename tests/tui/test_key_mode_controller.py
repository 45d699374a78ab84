"""What becomes of a key no widget took, without a screen: KeyModeController."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.tui.bindings import CHAIR_KEYS
from facilitator.tui.screens.run_keys import KeyModeContext, KeyModeController
from tests.conftest import COPENHAGEN
from tests.tui.fake_context import FakeContext


class FakeKeyScreen(FakeContext):
    """The two modes and the notes, as the key modes see them."""

    def __init__(self, session: LiveSession) -> None:
        super().__init__(session, COPENHAGEN)
        self.chair_keys = False
        self.big_clock = False
        self.writable = True
        self.writer = ""
        self.typed: list[str] = []
        self.actions: list[str] = []

    def letters_act(self) -> bool:
        return self.chair_keys or self.big_clock

    def chair_mode(self) -> None:
        self.chair_keys = True

    def notes_mode(self) -> None:
        self.chair_keys = self.big_clock = False

    def close_big_clock(self) -> bool:
        shown, self.big_clock = self.big_clock, False
        return shown

    def notes_writable(self) -> bool:
        return self.writable

    def type_in_notes(self, text: str) -> None:
        self.typed.append(text)

    def notes_writer(self) -> str:
        return self.writer

    async def run_action(self, action: str) -> None:
        self.actions.append(action)


def controller(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> tuple[KeyModeController, FakeKeyScreen]:
    screen = FakeKeyScreen(LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN))
    checked: KeyModeContext = screen
    return KeyModeController(checked, CHAIR_KEYS), screen


def press(keys: KeyModeController, character: str, key: str = "") -> events.Key:
    event = events.Key(key or character, character or None)
    asyncio.run(keys.unbound_key(event))
    return event


def test_escape_then_letters_act_and_enter_goes_back(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    keys, screen = controller(netvaerk, clock, sessions_dir)
    assert press(keys, "", "escape")._stop_propagation and screen.chair_keys
    press(keys, "n")
    press(keys, " ", "space")
    assert screen.actions == ["next_block", "toggle_clock"]
    press(keys, "", "enter")
    assert not screen.chair_keys and screen.typed == []


def test_a_letter_that_means_nothing_gets_one_hint_per_burst(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    keys, screen = controller(netvaerk, clock, sessions_dir)
    screen.chair_keys = True
    for _ in range(5):
        assert press(keys, "q")._stop_propagation
    assert len(screen.notices) == 1 and "q" in screen.said()[0]
    clock.advance(4)
    press(keys, "q")
    assert len(screen.notices) == 2 and screen.actions == []


def test_a_letter_for_the_notes_is_typed_or_refused_naming_the_writer(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    keys, screen = controller(netvaerk, clock, sessions_dir)
    press(keys, "a")
    assert screen.typed == ["a"] and screen.notices == []
    screen.writable, screen.writer = False, "Bo på laptop-2"
    press(keys, "b")
    assert screen.typed == ["a"]
    assert "Bo på laptop-2" in screen.said()[0]


def test_a_paste_leaves_the_chair_keys_for_the_notes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    keys, screen = controller(netvaerk, clock, sessions_dir)
    screen.chair_keys = True
    keys.paste(events.Paste("Vi mødes\x1b[201~ igen"))
    assert not screen.chair_keys and len(screen.typed) == 1
    assert "\x1b" not in screen.typed[0] and screen.typed[0].startswith("Vi mødes")


def test_esc_out_of_the_big_clock_goes_back_to_the_mode_it_came_from(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    keys, screen = controller(netvaerk, clock, sessions_dir)
    press(keys, "", "escape")
    screen.big_clock = True  # `u` in the chair's keys
    press(keys, "", "escape")
    assert not screen.big_clock and screen.chair_keys  # still the chair's keys
    press(keys, "", "escape")
    assert not screen.chair_keys  # and then the notes
    screen.big_clock = True  # F2 while writing
    press(keys, "", "escape")
    assert not screen.big_clock and not screen.chair_keys
