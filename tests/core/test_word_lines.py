"""A paste's `/…` lines of known words are named (core/slash_words.word_lines): a paste is
text, and the chair is told which lines were not carried out."""

from __future__ import annotations

from facilitator.core.slash_words import word_lines


def test_the_lines_of_known_words_are_found_in_any_spelling() -> None:
    text = "før\n  /beslutning Vi mødes\n/handling @Bo Ring\n/naeste møde\nefter"
    assert word_lines(text) == ["/beslutning Vi mødes", "/handling @Bo Ring", "/naeste møde"]


def test_paths_slashes_and_unknown_words_are_only_text() -> None:
    text = "/home/anne/referat.md\n/\n/ikkeetord noget\nen/to\n½ / ¼"
    assert word_lines(text) == []
