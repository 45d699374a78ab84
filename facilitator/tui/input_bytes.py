"""A byte that is not UTF-8 arrives as �, not as the end of the meeting.

Textual's drivers decode what the terminal sends as strict UTF-8: one byte of Latin-1 (an
æ typed in a terminal set to ISO-8859-1, a paste from an old file) raised
UnicodeDecodeError in the input thread, and the app closed on every seat, losing the line
being typed, a tester found (`send-keys -H e6`). The drivers take their decoder from
`codecs.getincrementaldecoder` by name; the loaded driver modules are given one that puts
U+FFFD (�) where a byte cannot be read, so the person sees that something did not come
through, and every key before and after it lands. Installed when the app starts, like
tui/paste_guard.py, and for the same reason (Textual offers no way to hand a driver one).
"""

from __future__ import annotations

import codecs
import sys
from functools import partial
from typing import Any

from facilitator.tui.paste_guard import DRIVER_MODULES


def replacing_decoder(encoding: str) -> Any:
    """`codecs.getincrementaldecoder`, but its decoders replace what they cannot read."""
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


def install() -> None:
    """The drivers that read bytes; the Windows driver reads the console's UTF-16 keys and
    has no decoder to replace."""
    for name in DRIVER_MODULES:
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "getincrementaldecoder"):
            setattr(module, "getincrementaldecoder", replacing_decoder)  # noqa: B010
