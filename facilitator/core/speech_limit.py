"""A limit per speech: from the program, the item, or set live; warned at 80 %.

A limit set live for an item beats the item's own, which beats the program's; a live
limit of 0 switches the limit off for that item.
"""

from __future__ import annotations

import re
from enum import StrEnum

from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.turns import TurnEvent, TurnsState

SPEECH_WARNING_FRACTION = 0.80
OFF_WORDS = ("fra", "ingen", "off", "0")
_MINUTES_SECONDS = re.compile(r"^(\d{1,3})[:.](\d{2})$")
_MINUTES = re.compile(r"^(\d{1,3})(?:,(\d+))?\s*(?:min(?:ut(?:ter)?)?)?$")
_SECONDS = re.compile(r"^(\d{1,4})\s*s(?:ek(?:under)?)?$")


class SpeechLevel(StrEnum):
    CALM = "calm"
    WARNING = "warning"
    OVERRUN = "overrun"


def speech_limit_seconds(program: Program, turns: TurnsState, block_id: str | None) -> int | None:
    if block_id is None:
        return None
    if block_id in turns.speech_limits:
        return turns.speech_limits[block_id] or None
    return program.block(block_id).speech_seconds or program.speech_seconds


def speech_level(spoken_seconds: float, limit_seconds: int | None) -> SpeechLevel:
    if not limit_seconds:
        return SpeechLevel.CALM
    if spoken_seconds > limit_seconds:
        return SpeechLevel.OVERRUN
    if spoken_seconds >= limit_seconds * SPEECH_WARNING_FRACTION:
        return SpeechLevel.WARNING
    return SpeechLevel.CALM


def parse_speech_limit(text: str) -> int | None:
    """`2` or `2 min` → 120, `1,5` → 90, `1:30` → 90, `45 s` → 45, `fra` → 0.
    None when the text is not a limit."""
    cleaned = text.strip().casefold()
    if cleaned in OFF_WORDS:
        return 0
    if match := _MINUTES_SECONDS.match(cleaned):
        minutes, seconds = int(match.group(1)), int(match.group(2))
        return minutes * 60 + seconds if seconds < 60 else None
    if match := _SECONDS.match(cleaned):
        return int(match.group(1)) or None
    if match := _MINUTES.match(cleaned):
        fraction = float(f"0.{match.group(2)}") if match.group(2) else 0.0
        seconds = round((int(match.group(1)) + fraction) * 60)
        return seconds or None
    return None


def set_speech_limit(block_id: str, seconds: int) -> EventDraft:
    return EventDraft(TurnEvent.SPEECH_LIMIT_SET, {"block": block_id, "seconds": seconds})
