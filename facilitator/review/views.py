"""What the review shows, as rich renderables: used by the `sessions`, `show`, `actions` and
`contacts` commands and by the review screens alike (no Textual here). A title, a name or
an entry in them is `literal()`: Rich reads a plain `str` in a table cell as markup."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from facilitator.core.action_status import StatusInfo, current_due, latest_statuses, status_text
from facilitator.core.agenda import BlockStatus
from facilitator.core.attendance import attendance_lists
from facilitator.core.meeting_end import MeetingEnd, looking_back, unended_line
from facilitator.core.memory import CLOSED
from facilitator.core.referat import EntryKind
from facilitator.core.review import (
    GroupMeeting,
    block_history,
    block_use,
    fairness_over,
    open_items,
    talk_shares,
)
from facilitator.core.status_targets import plan_numbers
from facilitator.i18n import (
    format_clock_time,
    format_countdown,
    format_day,
    format_minutes,
    tr,
    tr_count,
)
from facilitator.review.evaluation_views import trend_parts
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.history import ListedSession, as_meetings, group_records, list_sessions
from facilitator.store.liveness import record_end
from facilitator.store.session_files import find_session_folder
from facilitator.store.session_reader import SessionRecord, read_session

BAR_WIDTH = 24


def bar(value: int, longest: int, style: str, width: int = BAR_WIDTH) -> Text:
    """`█████·····`: `value` against the `longest` of its table, dots for the rest."""
    filled = round(width * value / longest) if longest > 0 else 0
    text = Text("█" * filled, style=style)
    text.append("·" * (width - filled), style="dim")
    return text


PLANNED_STYLE, WITHIN_STYLE, OVER_STYLE, TALK_STYLE = "blue", "green", "red", "cyan"


def legend(*entries: tuple[str, str]) -> Text:
    """`█ planlagt  █ faktisk, inden for tiden  █ faktisk, over tiden`: what the colours
    of the bars above say."""
    text = Text(style="dim")
    for index, (style, key) in enumerate(entries):
        if index:
            text.append("   ")
        text.append("█", style=style)
        text.append(f" {tr(key)}")
    return text


def sessions_table(
    sessions_dir: Path, group: str | None, search: str | None, zone: tzinfo
) -> Table:
    table = Table(title=tr("review.list_title"), header_style="bold")
    for key in ("date", "group", "program", "duration", "decisions", "open"):
        justify = "right" if key in ("duration", "decisions", "open") else "left"
        table.add_column(tr(f"review.col_{key}"), justify=justify)  # type: ignore[arg-type]
    for item in list_sessions(sessions_dir, group, search):
        table.add_row(*session_cells(item, zone))
    return table


def sync_copy_lines(sessions_dir: Path, group: str | None) -> list[str]:
    """What `facilitator sessions` says under the table: each conflict copy a synced drive
    left (store/sync_copies.py), with what to do."""
    return [line for item in list_sessions(sessions_dir, group) for line in item.sync_copies]


def session_cells(item: ListedSession, zone: tzinfo) -> tuple[str | Text, ...]:
    """One row of the sessions list (the CLI table and the review screen)."""
    summary = item.summary
    if summary is None:
        problem = Text("⚠ " + tr("review.warning_short"), style="yellow")
        return (literal(item.folder.name), "", problem, "", "", "")
    local = summary.created.astimezone(zone)
    title = literal(summary.title)
    if item.warnings:
        title.append(" ⚠", style="yellow")
    return (
        f"{format_day(local.date())} {format_clock_time(local)}",
        literal(summary.group),
        title,
        # Rounded, as the referat and the closing screen give it: 3:42 is »4 min« everywhere.
        format_minutes(round(summary.duration_seconds / 60)),
        str(summary.decisions),
        str(summary.open_actions),
    )


def session_overview(
    record: SessionRecord,
    zone: tzinfo,
    with_actions: bool = True,
    end: MeetingEnd | None = None,
    with_unended: bool = True,
) -> Group:
    """`facilitator show`: the figures of one meeting, with bars. The detail screen lists
    the actions itself (to mark them), so it asks for them to be left out here. `end`:
    where the clocks stop (store/liveness.py; without it, as a meeting no seat holds)."""
    state, header = record.state, record.header
    end = end or looking_back(state)
    parts: list[Table | Text] = []
    heading = literal(header.title, "bold")
    local = header.created.astimezone(zone)
    heading.append(f"\n{format_day(local.date())} {format_clock_time(local)}")
    if header.group:
        heading.append_text(literal(f" · {header.group}"))
    parts.append(heading)
    for warning in record.warnings:
        parts.append(literal("⚠ " + warning, "yellow"))
    if with_unended and state.agenda.started_at is not None and end.unended:
        parts.append(literal(unended_line(end, zone), "yellow"))
    approval = approval_line(record, zone)
    if approval is not None:
        parts.append(approval)

    uses = block_use(state, end.at)
    longest = max([u.planned_seconds for u in uses] + [u.actual_seconds for u in uses] + [1])
    agenda_table = Table(title=tr("review.planned_actual"), box=None, header_style="bold")
    for key in ("item", "planned", "actual", "bars"):
        agenda_table.add_column(tr(f"review.col_{key}"))
    for use in uses:
        style = OVER_STYLE if use.overran else WITHIN_STYLE
        bars = bar(use.planned_seconds, longest, PLANNED_STYLE)
        bars.append("\n")
        bars.append_text(bar(use.actual_seconds, longest, style))
        title = literal(use.title)
        if use.status is BlockStatus.SKIPPED:  # its seconds before the skip are still shown
            title.append_text(literal(" " + tr("review.skipped"), "dim"))
        agenda_table.add_row(
            title,
            format_minutes(use.planned_seconds // 60),
            format_countdown(use.actual_seconds) if use.actual_seconds else "–",
            bars,
        )
    parts.append(agenda_table)
    parts.append(
        legend(
            (PLANNED_STYLE, "review.legend_planned"),
            (WITHIN_STYLE, "review.legend_within"),
            (OVER_STYLE, "review.legend_over"),
        )
    )

    shares = talk_shares(state, end.at)
    if shares:
        longest_talk = max([s.seconds for s in shares] + [1])
        talk = Table(title=tr("review.talk_time"), box=None, header_style="bold")
        for key in ("name", "time", "turns", "bars"):
            talk.add_column(tr(f"review.col_{key}"))
        for share in shares:
            talk.add_row(
                literal(share.name, "bold yellow" if not share.turns else ""),
                format_countdown(share.seconds),
                str(share.turns),
                bar(share.seconds, longest_talk, TALK_STYLE),
            )
        parts.append(talk)
        silent = ("bold yellow", "review.legend_silent")
        parts.append(legend((TALK_STYLE, "review.legend_talk"), silent))

    referat = state.referat
    statuses = own_statuses(record)
    for kind in (EntryKind.DECISION, EntryKind.ACTION, EntryKind.PARKED):
        entries = referat.all_of(kind)
        if not entries or (kind is EntryKind.ACTION and not with_actions):
            continue
        lines = Text(tr(f"review.heading_{kind.value}"), style="bold")
        for entry in entries:
            lines.append_text(literal("\n• " + entry.text))
            if entry.kind is EntryKind.ACTION:
                extra = [entry.who] if entry.who else []
                if entry.due:
                    extra.append(tr("review.due", day=format_day(entry.due)))
                info = statuses.get(entry.id)
                if info is not None:
                    extra.append(status_text(info))
                elif referat.action_done(entry.id):
                    extra.append(tr("review.done"))
                if extra:
                    lines.append_text(literal(f" ({', '.join(extra)})", "dim"))
        parts.append(lines)
    marked = attendance_lists(referat, state.turns)  # as the referat has them
    if marked:
        lines = Text(tr("export.attendance"), style="bold")
        for status, names in marked:
            label = tr(f"export.attendance.{status.value}")
            lines.append_text(literal(f"\n{label}: {', '.join(names)}"))
        parts.append(lines)
    return Group(*parts)


def actions_table(sessions_dir: Path, group: str | None, only_open: bool, zone: tzinfo) -> Table:
    known = sorted({i.summary.group for i in list_sessions(sessions_dir) if i.summary})
    groups = known
    if group:
        # The group as its meetings spell it (»netværk nord« finds »Netværk Nord«).
        groups = [name for name in known if name.casefold() == group.casefold()]
        if not groups:
            raise StoreError(tr("review.no_such_group", group=group))
    table = Table(title=tr("review.actions_title"), header_style="bold")
    for key in ("meeting", "group", "number", "action", "who", "due", "status"):
        # Folded, not cut: at 80 columns a word longer than its column lost its end to »…«
        # (»[red]kom…« of a status's forklaring, a tester).
        table.add_column(tr(f"review.col_{key}"), overflow="fold")
    for name in groups:
        meetings = as_meetings(group_records(sessions_dir, name))
        statuses = latest_statuses(meetings)
        numbers = own_numbers(meetings)
        for item in open_items(meetings, include_done=not only_open):
            if item.kind is not EntryKind.ACTION:
                continue
            info = statuses.get((item.folder, item.entry_id))
            due = current_due(item.due, info)
            table.add_row(
                format_day(item.meeting.astimezone(zone).date()),
                literal(name),
                numbers.get((item.folder, item.entry_id), ""),
                literal(item.text),
                literal(item.who),
                format_day(due) if due else "",
                status_cell(item.done, info),
            )
    return table


def own_numbers(meetings: list[GroupMeeting]) -> dict[tuple[str, str], str]:
    """(session folder, action id) → `h1`, `h2` …: the number in its own meeting's
    handlingsplan, as the run screen showed it and `/status h1` took it."""
    return {
        (meeting.folder, entry_id): number
        for meeting in meetings
        for entry_id, number in plan_numbers(meeting.state.referat).items()
    }


def status_cell(done: bool, info: StatusInfo | None) -> Text:
    """The status column: the word `/status` gave (with its forklaring), else done or open."""
    if info is not None:
        closed = info.status in CLOSED
        return literal(status_text(info), "green" if closed else "yellow")
    if done:
        return Text(tr("review.done"), style="green")
    return Text(tr("review.open"), style="yellow")


def approval_line(record: SessionRecord, zone: tzinfo) -> Text | None:
    """»Godkendt den … af …«, read from the later meeting that approved the referat."""
    from facilitator.core.approval import approval_of, approval_text
    from facilitator.store.group_memory import meetings_around

    said = approval_of(record.folder.name, meetings_around(record))
    if said is None:
        return None
    day = format_day(said.at.astimezone(zone).date())
    return literal("✓ " + approval_text(said, day), "green")


def own_statuses(record: SessionRecord) -> dict[str, StatusInfo]:
    """The meeting's actions (by id) with a status, as the group's meetings say it now
    (a later meeting's `/status` included)."""
    from facilitator.store.group_memory import meetings_around

    latest = latest_statuses(meetings_around(record))
    folder, entries = record.folder.name, record.state.referat.entries
    return {i: info for (f, i), info in latest.items() if f == folder and i in entries}


def show_session(
    sessions_dir: Path, name: str | None, zone: tzinfo, console: Console, now: datetime
) -> None:
    """Raises StoreError when the session cannot be found or read. `now`: read only if a
    seat holds the meeting (it runs, and counts on)."""
    record = read_session(find_session_folder(sessions_dir, name), tolerant=True)
    console.print(session_overview(record, zone, end=record_end(record, now)))


def group_overview(group: str, meetings: list[GroupMeeting], zone: tzinfo) -> Group:
    """Open items from all the meetings given, the quiet ones, and time per item."""
    parts: list[Table | Text] = [
        literal(tr_count("review.group_title", len(meetings), group=group), "bold")
    ]
    items = open_items(meetings)
    statuses = latest_statuses(meetings)
    lines = Text(tr("review.group_open"), style="bold")
    for item in items:
        lines.append_text(literal("\n• " + item.text))
        details = [item.who] if item.who else []
        if item.kind is EntryKind.PARKED:
            details.append(tr("review.parked"))
        if item.due:
            details.append(tr("review.due", day=format_day(item.due)))
        info = statuses.get((item.folder, item.entry_id))
        if info is not None and item.kind is EntryKind.ACTION:
            details.append(status_text(info))
        details.append(
            tr("review.from_meeting", day=format_day(item.meeting.astimezone(zone).date()))
        )
        lines.append_text(literal(f"  ({', '.join(details)})", "dim"))
    if not items:
        lines.append("\n–", style="dim")
    parts.append(lines)

    quiet = fairness_over(meetings)
    if quiet:
        table = Table(title=tr("review.group_quiet"), box=None, header_style="bold")
        for key in ("name", "meetings", "average", "turns", "bars"):
            table.add_column(tr(f"review.col_{key}"))
        longest = max(row.seconds // row.meetings for row in quiet) or 1
        for row in quiet:
            average = row.seconds // row.meetings
            table.add_row(
                literal(row.name),
                str(row.meetings),
                format_countdown(average),
                str(row.turns),
                bar(average, longest, TALK_STYLE),
            )
        parts.append(table)
        parts.append(Text(tr("review.quiet_note"), style="dim"))

    history = block_history(meetings)
    if history:
        table = Table(title=tr("review.group_history"), box=None, header_style="bold")
        for key in ("item", "runs", "planned", "actual"):
            table.add_column(tr(f"review.col_{key}"))
        for kind_row in history:
            table.add_row(
                literal(kind_row.title),
                str(kind_row.runs),
                format_minutes(kind_row.planned_seconds // 60),
                Text(
                    format_countdown(kind_row.actual_seconds),
                    style=OVER_STYLE if kind_row.overran else WITHIN_STYLE,
                ),
            )
        parts.append(table)
        parts.append(
            legend((WITHIN_STYLE, "review.legend_within"), (OVER_STYLE, "review.legend_over"))
        )
    parts += trend_parts(meetings, zone)
    return Group(*parts)
