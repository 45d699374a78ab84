"""A closed terminal, on each system.

Linux and macOS send SIGHUP when the terminal window closes (or an SSH connection drops).
The app then saves the notes, lets go of its seat and ends (`FacilitatorApp.hang_up`);
without it, an app whose tty has gone can spin at 80 % CPU forever.

Windows has no SIGHUP, and its event loop (the Proactor loop) has no
`add_signal_handler` at all: it raises NotImplementedError. A closed console window sends
CTRL_CLOSE_EVENT instead, and Windows ends the process itself, so nothing spins. What the
app would have saved on the way out is at most the last five seconds of typed notes (they
are saved a second after typing stops, and every five seconds while it goes on); every
event is already on disk, and Windows lets go of the seat's lock with the process.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Callable


def watch_for_hangup(hang_up: Callable[[], None]) -> bool:
    """Call `hang_up` when the terminal closes. False where that cannot be watched: on
    Windows, and off the main thread (a test's app)."""
    if sys.platform == "win32":
        return False
    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, hang_up)
    except (RuntimeError, ValueError):  # no running loop, or not the main thread
        return False
    return True
