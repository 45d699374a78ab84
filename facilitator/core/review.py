"""Looking back: what one session holds in figures, and what a group carries between meetings.

Pure functions over folded session states. A session's summary is small enough to cache
(so listing a thousand sessions does not replay a thousand logs); everything else is
computed from the states the caller has read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any

from facilitator.core.agenda import BlockStatus
from facilitator.core.events import format_utc, parse_utc
from facilitator.core.program import BlockKind, Program
from facilitator.core.referat import Attendance, EntryKind
from facilitator.core.session import SessionState

MOMENTS = ("created", "started_at", "ended_at", "last_event_at")


@dataclass(frozen=True)
class SessionSummary:
    """What the sessions list shows, and what search looks in besides the notes."""

    folder: str
    title: str
    program_id: str
    group: str
    created: datetime
    started_at: datetime | None
    ended_at: datetime | None
    duration_seconds: int
    decisions: int
    actions: int
    open_actions: int
    participants: int
    search_text: str
    """Decisions, actions, parked points and names, folded to lower case."""
    warnings: tuple[str, ...] = ()
    """What could not be read (a torn log, an unknown event type …), said for the user."""
    open_action_ids: tuple[str, ...] = ()
    remote_updates: tuple[tuple[str, str, bool], ...] = ()
    """(session folder, entry id, done) for actions of earlier sessions marked here."""
    last_event_at: datetime | None = None
    """When the last event was written: how recently the meeting was worked on."""
    finished: bool = False
    """Whether the fold says the meeting is over (`AgendaState.finished`)."""

    def with_open_actions(self, count: int) -> SessionSummary:
        return replace(self, open_actions=count)

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        for key in MOMENTS:
            value = data[key]
            data[key] = format_utc(value) if value else None
        data["warnings"] = list(self.warnings)
        data["open_action_ids"] = list(self.open_action_ids)
        data["remote_updates"] = [list(update) for update in self.remote_updates]
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SessionSummary:
        """Raises KeyError, TypeError or ValueError on a summary that is not ours."""
        moments = {key: parse_utc(str(data[key])) if data[key] else None for key in MOMENTS}
        created = moments["created"]
        if created is None:
            raise ValueError("created")
        return cls(
            folder=str(data["folder"]),
            title=str(data["title"]),
            program_id=str(data["program_id"]),
            group=str(data["group"]),
            created=created,
            started_at=moments["started_at"],
            ended_at=moments["ended_at"],
            duration_seconds=int(data["duration_seconds"]),
            decisions=int(data["decisions"]),
            actions=int(data["actions"]),
            open_actions=int(data["open_actions"]),
            participants=int(data["participants"]),
            search_text=str(data["search_text"]),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
            open_action_ids=tuple(str(i) for i in data.get("open_action_ids", ())),
            remote_updates=tuple(
                (str(folder), str(entry), bool(done))
                for folder, entry, done in data.get("remote_updates", ())
            ),
            last_event_at=moments["last_event_at"],
            finished=bool(data["finished"]),
        )


def summarize(
    folder: str,
    title: str,
    program_id: str,
    group: str,
    created: datetime,
    state: SessionState,
    warnings: Iterable[str] = (),
) -> SessionSummary:
    agenda, referat, turns = state.agenda, state.referat, state.turns
    ended = agenda.ended_at if agenda.finished else None
    span = state.span()
    duration = int((span[1] - span[0]).total_seconds()) if span is not None else 0
    actions = referat.all_of(EntryKind.ACTION)
    open_ids = tuple(entry.id for entry in actions if not referat.action_done(entry.id))
    words = [entry.text for entry in referat.entries.values()]
    words += [entry.who for entry in actions if entry.who]
    words += [person.name for person in turns.participants.values()]
    return SessionSummary(
        folder=folder,
        title=title,
        program_id=program_id,
        group=group,
        created=created,
        started_at=agenda.started_at,
        ended_at=ended,
        duration_seconds=duration,
        decisions=len(referat.all_of(EntryKind.DECISION)),
        actions=len(actions),
        open_actions=len(open_ids),
        participants=len(turns.participants),
        search_text="\n".join(words).casefold(),
        warnings=tuple(warnings),
        open_action_ids=open_ids,
        remote_updates=tuple(
            (update.session, update.entry_id, update.done)
            for update in referat.action_updates
            if update.session and update.done is not None
        ),
        last_event_at=state.last_at,
        finished=agenda.finished,
    )


def settle_open_actions(summaries: list[SessionSummary]) -> list[SessionSummary]:
    """Count open actions across sessions: an action marked done in a later meeting is no
    longer open in the one it was written in (the latest word wins)."""
    done: dict[tuple[str, str], bool] = {}
    for summary in sorted(summaries, key=lambda s: s.created):
        for folder, entry_id, is_done in summary.remote_updates:
            done[(folder, entry_id)] = is_done
    return [
        summary.with_open_actions(
            sum(1 for i in summary.open_action_ids if not done.get((summary.folder, i), False))
        )
        for summary in summaries
    ]


def matches(summary: SessionSummary, notes_text: str, query: str) -> bool:
    """Case-insensitive, Danish letters as they are (æ, ø, å match only themselves)."""
    wanted = query.strip().casefold()
    if not wanted:
        return True
    return wanted in summary.search_text or wanted in notes_text.casefold()


# --------------------------------------------------------------------- one session


@dataclass(frozen=True)
class BlockUse:
    title: str
    kind: BlockKind
    planned_seconds: int
    actual_seconds: int
    status: BlockStatus

    @property
    def over_seconds(self) -> int:
        return self.actual_seconds - self.planned_seconds

    @property
    def overran(self) -> bool:
        """Over the plan, from the first second."""
        return self.over_seconds > 0


def block_use(state: SessionState, moment: datetime | None = None) -> list[BlockUse]:
    """Planned (as the program had it) against actual time per item, in the order run.
    `moment`: where the clocks stop (core/meeting_end.py); looking back by default."""
    agenda = state.agenda
    moment = moment or state.moment()
    rows = []
    for block_id in agenda.order:
        block = agenda.program.block(block_id)
        rows.append(
            BlockUse(
                title=block.title,
                kind=block.kind,
                planned_seconds=block.minutes * 60,
                actual_seconds=int(agenda.elapsed_seconds(block_id, moment)),
                status=agenda.runs[block_id].status,
            )
        )
    return rows


@dataclass(frozen=True)
class TalkShare:
    name: str
    seconds: int
    turns: int


def talk_shares(state: SessionState, moment: datetime | None = None) -> list[TalkShare]:
    """Talk time and turns per participant over the whole meeting, in seat order.
    `moment`: as for `block_use`."""
    turns = state.turns
    moment = moment or state.moment()
    people = sorted(turns.participants.values(), key=lambda p: (p.seat, p.name.casefold()))
    return [
        TalkShare(p.name, int(turns.total_seconds(p.id, moment)), turns.turn_count(p.id))
        for p in people
    ]


# --------------------------------------------------------------------- across a group


@dataclass(frozen=True)
class GroupMeeting:
    """One session of a group as the group review needs it."""

    folder: str
    created: datetime
    state: SessionState


@dataclass(frozen=True)
class OpenItem:
    folder: str
    """The session the item was written in."""
    entry_id: str
    kind: EntryKind
    text: str
    who: str
    due: date | None
    meeting: datetime
    done: bool = False


def open_items(meetings: Iterable[GroupMeeting], include_done: bool = False) -> list[OpenItem]:
    """Action items not done and parked points not closed, from all the given meetings,
    oldest first (with `include_done`, the done and closed ones too, marked as such).

    An action can be marked done (or given to someone else), and a parked point closed, in
    its own session or in any later one (`/udført`); the latest word wins."""
    ordered = sorted(meetings, key=lambda m: m.created)
    updates: dict[tuple[str, str], tuple[datetime, bool | None, str | None]] = {}
    for meeting in ordered:
        for update in meeting.state.referat.action_updates:
            key = (update.session or meeting.folder, update.entry_id)
            if key not in updates or updates[key][0] <= update.at:
                previous = updates.get(key, (update.at, None, None))
                updates[key] = (
                    update.at,
                    update.done if update.done is not None else previous[1],
                    update.who if update.who is not None else previous[2],
                )
    items = []
    for meeting in ordered:
        referat = meeting.state.referat
        for entry in sorted(referat.entries.values(), key=lambda e: e.seq):
            if entry.kind is EntryKind.DECISION:
                continue
            _at, done, who = updates.get((meeting.folder, entry.id), (meeting.created, None, None))
            if done and not include_done:
                continue
            items.append(
                OpenItem(
                    folder=meeting.folder,
                    entry_id=entry.id,
                    kind=entry.kind,
                    text=entry.text,
                    who=who if who is not None else entry.who,
                    due=entry.due,
                    meeting=meeting.created,
                    done=bool(done),
                )
            )
    return items


@dataclass(frozen=True)
class QuietRow:
    name: str
    meetings: int
    """Meetings they attended among the last N: marked present, or had the word."""
    seconds: int
    turns: int


def attended(state: SessionState, share: TalkShare) -> bool:
    """Whether someone was at the meeting: marked present, or spoke. Afbud and absence do
    not count, and nor does a name on the roster that nobody marked and that never spoke."""
    if share.turns or share.seconds:
        return True
    wanted = share.name.strip().casefold()
    marks = state.referat.attendance
    return any(n.casefold() == wanted and s is Attendance.PRESENT for n, s in marks.items())


def fairness_over(meetings: Iterable[GroupMeeting]) -> list[QuietRow]:
    """Talk time and turns per person (by name) over the meetings they attended, quietest
    (least talk per meeting attended) first; someone who attended none is not listed."""
    seconds: dict[str, int] = defaultdict(int)
    turns: dict[str, int] = defaultdict(int)
    present: dict[str, int] = defaultdict(int)
    for meeting in meetings:
        for share in talk_shares(meeting.state):
            if not attended(meeting.state, share):
                continue
            seconds[share.name] += share.seconds
            turns[share.name] += share.turns
            present[share.name] += 1
    rows = [QuietRow(name, present[name], seconds[name], turns[name]) for name in present]
    return sorted(rows, key=lambda row: (row.seconds / row.meetings, row.name.casefold()))


@dataclass(frozen=True)
class KindHistory:
    title: str
    kind: BlockKind
    runs: int
    planned_seconds: int
    """The average plan."""
    actual_seconds: int
    """The average time it really took."""

    @property
    def overran(self) -> bool:
        return self.actual_seconds > self.planned_seconds


def block_history(meetings: Iterable[GroupMeeting]) -> list[KindHistory]:
    """How long each kind of item really takes in this group, by item title, over meetings
    (items skipped or never reached are left out)."""
    planned: dict[tuple[str, BlockKind], list[int]] = defaultdict(list)
    actual: dict[tuple[str, BlockKind], list[int]] = defaultdict(list)
    for meeting in meetings:
        for use in block_use(meeting.state):
            if use.status is not BlockStatus.DONE:
                continue
            planned[(use.title, use.kind)].append(use.planned_seconds)
            actual[(use.title, use.kind)].append(use.actual_seconds)
    return [
        KindHistory(
            title=title,
            kind=kind,
            runs=len(actual[(title, kind)]),
            planned_seconds=sum(planned[(title, kind)]) // len(planned[(title, kind)]),
            actual_seconds=sum(actual[(title, kind)]) // len(actual[(title, kind)]),
        )
        for title, kind in sorted(actual, key=lambda pair: (pair[1].value, pair[0]))
    ]


def program_has_catch_up(program: Program) -> str | None:
    """The block where "siden sidst" belongs: one whose id or title says so, else None."""
    for block in program.blocks:
        if "siden-sidst" in block.id or "siden sidst" in block.title.casefold():
            return block.id
    return None
