"""Names in a sentence, the Danish way: »Anne«, »Anne og Bo«, »Anne, Bo og Carla«.

One helper for every list a user reads: the /godkend notice said »…Carla Nielsen, Finn Rød«
while `show` said »… og Finn Rød« (a tester)."""

from __future__ import annotations

from collections.abc import Iterable

from facilitator.i18n import tr


def names_joined(names: Iterable[str]) -> str:
    """The names with commas and »og« (English: »and«) before the last."""
    listed = list(names)
    if len(listed) < 2:
        return "".join(listed)
    return ", ".join(listed[:-1]) + tr("export.and") + listed[-1]
