"""Kill test: a real process runs a scripted meeting and is killed with SIGKILL at random
moments; the folder is then resumed and checked against what the process acknowledged.

Checked after every kill: every acknowledged event is on disk, in order, with nothing
after it but (at most) the event of the step that was under way; every line is whole;
the notes on disk are what had been typed at most 5 s (meeting time) before the last step
begun; every file is private; and the resumed countdown equals that of a replay of the
same steps that was never killed.
"""

from __future__ import annotations

import io
import json
import random
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from facilitator.core.agenda_view import build_view
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import load_notes
from facilitator.store.session_files import EVENTS_NAME
from tests.conftest import COPENHAGEN, REPO
from tests.reliability import meeting_driver
from tests.reliability.conftest import scale

LONGEST_NOTES_LAG_SECONDS = 5.0


def new_folder(sessions_dir: Path, program: Program) -> Path:
    session = LiveSession.create(sessions_dir, program, FakeClock(meeting_driver.START), COPENHAGEN)
    session.close()
    return session.folder


def run_and_kill(folder: Path, seed: int, kill_at_step: int) -> list[str]:
    """Start the meeting, and SIGKILL it as soon as it says it begins `kill_at_step`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.meeting_driver", str(folder), str(seed)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith(f"begin {kill_at_step}\n"):
            break
    process.send_signal(signal.SIGKILL)
    # Read the rest through the same file object: lines it has read ahead are in its
    # buffer, and `communicate` would read past them.
    rest = process.stdout.read()
    process.wait(timeout=30)
    assert process.stderr is not None
    errors = process.stderr.read()
    assert "Traceback" not in errors, errors
    return lines + rest.splitlines()


def check_one_kill(sessions_dir: Path, program: Program, seed: int, kill_at: int) -> bool:
    """One kill and its checks. True if the process was killed mid-meeting."""
    folder = new_folder(sessions_dir / f"killed-{seed}", program)
    lines = run_and_kill(folder, seed, kill_at)
    steps = meeting_driver.script(seed)
    begun = [int(line.split()[1]) for line in lines if line.startswith("begin ")]
    acks = [(int(w[1]), int(w[2])) for w in (line.split() for line in lines) if w[0] == "ack"]
    raw = (folder / EVENTS_NAME).read_bytes()
    # Whole lines only: a torn tail is allowed only as the step under way.
    complete, _, tail = raw.rpartition(b"\n")
    events = [json.loads(line) for line in complete.split(b"\n") if line]
    seqs = [event["seq"] for event in events]
    assert seqs == list(range(1, len(seqs) + 1))
    acked_seqs = [seq for _step, seq in acks]
    assert set(acked_seqs) <= set(seqs), "an acknowledged event is missing"
    # Nothing but the event of the step under way may follow the last acknowledgement.
    assert len(seqs) - max(acked_seqs, default=1) <= 1
    last_begun = max(begun, default=-1)
    extra = len(seqs) > max(acked_seqs, default=1)
    replay_upto = last_begun if extra else max((step for step, _ in acks), default=0)
    if tail:
        assert extra is False  # a half line is never acknowledged

    # A replay of the same steps that was never killed, noting what was typed when.
    typed_at: list[tuple[datetime, dict[str, str]]] = []
    reference = new_folder(sessions_dir / f"replay-{seed}", program)
    meeting_driver.run(
        reference,
        steps,
        io.StringIO(),
        stop_after=max(replay_upto, last_begun),
        observer=lambda _i, at, typed: typed_at.append((at, typed)),
    )

    # Notes on disk: what had been typed at some moment at most 5 s before the last step.
    on_disk = {block: text for block, text in load_notes(folder, program).items() if text}
    if last_begun >= 0:
        last_moment = meeting_driver.moment_of(steps, last_begun)
        candidates = [
            {block: text for block, text in typed.items() if text}
            for at, typed in typed_at
            if (last_moment - at).total_seconds() <= LONGEST_NOTES_LAG_SECONDS + 1e-6
        ] + [{}]
        behind_ok = on_disk in candidates or any(
            all(typed.get(block, "").startswith(text) for block, text in on_disk.items())
            and all(
                typed.get(block, "") == on_disk.get(block, "")
                for block in typed
                if block not in on_disk and typed.get(block)
            )
            for typed in candidates
        )
        assert behind_ok, (on_disk, candidates[-2:])

    # Private files and folders.
    for path in [folder, *folder.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path

    # Resume: the countdown equals the unkilled replay's at the same moment.
    moment = meeting_driver.moment_of(steps, replay_upto)
    resumed = LiveSession.open(folder, FakeClock(moment))
    replayed = LiveSession.open(reference, FakeClock(moment), read_only=True)
    replay_events = [e for e in _events(reference) if e["type"] != "session_opened"]
    mine = [e for e in _events(folder) if e["type"] != "session_opened"]
    assert [e["type"] for e in mine] == [e["type"] for e in replay_events[: len(mine)]]
    if len(mine) == len(replay_events):
        resumed_view = build_view(resumed.state, moment, COPENHAGEN)
        replay_view = build_view(replayed.state, moment, COPENHAGEN)
        assert resumed_view.current == replay_view.current
    resumed.close()
    replayed.close()
    return bool(begun) and last_begun < len(steps) - 1


def _events(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (folder / EVENTS_NAME).read_text().splitlines() if line]


def test_sigkill_at_random_moments_loses_nothing_acknowledged(
    netvaerk: Program, sessions_dir: Path
) -> None:
    chance = random.Random(20261126)
    tries = scale(quick=20, full=200)
    killed_mid_meeting = 0
    for attempt in range(tries):
        kill_at = chance.randrange(len(meeting_driver.script(attempt)))
        if check_one_kill(sessions_dir, netvaerk, seed=attempt, kill_at=kill_at):
            killed_mid_meeting += 1
    # Most kills must land while the meeting runs, or the test proves little.
    assert killed_mid_meeting >= tries // 2, f"{killed_mid_meeting}/{tries} mid-meeting"
    print(f"kills survived: {tries}/{tries}, mid-meeting: {killed_mid_meeting}")
