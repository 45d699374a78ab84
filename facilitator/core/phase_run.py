"""Where the current item is among its phases: derived from the item's own clock.

A phase that runs out moves on by itself, and that is never logged: the item's elapsed time
(the wall clock, from the event log) decides, so a restart after kill -9 and every other
seat show the same phase. Only what the chair does by hand is an event: `phase_moved` (F6
to the next phase, Shift+F6 back) and `block_extended` with a `phase` (F7 on a phase).
Each is kept as a mark at the item's elapsed seconds; the timeline replays the marks.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from facilitator.core.events import EventDraft, EventType, Refusal
from facilitator.core.phases import Phase

if TYPE_CHECKING:  # agenda.py keeps the marks and calls in here; no import cycle at run time
    from facilitator.core.agenda import AgendaState

MINIMUM_PHASE_SECONDS = 60


@dataclass(frozen=True)
class PhaseMark:
    """Something the chair did to the phases, at `elapsed` seconds into the item."""

    elapsed: float
    phase: int
    seconds: int = 0
    """0: moved to `phase`; otherwise `phase` was made this much longer (or shorter)."""
    group: int | None = None
    """In a presentation phase: F8 gave the word to this group (0-based); the phases stay."""


@dataclass(frozen=True)
class PhaseSpan:
    phase: int
    start: float
    end: float


@dataclass(frozen=True)
class PhaseTimeline:
    current: int
    start: float
    """The item's elapsed seconds when the current phase began."""
    planned: tuple[int, ...]
    """Each phase's planned seconds, with the chair's extensions."""
    spans: tuple[PhaseSpan, ...]
    """Every stretch of the item spent in a phase, the open one last."""
    by_clock: bool
    """The current phase began because the one before ran out (not by the chair's key)."""

    def actual_seconds(self, phase: int) -> float:
        return sum(span.end - span.start for span in self.spans if span.phase == phase)


@dataclass(frozen=True)
class PhaseNow:
    """What the screens show of the current phase, in whole seconds."""

    phase: Phase
    index: int
    count: int
    planned_seconds: int
    elapsed_seconds: int
    remaining_seconds: int
    by_clock: bool
    next_title: str | None
    start: float = 0.0
    """The item's elapsed seconds when this phase began."""


def timeline(phases: tuple[Phase, ...], marks: list[PhaseMark], elapsed: float) -> PhaseTimeline:
    """Replay the chair's marks over the phases' planned times, up to `elapsed`."""
    planned = [phase.minutes * 60 for phase in phases]
    current, start, by_clock = 0, 0.0, False
    spans: list[PhaseSpan] = []

    def advance(upto: float) -> None:
        nonlocal current, start, by_clock
        while current < len(planned) - 1 and start + planned[current] <= upto:
            spans.append(PhaseSpan(current, start, start + planned[current]))
            start += planned[current]
            current += 1
            by_clock = True

    for mark in marks:
        if mark.elapsed > elapsed:
            break
        if mark.group is not None:
            continue
        advance(mark.elapsed)
        if mark.seconds:
            planned[mark.phase] = max(MINIMUM_PHASE_SECONDS, planned[mark.phase] + mark.seconds)
            continue
        spans.append(PhaseSpan(current, start, mark.elapsed))
        current, start, by_clock = mark.phase, mark.elapsed, False
    advance(elapsed)
    spans.append(PhaseSpan(current, start, max(start, elapsed)))
    return PhaseTimeline(current, start, tuple(planned), tuple(spans), by_clock)


def block_timeline(state: AgendaState, block_id: str, now: datetime) -> PhaseTimeline | None:
    phases = state.program.block(block_id).phases
    if not phases:
        return None
    marks = state.phase_marks.get(block_id, [])
    return timeline(phases, marks, state.elapsed_seconds(block_id, now))


def phase_now(state: AgendaState, now: datetime) -> PhaseNow | None:
    if state.current is None:
        return None
    line = block_timeline(state, state.current, now)
    if line is None:
        return None
    phases = state.program.block(state.current).phases
    elapsed = state.elapsed_seconds(state.current, now) - line.start
    planned = line.planned[line.current]
    following = line.current + 1
    return PhaseNow(
        phase=phases[line.current],
        index=line.current,
        count=len(phases),
        planned_seconds=planned,
        elapsed_seconds=int(elapsed),
        remaining_seconds=math.ceil(planned - elapsed),
        by_clock=line.by_clock,
        next_title=phases[following].title if following < len(phases) else None,
        start=line.start,
    )


# ------------------------------------------------------------------- the fold's part


def on_phase_moved(state: AgendaState, moment: datetime, data: Mapping[str, Any]) -> bool:
    block_id, phase = data.get("block"), data.get("phase")
    if block_id is None or block_id != state.current or not isinstance(phase, int):
        return False
    if not 0 <= phase < len(state.program.block(block_id).phases):
        return False
    elapsed = turn_of_the_second(state.elapsed_seconds(block_id, moment))
    state.phase_marks.setdefault(block_id, []).append(PhaseMark(elapsed, phase))
    return True


def turn_of_the_second(elapsed: float) -> float:
    """A phase the chair starts by hand begins at the item's last whole second, so its
    countdown turns together with the item's: begun at the key's fraction of a second, it
    turned up to a second apart from the item's on the same screen, and the screens, woken
    once a second at the item's turn, showed it up to that late. The phase comes out at most
    a second shorter, the same on every seat and after a reopen (the log keeps the time)."""
    return float(math.floor(elapsed))


def on_group_moved(state: AgendaState, moment: datetime, data: Mapping[str, Any]) -> bool:
    """F8 in a presentation phase: the next group has the word (`core/phase_turns.py`)."""
    block_id, group = data.get("block"), data.get("group")
    if block_id is None or block_id != state.current or not isinstance(group, int):
        return False
    current = phase_now(state, moment)
    if current is None:
        return False
    elapsed = turn_of_the_second(state.elapsed_seconds(block_id, moment))
    mark = PhaseMark(elapsed, current.index, group=group)
    state.phase_marks.setdefault(block_id, []).append(mark)
    return True


def note_extension(state: AgendaState, moment: datetime, data: Mapping[str, Any]) -> None:
    """A `block_extended` with a `phase`: that phase is longer too (the item already is)."""
    block_id, phase, seconds = data.get("block"), data.get("phase"), data.get("seconds")
    if not isinstance(block_id, str) or block_id not in state.runs:
        return
    if not isinstance(phase, int) or not isinstance(seconds, int) or not seconds:
        return
    if 0 <= phase < len(state.program.block(block_id).phases):
        mark = PhaseMark(state.elapsed_seconds(block_id, moment), phase, seconds)
        state.phase_marks.setdefault(block_id, []).append(mark)


# ------------------------------------------------------------------- the chair's keys


def next_phase(state: AgendaState, now: datetime) -> EventDraft | None:
    """F6 inside an item with phases: the next phase; None on the last (F6 ends the item)."""
    current = phase_now(state, now)
    if state.current is None or current is None or current.index + 1 >= current.count:
        return None
    return EventDraft(EventType.PHASE_MOVED, {"block": state.current, "phase": current.index + 1})


def previous_phase(state: AgendaState, now: datetime) -> EventDraft | None:
    """Shift+F6: the phase before; None in the first (Shift+F6 goes to the item before)."""
    current = phase_now(state, now)
    if state.current is None or current is None or current.index == 0:
        return None
    return EventDraft(EventType.PHASE_MOVED, {"block": state.current, "phase": current.index - 1})


def extend_phase(state: AgendaState, now: datetime, seconds: int) -> EventDraft | Refusal | None:
    """F7 and its kin in an item with phases act on the current phase (and so the item)."""
    current = phase_now(state, now)
    if state.current is None or current is None:
        return None
    if current.planned_seconds + seconds < MINIMUM_PHASE_SECONDS:
        return Refusal("phase.refuse_too_short")
    if state.runs[state.current].planned_seconds + seconds < MINIMUM_PHASE_SECONDS:
        return Refusal("agenda.refuse_too_short")
    data = {"block": state.current, "seconds": seconds, "phase": current.index}
    return EventDraft(EventType.BLOCK_EXTENDED, data)
