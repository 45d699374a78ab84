"""referat.md escapes only a `<` that could start HTML, and never inside code."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from facilitator.export.raw_html import html_as_text

VIEWER = MarkdownIt("commonmark", {"html": True})


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("<script>x</script>", "\\<script>x\\</script>"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)>"),
        ("<!-- skjult -->", "\\<!-- skjult -->"),
        ("<?php ?>", "\\<?php ?>"),
        ("<https://x.dk>", "\\<https://x.dk>"),
        ("a < b, <3 og <= 5", "a < b, <3 og <= 5"),  # plain text stays plain
        ("<æble>", "<æble>"),  # no tag: a tag name is ASCII
        ("allerede \\<b> escaped", "allerede \\<b> escaped"),
        ("to \\\\<b>", "to \\\\\\<b>"),  # an escaped backslash, then a tag
        ("`<b>` i kode", "`<b>` i kode"),
        ("``a ` <b>`` og <b>", "``a ` <b>`` og \\<b>"),
        ("` ikke lukket <b>", "` ikke lukket \\<b>"),
    ],
)
def test_a_tag_like_start_is_escaped(typed: str, written: str) -> None:
    assert html_as_text(typed) == written


def test_fenced_code_is_left_as_it_is_and_html_after_it_is_not() -> None:
    typed = "```html\n<b>kode</b>\n```\n<b>efter</b>\n~~~\n<i>\n~~~~\n<i>"
    kept = "```html\n<b>kode</b>\n```\n\\<b>efter\\</b>\n~~~\n<i>\n~~~~\n\\<i>"
    assert html_as_text(typed) == kept


def test_a_backtick_line_with_a_backtick_in_its_info_is_no_fence() -> None:
    typed = "```a`b\n<b>x</b>"
    assert html_as_text(typed) == "```a`b\n\\<b>x\\</b>"


@pytest.mark.parametrize(
    "typed",
    [
        "<div>\nblok\n</div>",
        "tekst <span onclick=x>her</span>",
        "- <b>i en liste</b>\n\n  <img src=x>",
        "| <b>celle</b> |\n|---|\n| <i>x</i> |",
        "> <script>citat</script>",
    ],
)
def test_a_viewer_that_passes_html_through_gets_none(typed: str) -> None:
    rendered = VIEWER.render(html_as_text(typed))
    assert "<b>" not in rendered and "<i>" not in rendered
    for tag in ("<div", "<span", "<img", "<script"):
        assert tag not in rendered
