"""A scripted meeting, driven through the store the way the run screen drives it: block
changes, speakers, notes typed key by key under the autosave policy, decisions. Time is a
FakeClock moved by the script, so a run can be replayed exactly.

Run as a process by the kill test: `python -m tests.reliability.meeting_driver FOLDER SEED`.
It prints `begin N` before step N and `ack N SEQ` once step N's event is on disk (fsync);
the parent kills it at a random moment and checks the folder against those lines.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.referat import ReferatEvent
from facilitator.core.turn_commands import add_participant, next_speaker
from facilitator.core.turns import TurnEvent
from facilitator.store.live_session import LiveSession
from facilitator.store.notes_buffer import NotesBuffer

START = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
PEOPLE = ("Anne", "Bo", "Carla", "Dorte")
WORDS = tuple("vi aftaler at mødes igen og deler erfaringer om beboerne".split())  # noqa: SIM905


@dataclass(frozen=True)
class Step:
    seconds: float
    """Fake seconds that pass before the step."""
    action: str
    text: str = ""


def script(seed: int, length: int = 3000) -> list[Step]:
    """About 2 s of work for the process and 6 block changes, so most kills land mid-meeting."""
    chance = random.Random(seed)
    steps = [Step(0, "toggle")] + [Step(0.5, "person", name) for name in PEOPLE]
    while len(steps) < length:
        roll = chance.random()
        if roll < 0.55:
            steps.append(Step(chance.choice((0.2, 0.4, 0.8)), "type", chance.choice(WORDS)))
        elif roll < 0.70:
            steps.append(Step(chance.uniform(1, 20), "queue", chance.choice(PEOPLE)))
        elif roll < 0.80:
            steps.append(Step(chance.uniform(5, 60), "speaker"))
        elif roll < 0.86:
            steps.append(Step(chance.uniform(1, 5), "decision", chance.choice(WORDS)))
        elif roll < 0.9017:
            steps.append(Step(chance.uniform(10, 120), "next"))
        elif roll < 0.96:
            steps.append(Step(chance.uniform(1, 10), "extend"))
        else:
            steps.append(Step(chance.uniform(1, 30), "toggle"))
    return steps


def moment_of(steps: list[Step], index: int) -> datetime:
    return START + timedelta(seconds=sum(step.seconds for step in steps[: index + 1]))


def draft_for(session: LiveSession, step: Step) -> EventDraft | None:
    state, turns = session.state, session.turns
    if step.action == "toggle":
        command = agenda.toggle_clock(state)
    elif step.action == "next":
        command = agenda.next_block(state)
    elif step.action == "extend":
        command = agenda.extend_block(state, 60)
    elif step.action == "person":
        return add_participant(turns, step.text, "")
    elif step.action == "queue":
        who = step.text.lower()
        if who not in turns.participants or any(e.participant == who for e in turns.queue):
            return None
        return EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": who})
    elif step.action == "speaker":
        return next_speaker(turns, session.clock.now())
    elif step.action == "decision" and state.current is not None:
        data = {"id": f"d{step.seconds:.3f}", "block": state.current, "text": step.text}
        return EventDraft(ReferatEvent.DECISION_ADDED, data)
    else:
        return None
    return command if isinstance(command, EventDraft) else None


Observer = Callable[[int, datetime, dict[str, str]], None]


def run(
    folder: Path,
    steps: list[Step],
    out: TextIO,
    stop_after: int | None = None,
    observer: Observer | None = None,
    pace_seconds: float = 0.0,
) -> None:
    """Drive the session in `folder` through `steps` (up to `stop_after`, inclusive);
    `observer` is told what had been typed per block after each step. `pace_seconds` is a
    real pause per step, as a person makes between keys, so a kill can land anywhere."""
    clock = FakeClock(START)
    session = LiveSession.open(folder, clock)
    notes = NotesBuffer(folder, session.program)
    typed: dict[str, str] = dict(notes.texts)
    try:
        for index, step in enumerate(steps):
            if stop_after is not None and index > stop_after:
                break
            clock.advance(step.seconds)
            time.sleep(pace_seconds)
            print(f"begin {index}", file=out, flush=True)
            block = session.state.current
            if step.action == "type" and block is not None:
                typed[block] = typed.get(block, "") + step.text + " "
                notes.set_text(block, typed[block], clock.now())
            else:
                draft = draft_for(session, step)
                if draft is not None:
                    event = session.record(draft)
                    print(f"ack {index} {event.seq}", file=out, flush=True)
            if notes.save_if_due(clock.now()):  # the run screen's tick
                print(f"saved {index}", file=out, flush=True)
            if step.action == "next" and notes.unsaved:  # a block change saves at once
                notes.save(clock.now())
                print(f"saved {index}", file=out, flush=True)
            if observer is not None:
                observer(index, clock.now(), dict(typed))
        notes.save(clock.now())
    finally:
        session.close()


if __name__ == "__main__":
    run(Path(sys.argv[1]), script(int(sys.argv[2])), sys.stdout, pace_seconds=0.0005)
