"""Reading TOML (program files and `session.toml`) with errors a Danish user can act on.

- A UTF-8 BOM at the start (Windows Notepad writes one) is accepted.
- `[ ]` and `{ }` nested more than MAX_NESTING deep are refused with the line and column,
  before tomllib is asked (500 levels make it raise RecursionError).
- tomllib's English messages are said in the user's language; one we do not know is given
  as it is, in parentheses.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from facilitator.i18n import tr

MAX_NESTING = 8
"""Levels of `[ ]`/`{ }` inside each other (a program uses 2: `[[block]]`, a list)."""
BOM = "\ufeff"
TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")
_TOKENS = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]',
    re.DOTALL,
)
# tomllib's messages (Python 3.11–3.13) → catalogue keys; {key} / {char} / {expect} parts.
# Compiled when an error is said (the `re` cache keeps them), not at every start.
_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"^Cannot overwrite a value$", "toml.overwrite"),
    (r"^Escaped character is not a Unicode scalar value$", "toml.bad_escape"),
    (r"^Expected '=' after a key in a key/value pair$", "toml.expected_equals"),
    (r"^Expected '\]' at the end of a table declaration$", "toml.expected_table_end"),
    (r"^Expected '\]\]' at the end of an array declaration$", "toml.expected_array_end"),
    (r"^Invalid date or datetime$", "toml.bad_date"),
    (r"^Invalid hex value$", "toml.bad_hex"),
    (r"^Invalid initial character for a key part$", "toml.bad_key_start"),
    (r"^Invalid statement$", "toml.bad_statement"),
    (r"^Invalid value$", "toml.bad_value"),
    (r"^Unclosed array$", "toml.unclosed_array"),
    (r"^Unclosed inline table$", "toml.unclosed_table"),
    (r"^Unescaped '\\\\' in a string$", "toml.bad_backslash"),
    (r"^Unterminated string$", "toml.unterminated_string"),
    (r"^Cannot declare (?P<key>.+) twice$", "toml.declared_twice"),
    (r"^Cannot mutate immutable namespace (?P<key>.+)$", "toml.immutable"),
    (r"^Cannot redefine namespace (?P<key>.+)$", "toml.redefined"),
    (r"^Duplicate inline table key (?P<key>.+)$", "toml.duplicate_key"),
    (r"^Expected newline or end of document after a statement$", "toml.expected_newline"),
    (r"^Found invalid character (?P<char>.+)$", "toml.bad_character"),
    (r"^Illegal character (?P<char>.+)$", "toml.bad_character"),
    (r"^Expected (?P<expect>.+)$", "toml.expected"),
)


class TomlProblem(Exception):
    """TOML that cannot be read: where (1-based; None when unknown) and why, in words."""

    def __init__(self, line: int | None, column: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def toml_error_position(detail: str, text: str) -> tuple[int, int] | None:
    """Line and column of a tomllib error; "at end of document" is the end of the last line."""
    position = TOML_POSITION.search(detail)
    if position is None:
        return None
    if position.group(1) is not None:
        return int(position.group(1)), int(position.group(2))
    lines = text.split("\n")
    return len(lines), len(lines[-1]) + 1


def _shown(part: str) -> str:
    """A key tuple or a character as tomllib reprs it, shown plainly: `program.title`,
    a control character as U+0000."""
    import ast  # only when an error is said

    try:
        value = ast.literal_eval(part)
    except (ValueError, SyntaxError, RecursionError, MemoryError):
        return part
    if isinstance(value, tuple):
        return ".".join(str(item) for item in value)
    if isinstance(value, str) and len(value) == 1 and not value.isprintable():
        return f"U+{ord(value):04X}"
    return str(value)


def danish_toml_message(detail: str) -> str:
    """tomllib's message (without its position) in the user's language."""
    reason = TOML_POSITION.sub("", detail).strip()
    for pattern, key in _MESSAGES:
        match = re.match(pattern, reason)
        if match:
            return tr(key, **{name: _shown(part) for name, part in match.groupdict().items()})
    return tr("toml.unknown", original=reason)


def too_deep_at(text: str, most: int = MAX_NESTING) -> tuple[int, int] | None:
    """Where `[ ]`/`{ }` outside strings and comments first go deeper than `most`."""
    depth, line, line_start = 0, 1, 0
    for token in _TOKENS.finditer(text):
        value = token.group()
        if value == "\n":
            line, line_start = line + 1, token.end()
        elif value in "[{":
            depth += 1
            if depth > most:
                return line, token.start() - line_start + 1
        elif value in "]}":
            depth = max(0, depth - 1)
        elif "\n" in value:  # a string over several lines
            line += value.count("\n")
            line_start = token.start() + value.rindex("\n") + 1
    return None


def without_bom(text: str) -> str:
    return text.removeprefix(BOM)


def parse_toml(text: str) -> dict[str, Any]:
    """The TOML document (a leading BOM allowed). Raises TomlProblem."""
    text = without_bom(text)
    deep = too_deep_at(text)
    if deep is not None:
        raise TomlProblem(deep[0], deep[1], tr("toml.too_deep", most=MAX_NESTING))
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = toml_error_position(str(error), text)
        line, column = position if position else (None, None)
        raise TomlProblem(line, column, danish_toml_message(str(error))) from None
    except RecursionError:  # nesting the scan above did not see (it should not happen)
        raise TomlProblem(None, None, tr("toml.too_deep", most=MAX_NESTING)) from None
