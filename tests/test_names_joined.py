"""One way to list names in a sentence (facilitator/i18n/lists.py), in both languages."""

from __future__ import annotations

from facilitator.i18n import set_language
from facilitator.i18n.lists import names_joined


def test_names_are_joined_with_commas_and_og_before_the_last() -> None:
    assert names_joined([]) == ""
    assert names_joined(["Anne"]) == "Anne"
    assert names_joined(["Anne", "Bo"]) == "Anne og Bo"
    assert names_joined(iter(["Anne", "Bo", "Carla Nielsen", "Finn Rød"])) == (
        "Anne, Bo, Carla Nielsen og Finn Rød"
    )


def test_in_english_and() -> None:
    set_language("en")
    try:
        assert names_joined(["Anne", "Bo", "Carla"]) == "Anne, Bo and Carla"
    finally:
        set_language("da")
