"""Review at scale: list 1,000 sessions and open one of 10,000 events with 200 KB of notes.

Run with `make bench`. Builds the folders in a temporary directory (a generator, not
fixtures in the repo), measures the median of several runs, prints a table and merges the
figures into bench/results.json. Targets from the review issue: listing ≤ 0.5 s, opening
≤ 0.15 s. No timing is asserted anywhere in the test suite.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.core.typed_commands import parse_command_line
from facilitator.store.history import CACHE_NAME, list_sessions
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from facilitator.store.program_files import load_program
from facilitator.store.session_files import EVENTS_NAME
from facilitator.store.session_reader import read_session

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = ROOT / "programs" / "netvaerk-foerste-moede.toml"
RUNS = 5
SESSIONS = 1000
BIG_EVENTS = 10_000
NOTES_BYTES = 200_000


def median_seconds(action: Callable[[], object], before: Callable[[], None] | None = None) -> float:
    timings = []
    for _ in range(RUNS):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def build(sessions_dir: Path) -> Path:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    program = load_program(PROGRAM)
    clock = FakeClock(datetime(2026, 1, 8, 18, 0, tzinfo=UTC))
    zone = ZoneInfo("Europe/Copenhagen")
    template = LiveSession.create(sessions_dir, program, clock, zone, group="Bench")
    template.execute(agenda.toggle_clock(template.state))
    for name in ("Anne", "Bo", "Carla", "Dorte", "Erik", "Frida"):
        template.record(add_participant(template.turns, name, "pædagog"))
    drafts = parse_command_line("/handling @Bo Bestil lokale", "velkommen", clock.now().date())
    assert isinstance(drafts, list)
    template.record_all(drafts)
    template.close()
    for number in range(1, SESSIONS):
        shutil.copytree(template.folder, sessions_dir / f"{template.folder.name}-{number:04d}")

    big = LiveSession.create(sessions_dir, program, clock, zone, group="Bench")
    big.close()
    lines = []
    moment = clock.now()
    people = ["anne", "bo", "carla", "dorte", "erik", "frida"]
    for seq in range(1, BIG_EVENTS + 1):
        moment += timedelta(seconds=1)
        if seq <= len(people):
            data = {"id": people[seq - 1], "name": people[seq - 1].title(), "seat": seq}
            event = Event(seq, moment, TurnEvent.PARTICIPANT_ADDED, data)
        else:
            who = people[seq % len(people)]
            event = Event(seq, moment, TurnEvent.SPEAKER_STARTED, {"participant": who})
        lines.append(json.dumps(event.to_json_object(), ensure_ascii=False))
    (big.folder / EVENTS_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    per_block = NOTES_BYTES // len(program.blocks)
    for block in program.blocks:
        save_note(big.folder, program, block.id, ("Referat med æ, ø og å. " * 10_000)[:per_block])
    return big.folder


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        sessions_dir = Path(temporary) / "sessions"
        big = build(sessions_dir)

        def drop_cache() -> None:
            (sessions_dir / CACHE_NAME).unlink(missing_ok=True)

        cold = median_seconds(lambda: list_sessions(sessions_dir), before=drop_cache)
        list_sessions(sessions_dir)
        warm = median_seconds(lambda: list_sessions(sessions_dir))
        search = median_seconds(lambda: list_sessions(sessions_dir, search="lokale"))
        opened = median_seconds(lambda: read_session(big))
        count = len(list_sessions(sessions_dir))
    figures = {
        "review_list_1000_cached_s": round(warm, 4),
        "review_list_1000_cold_s": round(cold, 4),
        "review_search_1000_s": round(search, 4),
        "review_open_10000_events_200kb_s": round(opened, 4),
    }
    rows = [
        (f"List {count} sessions (summaries cached)", warm, 0.5),
        (f"List {count} sessions (no cache: every log read)", cold, None),
        (f"Search {count} sessions (summaries and notes)", search, None),
        (f"Open a session of {BIG_EVENTS} events + 200 KB notes", opened, 0.15),
    ]
    print(f"{'Review at scale':<58} {'median':>9} {'target':>8}")
    for label, seconds, target in rows:
        mark = "" if target is None else ("ok" if seconds <= target else "OVER")
        shown_target = f"≤{target:.2f}" if target is not None else ""
        print(f"{label:<58} {seconds:>8.3f}s {shown_target:>8} {mark}")
    results_path = ROOT / "bench" / "results.json"
    try:
        results = json.loads(results_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        results = {}
    results.update(figures)
    results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
