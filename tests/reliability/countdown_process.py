"""A real process with a running countdown on the system clock, printing the remaining
seconds five times a second: the SIGSTOP/SIGCONT test stops and continues it.

`python -m tests.reliability.countdown_process FOLDER`
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.agenda_view import build_view
from facilitator.core.clock import SystemClock
from facilitator.store.live_session import LiveSession
from tests.conftest import COPENHAGEN

if __name__ == "__main__":
    session = LiveSession.open(Path(sys.argv[1]), SystemClock())
    session.execute(agenda.toggle_clock(session.state))
    while True:
        view = build_view(session.state, session.clock.now(), COPENHAGEN)
        assert view.current is not None
        print(f"{time.monotonic():.3f} {view.current.remaining_seconds}", flush=True)
        time.sleep(0.2)  # only how often it looks: the time itself comes from the clock
