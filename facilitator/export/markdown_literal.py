"""Typed text written into a Markdown export shows exactly as typed, in any viewer.

A decision, an agreement, a parked point, an action and its person, a name, a block's or
the program's title (from a file) are text, not Markdown: `**fedP**`, `[lnk](http://…)`,
`![img](http://…)` or a leading `# ` would otherwise turn bold, a link, an image fetched
from the internet, a heading. Only the referent's own notes are Markdown (README).

`markdown_literal` puts CommonMark's backslash escape before just what a renderer would
act on, so the file still reads as plain text: `kl. 19.40`, `Anne & Bo`, `a-b`, `snake_case`
and `#tag` stay as typed. Raw HTML (`<script>`) is the whole file's business
(raw_html.py `html_as_text`, applied after this); a table cell's `|` is the table's.
"""

from __future__ import annotations

import re

# Acted on wherever they stand: emphasis, strikethrough (GFM), code spans, links, images.
_ALWAYS = frozenset("*`~[]")
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# `&copy;`, `&#169;`, `&#xA9;`: an entity a renderer would turn into its character.
_ENTITY = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)")
# What opens a block at a line's start: a heading, a quote, a list item, a break, an
# underline that makes the line above a heading (`1.` is escaped at its `.`, see below).
_BLOCK_START = re.compile(
    r"^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|[-=][-= \t]*$|\d{1,9}(?=[.)](?:[ \t]|$)))"
)
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])(#+)[ \t]*$")  # `## Titel #`: a heading's end


def _escape_char(line: str, index: int) -> bool:
    char = line[index]
    if char in _ALWAYS:
        return True
    if char == "\\":  # before punctuation or a line's end an escape or a break: not before a
        following = line[index + 1 : index + 2]  # letter (a blank may end the line when read)
        return not following or following in _PUNCTUATION or following.isspace()
    if char == "_":  # between letters or digits `_` opens and closes no emphasis
        before, after = line[index - 1 : index], line[index + 1 : index + 2]
        return not (before.isalnum() and after.isalnum())
    return char == "&" and _ENTITY.match(line, index) is not None


def _literal_line(line: str) -> str:
    line = line.lstrip(" \t")  # four spaces would start code; leading blanks show as none
    escaped = ["\\" + char if _escape_char(line, i) else char for i, char in enumerate(line)]
    start = _BLOCK_START.match(line)
    if start:
        at = start.end() if line[0].isdigit() else 0  # `1\.`: the number stays readable
        escaped[at] = "\\" + line[at]
    closing = _CLOSING_HASHES.search(line)
    if closing and closing.start(1) > 0:
        escaped[closing.start(1)] = "\\#"
    return "".join(escaped)


def markdown_literal(text: str) -> str:
    """`text` escaped so that CommonMark (and GitHub's tables and strikethrough) shows it
    as typed, line by line (see the module)."""
    return "\n".join(_literal_line(line) for line in text.split("\n"))
