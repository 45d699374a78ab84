"""A limit per speech: which one applies, how it is typed, and when it turns yellow/red."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.core.events import Event
from facilitator.core.program import Program
from facilitator.core.speech_limit import (
    SpeechLevel,
    parse_speech_limit,
    set_speech_limit,
    speech_level,
    speech_limit_seconds,
)
from facilitator.core.turns import TurnsState
from tests.conftest import MEETING_START


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("2", 120),
        ("2 min", 120),
        ("2 minutter", 120),
        ("1,5", 90),
        ("1:30", 90),
        ("1.30", 90),
        ("45 s", 45),
        ("45 sek", 45),
        ("fra", 0),
        ("Ingen", 0),
        ("1:75", None),
        ("to", None),
        ("", None),
    ],
)
def test_typed_limits(typed: str, seconds: int | None) -> None:
    assert parse_speech_limit(typed) == seconds


def test_live_beats_block_beats_program(netvaerk: Program) -> None:
    first, second = netvaerk.blocks[0], netvaerk.blocks[1]
    program = replace(
        netvaerk,
        speech_seconds=180,
        blocks=(replace(first, speech_seconds=60), *netvaerk.blocks[1:]),
    )
    turns = TurnsState()
    assert speech_limit_seconds(program, turns, first.id) == 60
    assert speech_limit_seconds(program, turns, second.id) == 180
    assert speech_limit_seconds(program, turns, None) is None
    for seq, (block, seconds) in enumerate([(second.id, 90), (first.id, 0)], start=1):
        draft = set_speech_limit(block, seconds)
        assert turns.apply(Event(seq, MEETING_START, draft.type, dict(draft.data)), first.id)
    assert speech_limit_seconds(program, turns, second.id) == 90
    assert speech_limit_seconds(program, turns, first.id) is None  # switched off live
    assert speech_limit_seconds(netvaerk, TurnsState(), first.id) is None


def test_levels_at_80_percent_and_over() -> None:
    assert speech_level(95, 120) is SpeechLevel.CALM
    assert speech_level(96, 120) is SpeechLevel.WARNING
    assert speech_level(120, 120) is SpeechLevel.WARNING
    assert speech_level(121, 120) is SpeechLevel.OVERRUN
    assert speech_level(5000, None) is SpeechLevel.CALM
