"""How long a person's name may be. A 200-character name filled the talerliste panel, the
roster and the referat's attendance line; no one is called that, and a pasted paragraph in
the name field is a slip. Every way a name comes in (F9, /deltager, the roster's form, a
new name for someone, /fremmøde /afbud /fraværende, /ordstyrer /referent, /handling @navn,
a new owner for an action in the review) asks `name_refusal` first."""

from __future__ import annotations

from facilitator.core.events import Refusal

MAX_NAME_LENGTH = 60


def name_refusal(name: str) -> Refusal | None:
    """A Refusal when `name` is longer than MAX_NAME_LENGTH characters, else None."""
    length = len(name.strip())
    if length > MAX_NAME_LENGTH:
        return Refusal("names.too_long", {"length": length, "limit": MAX_NAME_LENGTH})
    return None
