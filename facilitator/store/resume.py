"""Which meeting `resume`, `display` and `join` open when no meeting is named.

After a crash the chair types `facilitator resume`: the meeting that was running must come
back, not the empty one that a second `run` made in the same minute. So the choice is made
from what the meetings' logs say, never from folder names:

1. meetings that were running — started (a `clock_started` in the log) and not over (the
   fold's `AgendaState.finished` says so; a meeting-ended state, when there is one, belongs
   there too) — the one with the newest last event first;
2. only when none was running: meetings never started, the newest first;
3. only when there are neither: finished meetings, the one with the newest last event
   first (to add to the notes afterwards, or to put a finished meeting on the projector).

Never a meeting imported from another laptop's handover, even one not ended there.

When more than one meeting was running, the first is the best guess and the others are
returned alongside, so a screen can ask and the command line can say which others exist.
The figures come from the review's cached summaries (`store/history.py`), so a folder with
a thousand meetings is not replayed in full each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import IntEnum
from pathlib import Path

from facilitator.i18n import format_clock, format_day, tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.history import list_sessions
from facilitator.store.imported import is_imported


class ResumeState(IntEnum):
    """In the order they are offered."""

    RUNNING = 0
    NOT_STARTED = 1
    FINISHED = 2


@dataclass(frozen=True)
class ResumeCandidate:
    folder: Path
    title: str
    group: str
    created: datetime
    started_at: datetime | None
    last_event_at: datetime | None
    state: ResumeState

    @property
    def last_activity(self) -> datetime:
        """When something last happened in the meeting (its creation, if nothing since)."""
        return self.last_event_at or self.created


def resume_candidates(sessions_dir: Path) -> list[ResumeCandidate]:
    """Every readable meeting, in the order `resume` considers them (see the module)."""
    found = []
    for item in list_sessions(sessions_dir):
        summary = item.summary
        if summary is None:
            continue  # a session.toml that cannot be read cannot be opened either
        if is_imported(item.folder):
            continue  # another laptop's meeting, the past here (store/imported.py)
        if summary.started_at is None:
            state = ResumeState.NOT_STARTED
        elif summary.finished:
            state = ResumeState.FINISHED
        else:
            state = ResumeState.RUNNING
        found.append(
            ResumeCandidate(
                folder=item.folder,
                title=summary.title,
                group=summary.group,
                created=summary.created,
                started_at=summary.started_at,
                last_event_at=summary.last_event_at,
                state=state,
            )
        )
    # Newest activity first within each state; the folder name only breaks an exact tie.
    found.sort(key=lambda c: c.folder.name, reverse=True)
    found.sort(key=lambda c: c.last_activity, reverse=True)
    found.sort(key=lambda c: c.state)
    return found


def running_sessions(sessions_dir: Path) -> list[ResumeCandidate]:
    """The meetings that were running (started, not over), newest last event first: when
    there are two or more, the screen asks which one."""
    return [c for c in resume_candidates(sessions_dir) if c.state is ResumeState.RUNNING]


def session_to_resume(sessions_dir: Path) -> tuple[ResumeCandidate, list[ResumeCandidate]]:
    """The meeting to open without a name, and the other running meetings it was chosen
    over (empty unless two or more were running). Raises StoreError when there is none."""
    candidates = resume_candidates(sessions_dir)
    if not candidates:
        raise StoreError(tr("session.none_to_resume", folder=sessions_dir))
    chosen = candidates[0]
    if chosen.state is not ResumeState.RUNNING:
        return chosen, []
    return chosen, [c for c in candidates[1:] if c.state is ResumeState.RUNNING]


def describe_others(
    chosen: ResumeCandidate, others: list[ResumeCandidate], command: str, zone: tzinfo
) -> str:
    """What the command line says on stderr when it chose among running meetings: which it
    opens, which others exist and how to open one of those."""

    def described(candidate: ResumeCandidate) -> str:
        moment = candidate.last_activity.astimezone(zone)
        when = format_clock(moment)
        if moment.date() != chosen.last_activity.astimezone(zone).date():
            when = f"{format_day(moment.date())} {when}"
        return tr("resume.when", folder=candidate.folder.name, when=when)

    return tr_count(
        "resume.others",
        len(others),
        others=", ".join(described(other) for other in others),
        chosen=described(chosen),
        command=command,
    )
