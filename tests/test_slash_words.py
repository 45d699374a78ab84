"""The `/…` words: one table, and the README's table says the same."""

from __future__ import annotations

import re

from facilitator.core.seats import Seat
from facilitator.core.slash_words import SLASH_WORDS, slash_word, split_line, words_for
from tests.conftest import REPO


def readme_words() -> set[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("| Linje | Bliver til |", 1)[1].split("\n\n", 1)[0]
    return {word.casefold() for word in re.findall(r"`/([^\s`]+)", table)}


def test_the_readme_lists_every_word_and_no_other() -> None:
    assert readme_words() == {word.word for word in SLASH_WORDS}


def test_every_spelling_is_one_words_and_the_seats_are_as_the_rules_say() -> None:
    spellings = [spelling for word in SLASH_WORDS for spelling in word.spellings]
    assert len(spellings) == len(set(spellings))
    chair, referent = words_for(Seat.CHAIR), words_for(Seat.REFERENT)
    assert set(referent) < set(chair) and not words_for(Seat.DISPLAY)
    assert {word.word for word in chair if word not in referent} == {
        "nytpunkt", "gemprogram", "deltager", "deltagere", "kolleger", "taletid", "talerliste",
        "timeout",
        "skærm", "forslag", "prikker", "afstemning", "samtykke",
    }  # fmt: skip


def test_lines_are_split_into_their_word_and_the_rest() -> None:
    assert split_line("  /Handling @Anne Ring  ") == ("handling", "@Anne Ring")
    assert split_line("/næste møde") == ("næste møde", "")
    assert split_line("/næste mødested") == ("næste", "mødested")
    assert split_line("ikke en kommando") is None and split_line("/") is None
    found = slash_word("PARKÉR")
    assert found is not None and found.word == "parker"
