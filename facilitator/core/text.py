"""Person and file text made safe to show on a terminal.

A title, a name, a decision or a note comes from a program file, a copied session or a
keyboard, and can hold terminal control sequences: an OSC 52 (`ESC ] 52 ; c ; … BEL`)
sets the clipboard under tmux, `ESC [ 2 J` clears the screen, a C1 `CSI` (U+009B) does the
same on some terminals, and a bidi override makes text read backwards. `printable()` shows
every such character as a visible symbol instead, so it is seen and never obeyed.

Use it on *output* only (the CLI, the screens); files keep exactly what was typed.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
"""Shown for a C1 control or a bidi override/isolate (no picture exists for those)."""
# The bidi controls replaced: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI,
# PDI (U+2066–U+2069) reorder what follows them. The marks U+200E/U+200F only nudge
# neutral characters, and stay.

STEERING = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
"""C0 but tab and newline, DEL, C1, bidi overrides/isolates, and lone surrogates (from a
JSON escape or a file name that is not UTF-8: no UTF-8 terminal can be sent one).
Compiled on first use (the `re` cache keeps it): the app's start does not pay for it."""


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures: ␀ … ␛ … ␟
    return "\u2421" if code == 0x7F else REPLACEMENT  # ␡


def printable(text: str) -> str:
    """`text` with every control character except newline and tab shown as a symbol:
    C0 as its Control Picture (ESC as `␛`, CR as `␍`, BEL as `␇`), DEL as `␡`, C1
    controls (U+0080–U+009F), bidi overrides/isolates and lone surrogates as `�`.
    Everything else, Danish letters, emoji and right-to-left script included, is left
    as it is."""
    return re.sub(STEERING, _symbol, text)


# What a paste may not bring into the notes: C0 but tab and newline, DEL and C1 (a terminal
# acts on them instead of showing them). A string, compiled on first use like STEERING.
PASTE_DROPS = "[\x00-\x08\x0b-\x1f\x7f-\x9f]"


def pasted_text(text: str) -> str:
    """A paste as it goes into the notes: line ends as newlines (a Windows clipboard gives
    CRLF, an old Mac one CR), tabs kept, every other control character dropped."""
    return re.sub(PASTE_DROPS, "", text.replace("\r\n", "\n").replace("\r", "\n"))


def first_line(text: str) -> str:
    """A paste into a one-line field: its first line that has something on it."""
    for line in pasted_text(text).split("\n"):
        if line.strip():
            return line.replace("\t", " ")
    return ""
