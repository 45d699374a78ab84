"""The size a terminal app takes: the terminal's own, never a stale one from the environment."""

from __future__ import annotations

import os


def forget_stale_terminal_size() -> None:
    """The terminal says how big it is, not the environment: Textual asks
    `shutil.get_terminal_size`, which believes LINES and COLUMNS first, and on every resize
    again. A LINES=24 left exported (GNU readline puts it there in a process that had no
    terminal, and a shell can export it) kept the app at 24 rows in a window of 35."""
    for name in ("LINES", "COLUMNS"):
        os.environ.pop(name, None)
