"""What the screens show, computed from the agenda state and the time now.

A `MeetingView` is immutable and holds whole seconds, so two views a fraction of a second
apart compare equal and the UI repaints only when something visible changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from facilitator.core.agenda import AgendaState, BlockStatus
from facilitator.core.phase_run import PhaseNow, phase_now
from facilitator.core.program import Block, BlockKind

WARNING_FRACTION = 0.20
CRITICAL_FRACTION = 0.05


class TimeLevel(StrEnum):
    CALM = "calm"
    WARNING = "warning"
    CRITICAL = "critical"
    OVERRUN = "overrun"


@dataclass(frozen=True)
class AgendaRow:
    block_id: str
    number: int
    title: str
    kind: BlockKind
    planned_minutes: int
    original_minutes: int
    status: BlockStatus
    actual_seconds: int


@dataclass(frozen=True)
class CurrentBlock:
    block: Block
    number: int
    count: int
    planned_seconds: int
    elapsed_seconds: int
    remaining_seconds: int
    level: TimeLevel
    resume_at: datetime | None
    next_title: str | None
    phase: PhaseNow | None = None
    """The current phase of an item with phases (`core/phase_run.py`)."""
    phase_level: TimeLevel = TimeLevel.CALM

    @property
    def progress(self) -> float:
        return (
            min(1.0, self.elapsed_seconds / self.planned_seconds) if self.planned_seconds else 1.0
        )


@dataclass(frozen=True)
class MeetingView:
    now: datetime
    rows: tuple[AgendaRow, ...]
    current: CurrentBlock | None
    running: bool
    started_at: datetime | None
    ended_at: datetime | None
    planned_end: datetime | None
    projected_end: datetime
    delay_minutes: int
    end_by: datetime | None
    past_end_by: bool

    @property
    def finished(self) -> bool:
        return self.current is None


def time_level(planned_seconds: int, remaining_seconds: int) -> TimeLevel:
    if remaining_seconds <= 0:
        return TimeLevel.OVERRUN
    if remaining_seconds <= planned_seconds * CRITICAL_FRACTION:
        return TimeLevel.CRITICAL
    if remaining_seconds <= planned_seconds * WARNING_FRACTION:
        return TimeLevel.WARNING
    return TimeLevel.CALM


def _whole_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def end_by_moment(state: AgendaState, now: datetime, local_zone: tzinfo) -> datetime | None:
    """The program's `end_by` clock time on the meeting's own date, in local time."""
    end_by = state.program.end_by
    if end_by is None:
        return None
    day = (state.started_at or now).astimezone(local_zone).date()
    return datetime.combine(day, end_by, tzinfo=local_zone)


def build_view(
    state: AgendaState,
    now: datetime,
    local_zone: tzinfo,
    current_estimate: float | None = None,
) -> MeetingView:
    """`current_estimate`: seconds the current block will still take when the pace so far
    says more than the plan does (a round); it moves the projected end, not the countdown."""

    def local(moment: datetime) -> datetime:
        return moment.astimezone(local_zone)

    rows = []
    for number, block_id in enumerate(state.order, start=1):
        block = state.program.block(block_id)
        run = state.runs[block_id]
        rows.append(
            AgendaRow(
                block_id=block_id,
                number=number,
                title=block.title,
                kind=block.kind,
                planned_minutes=run.planned_seconds // 60,
                original_minutes=block.minutes,
                status=run.status,
                actual_seconds=int(state.elapsed_seconds(block_id, now)),
            )
        )

    current = None
    if state.current is not None:
        block = state.program.block(state.current)
        run = state.runs[state.current]
        remaining = math.ceil(state.remaining_seconds(now))
        pending = state.pending_after_current()
        resume_at = None
        if block.kind is BlockKind.PAUSE:
            resume_at = _whole_minute(local(now + timedelta(seconds=max(0, remaining))))
        current = CurrentBlock(
            block=block,
            number=state.order.index(state.current) + 1,
            count=len(state.order),
            planned_seconds=run.planned_seconds,
            elapsed_seconds=int(state.elapsed_seconds(state.current, now)),
            remaining_seconds=remaining,
            level=time_level(run.planned_seconds, remaining),
            resume_at=resume_at,
            next_title=state.program.block(pending[0]).title if pending else None,
        )
        phase = phase_now(state, now)
        if phase is not None:
            level = time_level(phase.planned_seconds, phase.remaining_seconds)
            current = replace(current, phase=phase, phase_level=level)

    projected_end = state.projected_end(now, current_estimate)
    planned_end = state.planned_end()
    delay_minutes = 0
    if planned_end is not None:
        delay_minutes = round((projected_end - planned_end).total_seconds() / 60)
    end_by = end_by_moment(state, now, local_zone)
    return MeetingView(
        now=_whole_minute(local(now)),
        rows=tuple(rows),
        current=current,
        running=state.running,
        started_at=local(state.started_at) if state.started_at else None,
        ended_at=local(state.ended_at) if state.ended_at and state.finished else None,
        planned_end=_whole_minute(local(planned_end)) if planned_end else None,
        projected_end=_whole_minute(local(projected_end)),
        delay_minutes=delay_minutes,
        end_by=end_by,
        past_end_by=end_by is not None and projected_end > end_by,
    )


def seconds_until_next_change(state: AgendaState, now: datetime) -> float:
    """How long until the countdown shows another second: a screen that repaints then
    (and not twice a second to be sure) is on time and idle in between. A stopped clock
    changes nothing but the time of day, looked at once a second."""
    if state.current is None or state.running_since is None:
        return 1.0
    fraction = state.elapsed_seconds(state.current, now) % 1.0
    return 1.0 - fraction if fraction else 1.0


def minute_key(view: MeetingView) -> tuple[object, ...]:
    """What of the view the clock alone moves, leaving out the seconds that count: the
    clock's minute, the projected end and the delay, whether it passes `end_by`, the time
    levels (20 %, 5 %, over), the phase the clock has reached and a pause's »igen kl.«.
    The panels that show the meeting in minutes (the agenda, the status line, the guide)
    are handed a new view when this changes; everything else in the view changes only with
    an event, after which the screens draw everything anyway. Comparing whole views each
    second to find them equal was most of the run screen's idle CPU, and comparing them
    without their seconds still cost a tenth of it (profiled): this is a few fields.
    `tests/core/test_minute_view.py` holds it to the whole view without its seconds."""
    turns = (view.now, view.projected_end, view.delay_minutes, view.past_end_by)
    current = view.current
    if current is None:
        return turns
    phase = current.phase
    phase_key = None if phase is None else (phase.index, phase.by_clock)
    return (*turns, current.level, current.phase_level, current.resume_at, phase_key)
