"""A paste arrives as one paste, whatever is in it.

A terminal sends a paste between two markers (bracketed paste: ESC [200~ … ESC [201~).
Textual's input parser reads an ESC inside the paste as the start of a key sequence: the
text after it came out as typed keys instead of pasted text (an escape sequence copied
from a terminal log went partly into the name field and partly into the notes, seen in
tmux). The ESCs inside a paste are removed before the parser sees them; the control
characters that remain are dropped where the paste is inserted (core/text.py).

It also reads Shift+F3 and Ctrl+F3, whose xterm form Textual takes for a cursor position
report (`f3_for_cursor_report`). The same parser also names the function keys F13–F20
(`ESC [ 25 ~` … `ESC [ 34 ~`, which macOS Terminal sends for Shift+F5–F12 and rxvt for
Shift+F3–F10): Textual 8.2 reads each as the character of its number, so F18 (`ESC [ 32 ~`,
Terminal's Shift+F10) came out as a space, which starts or pauses the clock in the chair's
key mode.

Textual builds its parser inside each driver's input thread and offers no way to give it
another; the driver modules that are loaded are pointed at this subclass when the app
starts (`install`; by then the app has loaded the driver it will use). Textual is pinned
to one minor version, and tests/terminal/test_dialogs.py would see a paste come apart.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._keyboard_protocol import FUNCTIONAL_KEYS
from textual._xterm_parser import XTermParser
from textual.message import Message

ESC = "\x1b"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
VT220_KEY = re.compile(r"\x1b\[(\d+)~")
DRIVER_MODULES = (
    "textual.drivers.linux_driver",
    "textual.drivers.linux_inline_driver",
    "textual.drivers.web_driver",
    "textual.drivers.win32",
)


class PasteFilter:
    """Removes ESC from inside bracketed pastes in a stream of chunks, however the chunks
    cut the markers."""

    def __init__(self) -> None:
        self.in_paste = False
        self.held = ""
        """Inside a paste: the end of a chunk that may be the start of the end marker."""
        self.passed = ""
        """Outside: the end of the last chunk, passed on, that may begin the start marker.
        Never held back: a lone Esc must reach the parser at once."""

    def __call__(self, data: str) -> str:
        if not data:
            return self.held
        out: list[str] = []
        if not self.in_paste and self.passed:
            rest = PASTE_START[len(self.passed) :]
            if data.startswith(rest):  # the start marker, cut between two reads
                out.append(rest)
                data, self.in_paste = data[len(rest) :], True
            elif rest.startswith(data):  # … or among three
                self.passed += data
                return data
            self.passed = ""
        data, self.held = self.held + data, ""
        position = 0
        while position < len(data):
            if not self.in_paste:
                start = data.find(PASTE_START, position)
                if start < 0:
                    out.append(data[position:])
                    self.passed = data[len(data) - _partial(data, PASTE_START) :]
                    break
                out.append(data[position : start + len(PASTE_START)])
                position = start + len(PASTE_START)
                self.in_paste = True
                continue
            end = data.find(PASTE_END, position)
            if end < 0:
                rest = data[position:]
                tail = _partial(rest, PASTE_END)
                self.held = rest[len(rest) - tail :]
                out.append(rest[: len(rest) - tail].replace(ESC, ""))
                break
            out.append(data[position:end].replace(ESC, "") + PASTE_END)
            position = end + len(PASTE_END)
            self.in_paste = False
        return "".join(out)


def _partial(text: str, marker: str) -> int:
    """How many characters at the end of `text` could begin `marker`."""
    for length in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-length:]):
            return length
    return 0


F3_MODIFIERS = {2: "shift+f3", 5: "ctrl+f3", 6: "ctrl+shift+f3"}
"""xterm's modifier numbers (CSI 1 ; n R) for the F3 keys the app may bind."""


def f3_for_cursor_report(message: Message) -> Iterable[Message]:
    """Shift+F3 as xterm sends it (`ESC [ 1 ; 2 R`, tmux too) is also the form of a cursor
    position report, and Textual reads it as one: Shift+F3 (the walk through the open
    actions) did nothing, a tester found. The app never asks the terminal where its cursor
    is, so a report of row 1 with a modifier's number for its column is F3 with it."""
    if isinstance(message, events.CursorPosition) and message.y == 0:
        key = F3_MODIFIERS.get(message.x + 1)
        if key is not None:
            return [events.Key(key, None)]
    return [message]


class PasteGuardParser(XTermParser):
    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self.paste_filter = PasteFilter()

    def feed(self, data: str) -> Iterable[Message]:
        for message in super().feed(self.paste_filter(data)):
            yield from f3_for_cursor_report(message)

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        """F13–F20 (a lone number and `~` that the functional keys do not know) named from
        Textual's older table, not read as the character of their number."""
        match = VT220_KEY.fullmatch(sequence)
        keys = ANSI_SEQUENCES_KEYS.get(sequence)
        if match and f"{match.group(1)}~" not in FUNCTIONAL_KEYS and isinstance(keys, tuple):
            return [events.Key(key.value, None) for key in keys]
        return super()._sequence_to_key_events(sequence, alt)


def install() -> None:
    """Point Textual's loaded drivers at the guarded parser (each imports it by name)."""
    for name in DRIVER_MODULES:
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "XTermParser"):
            setattr(module, "XTermParser", PasteGuardParser)  # noqa: B010
