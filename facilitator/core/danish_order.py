"""Danish alphabetical order: æ, ø and å come last, after z, in that order (ä as æ, ö as ø,
as Danish dictionaries file them), and é, ü … sort as their base letter. Python's own
order puts å before æ (by code point), so »Åse« came before »Æbelø-Jens«."""

from __future__ import annotations

import unicodedata

# `{`, `|` and `}` follow `z` in code points: after every Latin letter once accents are off.
_LAST_LETTERS = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}


def danish_key(text: str) -> str:
    """A key for `sorted`: case-insensitive, æ < ø < å after z."""
    letters = []
    for char in text.casefold():
        last = _LAST_LETTERS.get(char)
        if last is not None:
            letters.append(last)
            continue
        base = unicodedata.normalize("NFD", char)
        letters.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(letters)
