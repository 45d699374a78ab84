"""The what-if fix: which later blocks to shorten so the meeting ends on time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from facilitator.core.agenda import AgendaState
from facilitator.core.events import EventDraft, EventType


@dataclass(frozen=True)
class Cut:
    block_id: str
    title: str
    planned_minutes: int
    proposed_minutes: int


@dataclass(frozen=True)
class CatchUpPlan:
    behind_minutes: int
    cuts: tuple[Cut, ...]
    shortfall_minutes: int
    """Minutes that cannot be won back without cutting a block below half its length."""
    end_by: datetime | None = None
    """The program's »slut senest« when that is what the meeting runs past (it comes before
    the planned end): the chair is told »I slutter 20 min efter kl. 21.00«, not »bagud«,
    while the status line says the meeting keeps its plan."""

    @property
    def saved_minutes(self) -> int:
        return sum(cut.planned_minutes - cut.proposed_minutes for cut in self.cuts)

    def to_event(self) -> EventDraft:
        return EventDraft(
            EventType.PLAN_ADJUSTED,
            {"minutes": {cut.block_id: cut.proposed_minutes for cut in self.cuts}},
        )


def floor_minutes(planned_minutes: int) -> int:
    """No block is cut below half its planned length (and never below one minute)."""
    return max(1, math.ceil(planned_minutes / 2))


def catch_up_target(
    planned_end: datetime | None, end_by: datetime | None
) -> tuple[datetime, bool] | None:
    """What to catch up to: the planned end, or the program's »slut senest« when that
    comes first (and whether it is that one). None when the meeting has neither."""
    if end_by is not None and (planned_end is None or end_by < planned_end):
        return end_by, True
    if planned_end is None:
        return None
    return planned_end, False


def propose_catch_up(
    state: AgendaState, now: datetime, target_end: datetime, is_end_by: bool = False
) -> CatchUpPlan:
    """Spread the delay over the blocks still to come, in proportion to how much each can
    give, in whole minutes (largest remainder). The current block is left alone: the chair
    is in it and decides it live."""
    behind_seconds = (state.projected_end(now) - target_end).total_seconds()
    behind = max(0, math.ceil(behind_seconds / 60))
    pending = state.pending_after_current()
    planned = {b: state.runs[b].planned_seconds // 60 for b in pending}
    slack = {b: planned[b] - floor_minutes(planned[b]) for b in pending}
    total_slack = sum(slack.values())
    to_cut = min(behind, total_slack)
    cuts_by_block = {b: 0 for b in pending}
    if to_cut and total_slack:
        shares = {b: to_cut * slack[b] / total_slack for b in pending}
        cuts_by_block = {b: math.floor(share) for b, share in shares.items()}
        missing = to_cut - sum(cuts_by_block.values())
        by_remainder = sorted(pending, key=lambda b: shares[b] - cuts_by_block[b], reverse=True)
        for block_id in by_remainder[:missing]:
            cuts_by_block[block_id] += 1
    cuts = tuple(
        Cut(b, state.program.block(b).title, planned[b], planned[b] - cuts_by_block[b])
        for b in pending
        if cuts_by_block[b] > 0
    )
    return CatchUpPlan(
        behind_minutes=behind,
        cuts=cuts,
        shortfall_minutes=behind - to_cut,
        end_by=target_end if is_end_by else None,
    )
