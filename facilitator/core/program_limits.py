"""The limits of a program file (README, "Programfiler"): far beyond any real program,
short of what breaks a screen, a clock or a printed page. `facilitator check` names the
file, line and key of anything over them."""

from __future__ import annotations

DAY_MINUTES = 24 * 60
"""A block, and the whole program, lasts at most 24 hours."""
MOST_SPEECH_SECONDS = 60 * 60
"""A speech of more than an hour is no limit."""
MOST_GROUP_SIZE = 100
MOST_BLOCKS = 100
MOST_LIST_ITEMS = 50
"""materials, roles, preparation, prompts, tips, checklist."""
SHORT_TEXT = 300
"""Titles, ids, lead, place, source, tips_heading."""
ITEM_TEXT = 1_000
"""Each item of a list."""
LONG_TEXT = 10_000
"""description and guide."""
LONG_KEYS = ("description", "guide")
NUMBERS = {
    "minutes": (DAY_MINUTES, "program.minutes_too_many"),
    "total_minutes": (DAY_MINUTES, "program.minutes_too_many"),
    "speech_seconds": (MOST_SPEECH_SECONDS, "program.seconds_too_many"),
    "group_size": (MOST_GROUP_SIZE, "program.too_big"),
}
"""The whole numbers of a program: key → (at most, the catalogue key that says so)."""
