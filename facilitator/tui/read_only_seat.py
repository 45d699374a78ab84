"""The keys of a seat that only reads: a second `resume` of a meeting run from elsewhere.

That seat showed the chair's key bar (F5 Start/pause, F6 Næste, F9 …); F6 did nothing
without a word, and F9 opened »Hvem vil have ordet?« and then dropped the name (a tester).
Now it shows and helps with only the keys that work there (they only show something), and
every other chair key, as an F-key or a plain key, is bound to one action that says why it
does nothing.
"""

from __future__ import annotations

from dataclasses import replace

from facilitator.core.seats import Seat
from facilitator.tui.bindings import CHAIR_KEYS, REFERENT_KEYS, KeySpec

# Keys that only show: help, the big clock, talk time.
SHOWING = frozenset({"help", "bigclock", "fairness"})
HELD_ACTION = "read_only_key"


def seat_keys(seat: Seat, read_only: bool) -> tuple[tuple[KeySpec, ...], tuple[KeySpec, ...]]:
    """(the keys the key bar and F1 help show, every key bound on the screen)."""
    if seat is Seat.REFERENT:
        return REFERENT_KEYS, REFERENT_KEYS
    if not read_only:
        return CHAIR_KEYS, CHAIR_KEYS
    shown = tuple(
        replace(spec, show=True, letter_shown=True) if spec.id == "bigclock" else spec
        for spec in CHAIR_KEYS
        if spec.id in SHOWING
    )
    held = tuple(
        replace(spec, action=HELD_ACTION, show=False, letter_shown=False)
        for spec in CHAIR_KEYS
        if spec.id not in SHOWING
    )
    return shown, shown + held
