"""ESC inside a bracketed paste is removed before Textual's parser sees it, however the
terminal's bytes are split into reads."""

from __future__ import annotations

from textual import events

from facilitator.tui.paste_guard import PASTE_END, PASTE_START, PasteFilter, PasteGuardParser


def test_escapes_inside_a_paste_are_removed_and_outside_kept() -> None:
    guard = PasteFilter()
    data = f"a\x1b[17~{PASTE_START}x\x1b[31my\x1b]52;c;aGk=\x07z{PASTE_END}\x1bb"
    assert guard(data) == f"a\x1b[17~{PASTE_START}x[31my]52;c;aGk=\x07z{PASTE_END}\x1bb"
    assert not guard.in_paste


def test_a_paste_split_across_reads_anywhere_comes_out_the_same() -> None:
    data = f"før{PASTE_START}ab\x1bcd{PASTE_END}efter"
    whole = PasteFilter()(data)
    for cut in range(1, len(data)):
        guard = PasteFilter()
        assert guard(data[:cut]) + guard(data[cut:]) == whole, cut
        for second in range(cut + 1, len(data)):
            guard = PasteFilter()
            parts = (data[:cut], data[cut:second], data[second:])
            assert "".join(guard(part) for part in parts) == whole, (cut, second)


def test_the_parser_gives_one_paste_event_with_the_text() -> None:
    parser = PasteGuardParser()
    messages = list(parser.feed(f"{PASTE_START}Anne\x1b[31m, pædagog\nBo{PASTE_END}"))
    pastes = [m for m in messages if isinstance(m, events.Paste)]
    keys = [m for m in messages if isinstance(m, events.Key)]
    assert [p.text for p in pastes] == ["Anne[31m, pædagog\nBo"]
    assert keys == []
