"""facilitator against what a user would use instead, measured in the same run.

Run with `make bench` (after review_bench.py). Each figure is the median of RUNS runs
(START_RUNS for the start) and is printed as a ratio against its reference; the figures
are merged into bench/results.json. Targets from the proof issue: start ≤ 1.3× a bare
Textual app (time and peak RSS), idle CPU ≤ termdown and ≤ 1 % of a core, a key in the
notes ≤ 1.2× a bare TextArea app, an event append ≤ 2 ms at event 10 and at event 10,000,
a 20 KB note save ≤ 5 ms. No timing is asserted in the test suite.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from facilitator.core import agenda
from facilitator.core.clock import FakeClock, SystemClock
from facilitator.core.events import EventDraft
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from facilitator.store.program_files import load_program

ROOT = Path(__file__).resolve().parents[1]
SEVEN_BLOCKS = ROOT / "programs" / "netvaerk-andet-moede.toml"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
# A start takes half a second and varies by ±20 % on a shared machine: more runs, cheaply.
START_RUNS = int(os.environ.get("BENCH_START_RUNS", str(max(RUNS, 11))))
IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "30"))
ZONE = ZoneInfo("Europe/Copenhagen")
TICKS = os.sysconf("SC_CLK_TCK")

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static, TextArea

class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Static("Velkommen")
        yield TextArea()
        yield Footer()

async def first_frame(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""

OUR_APP = """
import sys
from pathlib import Path
from facilitator.store.program_files import load_program
from facilitator.tui.app import make_app
from facilitator.tui.screens.run import RunScreen

async def first_frame(pilot):
    while not isinstance(pilot.app.screen, RunScreen):
        await pilot.pause()
    await pilot.pause()
    pilot.app.exit()

program = load_program(Path(sys.argv[1]))
make_app(program, sessions_dir=Path(sys.argv[2])).run(
    headless=True, size=(80, 24), auto_pilot=first_frame
)
"""


def start_once(code: str, *args: str) -> tuple[float, int]:
    """Seconds from spawn to exit after the first frame, and peak RSS in KB."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    assert os.waitstatus_to_exitcode(status) == 0
    return elapsed, usage.ru_maxrss


def compile_bytecode() -> None:
    """Both apps start from compiled bytecode, as any second start does: pip compiled
    Textual's at install, while an editable install (or PYTHONDONTWRITEBYTECODE, set on some
    machines) would leave ours to be compiled on every start and measure the compiler."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "facilitator")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def cold_start(scratch: Path) -> dict[str, float]:
    compile_bytecode()
    ours, bare = [], []
    for run in range(START_RUNS):
        bare.append(start_once(BARE_APP))
        ours.append(start_once(OUR_APP, str(SEVEN_BLOCKS), str(scratch / f"start-{run}")))
    return {
        "start_bare_s": statistics.median(t for t, _ in bare),
        "start_ours_s": statistics.median(t for t, _ in ours),
        "rss_bare_mb": statistics.median(r for _, r in bare) / 1024,
        "rss_ours_mb": statistics.median(r for _, r in ours) / 1024,
    }


def cpu_seconds(pid: int) -> float:
    """CPU time of all the process's threads. From the scheduler's nanoseconds where Linux
    keeps them (/proc/PID/task/*/schedstat): utime and stime count in ticks of 10 ms, and
    an idle countdown uses about 10 of them in 30 s, so one tick more or less was a tenth
    of the figure. Threads that ended before the reading are not counted (ours and the
    references keep theirs for as long as they run)."""
    try:
        return (
            sum(
                int((task / "schedstat").read_text().split()[0])
                for task in Path(f"/proc/{pid}/task").iterdir()
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


BARE_COUNTDOWN = """
import time
from textual.app import App
from textual.widgets import Digits

class Countdown(App[None]):
    \"\"\"What any Textual countdown must do: a Digits widget updated once a second.\"\"\"

    def compose(self):
        self.end = time.monotonic() + 25 * 60
        yield Digits("25:00")

    def on_mount(self):
        self.set_interval(1, self.tick)

    def tick(self):
        left = max(0, int(self.end - time.monotonic()))
        self.query_one(Digits).update(f"{left // 60:02d}:{left % 60:02d}")

Countdown().run()
"""

IDLE_PANES = ("ours", "room", "td", "digits")
OURS, DISPLAY = "idle_cpu_ours_pct", "idle_cpu_display_pct"
TERMDOWN, DIGITS = "idle_cpu_termdown_pct", "idle_cpu_digits_pct"


def idle_cpu(scratch: Path) -> dict[str, float]:
    """Our countdown running, the room display following it, termdown counting down and a
    bare Textual app updating a Digits countdown once a second, side by side in 80x24 tmux
    panes, for IDLE_SECONDS each run. Each figure: the median, and its spread (min, max)."""
    if shutil.which("tmux") is None or shutil.which("termdown", path=_bin_path()) is None:
        return {}
    bin_dir = Path(sys.executable).parent
    countdown_script = scratch / "bare_countdown.py"
    countdown_script.write_text(BARE_COUNTDOWN, encoding="utf-8")
    samples: dict[str, list[float]] = {name: [] for name in IDLE_PANES}
    for run in range(RUNS):
        sessions = scratch / f"idle-{run}"
        server = f"bench-{os.getpid()}-{run}"

        def pane(name: str, command: str, server: str = server) -> None:
            tmux("-L", server, "new", "-d", "-s", name, "-x", "80", "-y", "24", command)

        pane("ours", f"exec {bin_dir}/facilitator run {SEVEN_BLOCKS} --sessions-dir {sessions}")
        time.sleep(3)
        tmux("-L", server, "send-keys", "-t", "ours", "F5")
        time.sleep(1)
        pane("room", f"exec {bin_dir}/facilitator display --sessions-dir {sessions}")
        pane("td", f"exec {bin_dir}/termdown 25m")
        pane("digits", f"exec {sys.executable} {countdown_script}")
        time.sleep(3)
        pids = {
            name: int(tmux("-L", server, "display", "-p", "-t", name, "#{pane_pid}").strip())
            for name in IDLE_PANES
        }
        before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        time.sleep(IDLE_SECONDS)
        for name, pid in pids.items():
            samples[name].append(100 * (cpu_seconds(pid) - before[name]) / IDLE_SECONDS)
        subprocess.run(["tmux", "-L", server, "kill-server"], check=False)
    figures: dict[str, float] = {}
    for name, key in (("ours", OURS), ("room", DISPLAY), ("td", TERMDOWN), ("digits", DIGITS)):
        figures[key] = statistics.median(samples[name])
        figures[f"{key}_min"] = min(samples[name])
        figures[f"{key}_max"] = max(samples[name])
    return figures


def _bin_path() -> str:
    return f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


async def keys_per_second(app: Any, presses: int = 100) -> float:
    """Seconds per key press until the screen has been updated, in a headless run."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        for _ in range(presses):
            await pilot.press("a")
            await pilot.pause()
        return (time.perf_counter() - started) / presses


def key_latency(scratch: Path) -> dict[str, float]:
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    from facilitator.tui.app import make_app

    text = ("Referat af punktet, linje med lidt tekst om det aftalte. " * 2 + "\n") * 880

    class BareTextArea(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(text)  # the same 100 KB as in our notes pane

    program = load_program(SEVEN_BLOCKS)
    bare_times, our_times = [], []
    for run in range(RUNS):
        bare_times.append(asyncio.run(keys_per_second(BareTextArea())))
        sessions = scratch / f"keys-{run}"
        session = LiveSession.create(sessions, program, SystemClock(), ZONE)
        session.execute(agenda.toggle_clock(session.state))  # the countdown runs
        save_note(session.folder, program, program.blocks[0].id, text)
        session.close()
        ours = make_app(session=session.folder, sessions_dir=sessions, zone=ZONE)
        our_times.append(asyncio.run(keys_per_second(ours)))
    return {
        "notes_bytes": float(len(text.encode())),
        "key_bare_ms": 1000 * statistics.median(bare_times),
        "key_ours_ms": 1000 * statistics.median(our_times),
    }


def median_ms(action: Callable[[], object], repeats: int = 50) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return 1000 * statistics.median(timings)


def store_timings(scratch: Path) -> dict[str, float]:
    program = load_program(SEVEN_BLOCKS)
    clock = FakeClock(datetime(2026, 11, 26, 18, 0, tzinfo=UTC))
    session = LiveSession.create(scratch / "appends", program, clock, ZONE)
    parked = EventDraft("point_parked", {"id": "p", "block": "x", "text": "et parkeret punkt"})
    for _ in range(8):
        session.record(parked)
    at_ten = median_ms(lambda: session.record(parked))
    while session._last_seq < 10_000:
        session.record(parked)
    at_ten_thousand = median_ms(lambda: session.record(parked))
    note = "Et afsnit af referatet med æ, ø og å. " * 526  # 20 KB
    note_save = median_ms(lambda: save_note(session.folder, program, program.blocks[0].id, note))
    session.close()
    return {
        "append_at_10_ms": at_ten,
        "append_at_10000_ms": at_ten_thousand,
        "note_save_20kb_ms": note_save,
    }


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    try:
        figures: dict[str, float] = {}
        figures.update(store_timings(scratch))
        figures.update(cold_start(scratch))
        figures.update(key_latency(scratch))
        figures.update(idle_cpu(scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rows = [
        ("Start til første billede", "start_ours_s", "start_bare_s", "s", 1.3),
        ("Største hukommelse (RSS)", "rss_ours_mb", "rss_bare_mb", "MB", 1.3),
        ("Tast i noterne (100 KB, ur kører)", "key_ours_ms", "key_bare_ms", "ms", 1.2),
        ("CPU i ro, nedtælling / termdown", OURS, TERMDOWN, "%", 1.0),
        ("CPU i ro, nedtælling / Digits-app", OURS, DIGITS, "%", 1.25),
        ("CPU i ro, storskærm / termdown", DISPLAY, TERMDOWN, "%", 1.0),
        ("CPU i ro, storskærm / Digits-app", DISPLAY, DIGITS, "%", 1.25),
    ]
    print(f"{'Måling':36} {'facilitator':>12} {'reference':>12} {'forhold':>8}  mål")
    for label, ours, reference, unit, target in rows:
        if ours in figures and reference in figures:
            ratio = figures[ours] / figures[reference] if figures[reference] else float("inf")
            figures[f"{ours}_per_{reference}"] = ratio
            print(
                f"{label:36} {figures[ours]:>9.3f} {unit:>2} {figures[reference]:>9.3f} {unit:>2}"
                f" {ratio:>7.2f}×  ≤ {target}×"
            )
    for label, key in (
        ("CPU i ro, facilitator (nedtælling)", "idle_cpu_ours_pct"),
        ("CPU i ro, facilitator (storskærm)", "idle_cpu_display_pct"),
        ("CPU i ro, termdown", "idle_cpu_termdown_pct"),
        ("CPU i ro, bar Textual Digits-nedtælling", "idle_cpu_digits_pct"),
    ):
        if key in figures:
            low, high = figures[f"{key}_min"], figures[f"{key}_max"]
            print(f"{label:42} median {figures[key]:.3f} %  (spredning {low:.3f}–{high:.3f} %)")
    for label, key, limit in (
        ("Hændelse gemt (fsync) ved nr. 10", "append_at_10_ms", "≤ 2 ms"),
        ("Hændelse gemt (fsync) ved nr. 10.000", "append_at_10000_ms", "≤ 2 ms"),
        ("Noter gemt, 20 KB", "note_save_20kb_ms", "≤ 5 ms"),
    ):
        print(f"{label:36} {figures[key]:>9.3f} ms  {limit}")
    results_path = ROOT / "bench" / "results.json"
    try:
        results = json.loads(results_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        results = {}
    results.update({key: round(value, 4) for key, value in figures.items()})
    results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
