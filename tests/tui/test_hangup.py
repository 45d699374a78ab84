"""A closed terminal: SIGHUP where there is one, and on Windows no handler at all."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading

import pytest

from facilitator.tui.hangup import watch_for_hangup


async def test_a_hangup_calls_the_handler() -> None:
    called = asyncio.Event()
    assert watch_for_hangup(called.set)
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        await asyncio.wait_for(called.wait(), timeout=5)
    finally:
        asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)


class ProactorLoop:
    """Windows' event loop, as far as signals go."""

    def __init__(self) -> None:
        self.asked = 0

    def add_signal_handler(self, *_args: object) -> None:
        self.asked += 1
        raise NotImplementedError


def test_windows_has_no_hangup_to_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = ProactorLoop()
    monkeypatch.setattr(asyncio, "get_running_loop", lambda: loop)
    monkeypatch.delattr(signal, "SIGHUP")  # Windows' signal module has none
    monkeypatch.setattr(sys, "platform", "win32")
    assert not watch_for_hangup(lambda: None)
    assert loop.asked == 0


def test_off_the_main_thread_there_is_nothing_to_watch() -> None:
    results: list[bool] = []

    def in_a_thread() -> None:
        async def watch() -> None:
            results.append(watch_for_hangup(lambda: None))

        asyncio.run(watch())

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join(timeout=10)
    assert results == [False]
