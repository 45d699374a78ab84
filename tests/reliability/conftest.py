"""The reliability suite runs quick in `make test` and in full with `make torture`
(FACILITATOR_TORTURE=1): more kills, more fuzz cases, a longer SIGSTOP."""

from __future__ import annotations

import os

FULL = os.environ.get("FACILITATOR_TORTURE") == "1"


def scale(quick: int, full: int) -> int:
    return full if FULL else quick
