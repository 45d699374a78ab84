"""The run of a program's blocks, derived from events, and the chair's commands.

State is a fold over the event log: the same events give the same agenda, so a process that
restarts after kill -9 shows the same block, the same remaining time and the same changes.
Time is only ever read from event timestamps and the `now` a caller passes in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from facilitator.core import phase_run
from facilitator.core.event_shapes import fits
from facilitator.core.events import Event, EventDraft, EventType, Refusal
from facilitator.core.program import Block, Program, suggested_id

MINIMUM_PLANNED_SECONDS = 60
ADDED_BLOCK_MAX_MINUTES = 600
ADDED_BLOCK_DEFAULT_MINUTES = 10
_TRAILING_MINUTES = re.compile(r"^(?P<title>.*?)\s+(?P<minutes>\d{1,3})\s*(min(utter)?|m)?\.?$")


class BlockStatus(StrEnum):
    PENDING = "pending"
    CURRENT = "current"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass
class BlockRun:
    block_id: str
    planned_seconds: int
    accumulated_seconds: float = 0.0
    status: BlockStatus = BlockStatus.PENDING
    first_started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass
class AgendaState:
    program: Program
    order: list[str]
    runs: dict[str, BlockRun]
    current: str | None
    running_since: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    last_event_at: datetime | None = None
    ignored_events: int = 0
    unreadable: list[int] = field(default_factory=list)
    """Lines (`Event.where`) of events skipped because their data did not have the shape
    of their type (`core/event_shapes.py`): said with the lines, never a crash."""
    planned_minutes: int = 0
    """The program's own length as the meeting began: items added on the way are not in it."""
    phase_marks: dict[str, list[phase_run.PhaseMark]] = field(default_factory=dict)

    @classmethod
    def initial(cls, program: Program) -> AgendaState:
        runs = {block.id: BlockRun(block.id, block.minutes * 60) for block in program.blocks}
        first = program.blocks[0].id
        runs[first].status = BlockStatus.CURRENT
        return cls(
            program=program,
            order=[b.id for b in program.blocks],
            runs=runs,
            current=first,
            planned_minutes=program.planned_minutes,
        )

    @classmethod
    def from_events(cls, program: Program, events: Iterable[Event]) -> AgendaState:
        state = cls.initial(program)
        for event in events:
            state.apply(event)
        return state

    # ----------------------------------------------------------------- the fold

    @property
    def running(self) -> bool:
        return self.running_since is not None

    @property
    def finished(self) -> bool:
        return self.current is None

    def apply(self, event: Event) -> None:
        """Apply one event. Events that do not fit (unknown type or block) are counted, not
        raised: a log written by a newer version, or a hand-edited one, must still open.
        Events whose data does not fit their type's shape are skipped and their lines kept
        in `unreadable`; this is the one place that counts them for every fold."""
        if not fits(event):
            self.unreadable.append(event.where)
            return
        # A clock set back must not make intervals negative: event time never goes backwards.
        moment = event.at
        if self.last_event_at is not None and moment < self.last_event_at:
            moment = self.last_event_at
        self.last_event_at = moment
        handler = _HANDLERS.get(event.type)
        applied = handler is not None and handler(self, moment, event.data)
        if not applied and event.type != EventType.SESSION_OPENED:
            self.ignored_events += 1

    def _settle(self, moment: datetime) -> None:
        """Book the running interval onto the current block up to `moment`."""
        if self.running_since is not None and self.current is not None:
            interval = (moment - self.running_since).total_seconds()
            self.runs[self.current].accumulated_seconds += max(0.0, interval)
            self.running_since = moment

    def _next_pending(self, after: str | None) -> str | None:
        start = self.order.index(after) + 1 if after in self.order else 0
        for block_id in self.order[start:] + self.order[:start]:
            if self.runs[block_id].status is BlockStatus.PENDING:
                return block_id
        return None

    def _enter(self, block_id: str | None, moment: datetime) -> None:
        self.current = block_id
        if block_id is None:
            self.running_since = None
            self.ended_at = moment
            return
        run = self.runs[block_id]
        run.status = BlockStatus.CURRENT
        run.ended_at = None
        if self.running_since is not None and run.first_started_at is None:
            run.first_started_at = moment

    def _on_clock_started(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        if self.current is None or self.running_since is not None:
            return False
        self.running_since = moment
        if self.started_at is None:
            self.started_at = moment
        run = self.runs[self.current]
        if run.first_started_at is None:
            run.first_started_at = moment
        return True

    def _on_clock_paused(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        if self.running_since is None:
            return False
        self._settle(moment)
        self.running_since = None
        return True

    def _finish_current(
        self, moment: datetime, data: Mapping[str, Any], status: BlockStatus
    ) -> bool:
        if self.current is None or data.get("block") != self.current:
            return False
        self._settle(moment)
        leaving = self.current
        run = self.runs[leaving]
        run.status = status
        run.ended_at = moment
        self._enter(self._next_pending(leaving), moment)
        return True

    def _on_block_ended(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        return self._finish_current(moment, data, BlockStatus.DONE)

    def _on_meeting_ended(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        """The chair ends the meeting on its current item; the rest stay not reached."""
        if self.current is None:
            return False
        self._settle(moment)
        self.runs[self.current].status = BlockStatus.DONE
        self.runs[self.current].ended_at = moment
        self._enter(None, moment)
        return True

    def _on_block_skipped(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        return self._finish_current(moment, data, BlockStatus.SKIPPED)

    def _on_block_reopened(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        target = data.get("block")
        if target not in self.runs or target == self.current:
            return False
        self._settle(moment)
        if self.current is not None:
            self.runs[self.current].status = BlockStatus.PENDING
        self.ended_at = None
        self._enter(str(target), moment)
        return True

    def _on_block_postponed(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        leaving = self.current
        if leaving is None or data.get("block") != leaving:
            return False
        later = [
            b
            for b in self.order[self.order.index(leaving) + 1 :]
            if self.runs[b].status is BlockStatus.PENDING
        ]
        if not later:
            return False
        self._settle(moment)
        self.order.remove(leaving)
        self.order.insert(self.order.index(later[0]) + 1, leaving)
        self.runs[leaving].status = BlockStatus.PENDING
        self._enter(later[0], moment)
        return True

    def _on_block_extended(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        run = self.runs.get(str(data.get("block")))
        seconds = data.get("seconds")
        if run is None or isinstance(seconds, bool) or not isinstance(seconds, int):
            return False
        run.planned_seconds = max(MINIMUM_PLANNED_SECONDS, run.planned_seconds + seconds)
        phase_run.note_extension(self, moment, data)
        return True

    def _on_plan_adjusted(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        minutes = data.get("minutes")
        if not isinstance(minutes, dict):
            return False
        applied = False
        for block_id, value in minutes.items():
            run = self.runs.get(block_id)
            if run is not None and isinstance(value, int) and not isinstance(value, bool):
                run.planned_seconds = max(MINIMUM_PLANNED_SECONDS, value * 60)
                applied = True
        return applied

    def _on_block_added(self, moment: datetime, data: Mapping[str, Any]) -> bool:
        """A new item, right after the current one. It is appended to the program (so every
        existing item keeps its number and its notes file) and placed in the order here."""
        block_id, title, minutes = data.get("block"), data.get("title"), data.get("minutes")
        valid = (
            isinstance(block_id, str)
            and block_id == suggested_id(block_id)
            and block_id not in self.runs
            and isinstance(title, str)
            and title.strip()
            and isinstance(minutes, int)
            and not isinstance(minutes, bool)
            and 1 <= minutes <= ADDED_BLOCK_MAX_MINUTES
        )
        if not valid or self.current is None:
            return False
        assert isinstance(block_id, str) and isinstance(title, str) and isinstance(minutes, int)
        block = Block(id=block_id, title=title.strip(), minutes=minutes)
        self.program = replace(self.program, blocks=(*self.program.blocks, block))
        self.order.insert(self.order.index(self.current) + 1, block_id)
        self.runs[block_id] = BlockRun(block_id, minutes * 60)
        return True

    # ----------------------------------------------------------------- queries

    def elapsed_seconds(self, block_id: str, now: datetime) -> float:
        run = self.runs[block_id]
        elapsed = run.accumulated_seconds
        if block_id == self.current and self.running_since is not None:
            elapsed += max(0.0, (now - self.running_since).total_seconds())
        return elapsed

    def remaining_seconds(self, now: datetime) -> float:
        """Time left on the current block; negative when it runs over."""
        if self.current is None:
            return 0.0
        return self.runs[self.current].planned_seconds - self.elapsed_seconds(self.current, now)

    def pending_after_current(self) -> list[str]:
        return [b for b in self.order if self.runs[b].status is BlockStatus.PENDING]

    def projected_end(self, now: datetime, current_estimate: float | None = None) -> datetime:
        """When the meeting ends if every block from here on takes its planned time; the
        current block takes `current_estimate` seconds more when something knows better
        than the plan (a round at its pace so far)."""
        if self.ended_at is not None and self.current is None:
            return self.ended_at
        if current_estimate is not None and self.current is not None:
            seconds = max(0.0, current_estimate)
        else:
            seconds = max(0.0, self.remaining_seconds(now))
        seconds += sum(self.runs[b].planned_seconds for b in self.pending_after_current())
        return now + timedelta(seconds=seconds)

    def planned_end(self) -> datetime | None:
        """The start plus the program's own planned length (before any live changes)."""
        if self.started_at is None:
            return None
        return self.started_at + timedelta(minutes=self.planned_minutes)

    def previous_block(self) -> str | None:
        """The block "previous" goes back to: the nearest finished one before the current."""
        finished = (BlockStatus.DONE, BlockStatus.SKIPPED)
        position = self.order.index(self.current) if self.current else len(self.order)
        for block_id in reversed(self.order[:position]):
            if self.runs[block_id].status in finished:
                return block_id
        return None


_HANDLERS: dict[str, Callable[[AgendaState, datetime, Mapping[str, Any]], bool]] = {
    EventType.CLOCK_STARTED: AgendaState._on_clock_started,
    EventType.CLOCK_PAUSED: AgendaState._on_clock_paused,
    EventType.BLOCK_ENDED: AgendaState._on_block_ended,
    EventType.BLOCK_SKIPPED: AgendaState._on_block_skipped,
    EventType.BLOCK_REOPENED: AgendaState._on_block_reopened,
    EventType.BLOCK_POSTPONED: AgendaState._on_block_postponed,
    EventType.BLOCK_EXTENDED: AgendaState._on_block_extended,
    EventType.PLAN_ADJUSTED: AgendaState._on_plan_adjusted,
    EventType.BLOCK_ADDED: AgendaState._on_block_added,
    EventType.MEETING_ENDED: AgendaState._on_meeting_ended,
    EventType.PHASE_MOVED: phase_run.on_phase_moved,
    EventType.PHASE_GROUP_MOVED: phase_run.on_group_moved,
    # The chair left with the clock running (for a restart): only its moment counts.
    EventType.MEETING_LEFT: lambda _state, _moment, _data: True,
}


# --------------------------------------------------------------------- commands
# Each command looks at the state and returns the event to record, or a Refusal that the
# UI shows. Commands never change state themselves: only recorded events do.

Command = EventDraft | Refusal


def toggle_clock(state: AgendaState) -> Command:
    if state.finished:
        return Refusal("agenda.refuse_finished")
    if state.running:
        return EventDraft(EventType.CLOCK_PAUSED)
    return EventDraft(EventType.CLOCK_STARTED)


def next_block(state: AgendaState) -> Command:
    if state.current is None:
        return Refusal("agenda.refuse_finished")
    return EventDraft(EventType.BLOCK_ENDED, {"block": state.current})


def skip_block(state: AgendaState) -> Command:
    if state.current is None:
        return Refusal("agenda.refuse_finished")
    return EventDraft(EventType.BLOCK_SKIPPED, {"block": state.current})


def previous_block(state: AgendaState) -> Command:
    target = state.previous_block()
    if target is None:
        return Refusal("agenda.refuse_no_previous")
    return EventDraft(EventType.BLOCK_REOPENED, {"block": target})


def postpone_block(state: AgendaState) -> Command:
    if state.current is None:
        return Refusal("agenda.refuse_finished")
    position = state.order.index(state.current)
    if not any(state.runs[b].status is BlockStatus.PENDING for b in state.order[position + 1 :]):
        return Refusal("agenda.refuse_nothing_after")
    return EventDraft(EventType.BLOCK_POSTPONED, {"block": state.current})


def extend_block(state: AgendaState, seconds: int) -> Command:
    if state.current is None:
        return Refusal("agenda.refuse_finished")
    planned = state.runs[state.current].planned_seconds
    if planned + seconds < MINIMUM_PLANNED_SECONDS:
        return Refusal("agenda.refuse_too_short")
    return EventDraft(EventType.BLOCK_EXTENDED, {"block": state.current, "seconds": seconds})


def add_block(state: AgendaState, title: str, minutes: int) -> Command:
    """A new item after the current one (`/nytpunkt Beboerhøring 15`)."""
    if state.current is None:
        return Refusal("agenda.refuse_finished")
    if not title.strip():
        return Refusal("agenda.refuse_no_title")
    if not 1 <= minutes <= ADDED_BLOCK_MAX_MINUTES:
        return Refusal("agenda.refuse_minutes", {"most": ADDED_BLOCK_MAX_MINUTES})
    base = suggested_id(title.strip())
    block_id, number = base, 1
    while block_id in state.runs:
        number += 1
        block_id = f"{base}-{number}"
    data = {"block": block_id, "title": title.strip(), "minutes": minutes}
    return EventDraft(EventType.BLOCK_ADDED, data)


def parse_added_block(text: str) -> tuple[str, int]:
    """`Beboerhøring 15` or `Beboerhøring 15 min` → ("Beboerhøring", 15); without a number
    of minutes at the end (a year is not one) the item gets ADDED_BLOCK_DEFAULT_MINUTES."""
    match = _TRAILING_MINUTES.match(text.strip())
    if match is None:
        return text.strip(), ADDED_BLOCK_DEFAULT_MINUTES
    return match.group("title").strip(), int(match.group("minutes"))
