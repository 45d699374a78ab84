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


def test_function_keys_f13_to_f20_are_named_not_typed() -> None:
    """macOS Terminal sends F13–F20 for Shift+F5–F12; Textual read F18 as a space (the
    clock's key in the chair's mode) and the others as control characters."""
    numbers = {25: "f13", 26: "f14", 28: "f15", 29: "f16", 31: "f17", 32: "f18", 33: "f19"}
    for number, name in {**numbers, 34: "f20"}.items():
        messages = list(PasteGuardParser().feed(f"\x1b[{number}~"))
        assert [m.key for m in messages if isinstance(m, events.Key)] == [name], number
    known = list(PasteGuardParser().feed("\x1b[17~\x1b[17;2~\x1b[15;5~\x1b[3~"))
    keys = [m.key for m in known if isinstance(m, events.Key)]
    assert keys == ["f6", "shift+f6", "ctrl+f5", "delete"]


def test_shift_and_ctrl_f3_are_keys_not_cursor_reports() -> None:
    """xterm's (and tmux') Shift+F3 is `ESC [ 1 ; 2 R`, the form of a cursor position
    report: Textual read it as one, and Shift+F3 (the walk through the open actions) did
    nothing, a tester found."""
    messages = list(PasteGuardParser().feed("\x1b[1;2R\x1b[1;5R\x1b[1;6R\x1bOR"))
    keys = [m.key for m in messages if isinstance(m, events.Key)]
    assert keys == ["shift+f3", "ctrl+f3", "ctrl+shift+f3", "f3"]
    assert not [m for m in messages if isinstance(m, events.CursorPosition)]
