"""`referat.md` shows HTML a person typed as text, in any Markdown viewer.

A note, a decision or a name can hold `<script>…</script>` or `<img src=x onerror=…>`:
CommonMark passes such raw HTML through, so GitHub, a mail program or an editor's preview
would drop it or act on it. We write `\\<` (CommonMark's backslash escape) instead of `<`,
but only where `<` starts something a viewer could read as HTML: a letter (a tag or an
autolink), `/` (a closing tag), `!` (a comment, a declaration, CDATA) or `?` (a
processing instruction). `a < b`, `<3` and `<=` stay as typed, so the file still reads as
plain text. Every other piece of Markdown in the notes (lists, `*emphasis*`, links) is the
referent's own and exports as before (README: the notes are Markdown in the referat).

Not in code, where a backslash is shown as it is and HTML is text anyway: a fenced code
block, and a code span within one line. A code span over two lines, or an indented code
block, gets the backslash too: seen, but never HTML (the safe way to be wrong). A `<`
the referent escaped already (after an odd number of backslashes) is left alone: one
more backslash would escape the backslash and let the HTML through again.
"""

from __future__ import annotations

import re

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_TAG_START = "/!?"  # besides an ASCII letter: a tag name is one (CommonMark 6.6)


def _fence_closes(line: str, fence: str) -> bool:
    """CommonMark: the fence's character, at least as many, nothing after but spaces."""
    stripped = line.lstrip(" ")
    run = len(stripped) - len(stripped.lstrip(fence[0]))
    return len(line) - len(stripped) <= 3 and run >= len(fence) and not stripped[run:].strip()


def _code_span_end(line: str, start: int) -> int | None:
    """Where the code span opened by the backticks at `start` ends (after its closing
    run of as many backticks), or None when the run opens none on this line."""
    run = len(line) - start - len(line[start:].lstrip("`"))
    for closing in re.finditer("`+", line[start + run :]):
        if len(closing.group()) == run:
            return start + run + closing.end()
    return None


def _escape_line(line: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":  # an escape: it and the character it escapes stay as they are
            out.append(line[index : index + 2])
            index += 2
            continue
        if char == "`":
            end = _code_span_end(line, index)
            run = len(line) - index - len(line[index:].lstrip("`"))
            stop = end if end is not None else index + run
            out.append(line[index:stop])
            index = stop
            continue
        following = line[index + 1 : index + 2]
        if char == "<" and (
            (following.isascii() and following.isalpha()) or following in _TAG_START
        ):
            out.append("\\")
        out.append(char)
        index += 1
    return "".join(out)


def html_as_text(markdown: str) -> str:
    """`markdown` with every `<` that could start raw HTML backslash-escaped (see above)."""
    lines = markdown.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        if fence is not None:
            if _fence_closes(line, fence):
                fence = None
            continue
        opening = _FENCE_OPEN.match(line)
        # A backtick fence's info string holds no backtick (else it is a code span).
        if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
            fence = opening.group(1)
            continue
        lines[index] = _escape_line(line)
    return "\n".join(lines)
