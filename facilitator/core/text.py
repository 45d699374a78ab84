"""Person and file text made safe to show on a terminal.

A title, a name, a decision or a note comes from a program file, a copied session or a
keyboard, and can hold terminal control sequences: an OSC 52 (`ESC ] 52 ; c ; … BEL`)
sets the clipboard under tmux, `ESC [ 2 J` clears the screen, a C1 `CSI` (U+009B) does the
same on some terminals, and a bidi override makes text read backwards. `printable()` shows
every such character as a visible symbol instead, so it is seen and never obeyed.

Use it on *output* only (the CLI, the screens); files keep exactly what was typed.
"""

from __future__ import annotations

REPLACEMENT = "\ufffd"
"""Shown for a C1 control or a bidi override/isolate (no picture exists for those)."""
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder what follows them.
(The marks U+200E/U+200F only nudge neutral characters, and stay.)"""

_TABLE: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)},
    0x7F: "\u2421",  # ␡
    **{code: REPLACEMENT for code in range(0x80, 0xA0)},
    **{code: REPLACEMENT for code in BIDI_CONTROLS},
    # A lone surrogate (from a JSON escape or a file name that is not UTF-8) cannot be
    # written to a UTF-8 terminal at all: printing it would fail.
    **{code: REPLACEMENT for code in range(0xD800, 0xE000)},
}


def printable(text: str) -> str:
    """`text` with every control character except newline and tab shown as a symbol:
    C0 as its Control Picture (ESC as `␛`, CR as `␍`, BEL as `␇`), DEL as `␡`, C1
    controls (U+0080–U+009F), bidi overrides/isolates and lone surrogates as `�`.
    Everything else, Danish letters, emoji and right-to-left script included, is left
    as it is."""
    return text.translate(_TABLE)
