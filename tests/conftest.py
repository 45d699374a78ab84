"""Shared fixtures: a fake clock, Copenhagen time, a sessions folder, the shipped programs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.i18n import set_language, set_strict
from facilitator.store.program_files import load_program

REPO = Path(__file__).resolve().parents[1]
PROGRAMS = REPO / "programs"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
# Thursday 26 November 2026 at 19.00 in Copenhagen (18.00 UTC).
MEETING_START = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def danish() -> Iterator[None]:
    """Danish, and a missing catalogue key fails the test instead of showing the key."""
    set_language("da")
    set_strict(True)
    yield
    set_strict(False)
    set_language("da")


@pytest.fixture(autouse=True)
def collector_given_back() -> Iterator[None]:
    """`FacilitatorApp.run` freezes what exists for the rest of the process; a test process
    runs many apps, so their objects go back to the collector after each test."""
    yield
    gc.unfreeze()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MEETING_START)


@pytest.fixture
def sessions_dir(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def netvaerk() -> Program:
    return load_program(PROGRAMS / "netvaerk-foerste-moede.toml")


@pytest.fixture
def erfaring() -> Program:
    return load_program(PROGRAMS / "erfaringsgruppe-1.toml")
