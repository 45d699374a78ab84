"""What the speakers panel and the guide show, computed from the session (no widgets)."""

from __future__ import annotations

from datetime import datetime

from facilitator.core.phase_turns import in_phase_round, phase_turn_line
from facilitator.core.program import BlockKind
from facilitator.core.rounds import round_view
from facilitator.core.seats import Seat
from facilitator.core.speech_limit import speech_limit_seconds
from facilitator.core.turns import Priority
from facilitator.store.live_session import LiveSession
from facilitator.tui.widgets.speakers_panel import SpeakersView


def in_round(session: LiveSession) -> bool:
    """A round item, or a round phase inside another item (`core/phase_turns.py`)."""
    current = session.state.current
    if current is not None and in_phase_round(session.state, session.clock.now()):
        return True
    return current is not None and session.program.block(current).kind is BlockKind.ROUND


def speakers_view(session: LiveSession, now: datetime, stamps: bool) -> SpeakersView:
    turns = session.turns
    handles = turns.handles()
    speaker = turns.participants.get(turns.speaker or "")
    round_now = in_round(session)
    waiting = tuple(
        (
            handles[entry.participant],
            turns.participants[entry.participant].name,
            entry.priority.name,
        )
        for entry in turns.ordered_queue(now, turns.quiet_first)
        # In a round F8 follows the round; only requests with a priority come before it.
        if not round_now or entry.priority is not Priority.NORMAL
    )
    return SpeakersView(
        speaker=speaker.name if speaker else None,
        speaking_seconds=int(turns.speaking_seconds(now)),
        speaker_total_seconds=int(turns.total_seconds(speaker.id, now)) if speaker else 0,
        waiting=waiting,
        stamps=stamps,
        quiet_first=turns.quiet_first,
        round=round_view(session.state, turns, session.referat, now) if round_now else None,
        limit_seconds=speech_limit_seconds(session.program, turns, session.state.current),
        # A chair's seat that only reads (a second `resume`) puts nobody on the list either.
        can_queue=session.seat is Seat.CHAIR and not session.read_only,
        phase_turn=phase_turn_line(
            session.state, turns, session.referat, now, hints=session.seat is Seat.CHAIR
        ),
    )


def groups_for_current(session: LiveSession) -> tuple[tuple[str, ...], ...]:
    """The current block's groups as names, for the chair to read aloud."""
    turns, block = session.turns, session.state.current
    if block is None or block not in turns.groups:
        return ()
    _size, _seed, groups = turns.groups[block]
    # Someone taken off the roster after the split is left out, not a crash.
    return tuple(
        tuple(turns.participants[pid].name for pid in group if pid in turns.participants)
        for group in groups
    )
