"""`printable`: person and file text shown on a terminal, never obeyed by it."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.text import printable

OSC52 = "\x1b]52;c;aGk=\x07"


def test_an_osc52_clipboard_sequence_is_shown_not_sent() -> None:
    shown = printable(f"Velkommen{OSC52}")
    assert shown == "Velkommen␛]52;c;aGk=␇"
    assert "\x1b" not in shown and "\x07" not in shown


def test_c0_del_c1_and_bidi_overrides_become_visible_symbols() -> None:
    assert printable("a\x00b\rc\x7fd") == "a␀b␍c␡d"
    assert printable("\x9b2J") == "\ufffd2J"  # a C1 CSI clears the screen on some terminals
    assert printable("abc\u202edef\u2066x\u2069") == "abc\ufffddef\ufffdx\ufffd"
    assert printable("\ud800") == "\ufffd"  # a lone surrogate cannot be printed as UTF-8


def test_newlines_tabs_danish_emoji_and_rtl_text_stay_as_they_are() -> None:
    text = "Æbleø på Åen\n\tنقاش 🎉 \u200fmark [b]fed[/b] [@click=quit]"
    assert printable(text) == text


@given(st.text())
def test_nothing_that_steers_a_terminal_is_left(text: str) -> None:
    shown = printable(text)
    assert len(shown) == len(text)
    for char in shown:
        code = ord(char)
        assert char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs"), repr(char)
        assert not 0x202A <= code <= 0x202E and not 0x2066 <= code <= 0x2069
    shown.encode("utf-8")
