"""The referat as the review's detail shows it: Rich `Text`, every note, entry, name and
title `literal()`, exactly as typed.

Not the Markdown of `referat.md` through Textual's Markdown widget: that reads the notes
and entries as Markdown and HTML, so `<script>…</script>` or `<img …>` vanished and
`*stjerne*` became emphasis. Here only our own headings are styled; what a person wrote is
text. The overview above it already has the title, the agenda's times, the attendance and
the approval, and the action list has the actions with their status; this is the rest of
the referat, in the export's order.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from rich.console import Group, RenderableType
from rich.text import Text

from facilitator.core.action_status import status_text
from facilitator.core.agenda import BlockStatus
from facilitator.core.evaluation_rules import evaluation_result
from facilitator.core.meeting_end import MeetingEnd, time_fact, unended_line
from facilitator.core.phase_run import block_timeline
from facilitator.core.program import BlockKind
from facilitator.core.referat import Entry, EntryKind
from facilitator.core.referat_memory import ReferatMemory
from facilitator.core.roles import meeting_roles
from facilitator.export.meeting_plan import meeting_line
from facilitator.export.referat_memory import agreement_made, timeout_text
from facilitator.i18n import (
    format_date,
    format_day,
    format_decimal,
    format_minutes,
    tr,
    tr_count,
)
from facilitator.review.text import literal
from facilitator.store.session_reader import SessionRecord

HEADING = "bold underline"
LABEL = "bold"
NOTE = "italic dim"


def _minutes(seconds: float) -> str:
    return format_minutes(round(seconds / 60))


def _list(title: str, lines: list[str]) -> Text:
    """Our own bold title (if any), then each line, which holds a person's text, as a
    literal bullet."""
    text = Text()  # not Text(title, style=…): a Text's own style is every line's
    text.append(title, style=LABEL)
    for line in lines:
        text.append("\n• " if text else "• ")
        text.append_text(literal(line))
    return text


def _heading(title: str) -> list[RenderableType]:
    """A section of our own: a blank line, then its title."""
    return [Text(), Text(title, style=HEADING)]


def _facts(pairs: list[tuple[str, str]]) -> Text:
    text = Text()
    for label, value in pairs:
        text.append(f"{label}: ", style=LABEL)
        text.append_text(literal(value))
        text.append("\n")
    text.rstrip()
    return text


def action_text(entry: Entry) -> str:
    details = [entry.who] if entry.who else []
    if entry.due:
        details.append(tr("export.by", due=format_day(entry.due)))
    return entry.text + (f" – {', '.join(details)}" if details else "")


def meeting_facts(record: SessionRecord, zone: tzinfo, end: MeetingEnd) -> Text:
    """Date, time, place and roles (the title and group are the overview's)."""
    agenda, referat = record.state.agenda, record.state.referat
    started = agenda.started_at or record.header.created
    facts = [(tr("export.date"), format_date(started.astimezone(zone).date()))]
    if agenda.started_at is not None:
        facts.append((tr("export.time"), time_fact(agenda.started_at, end, zone)))
    place = referat.place or record.header.place
    if place:
        facts.append((tr("export.place"), place))
    for role, name in meeting_roles(referat, record.state.turns).items():
        facts.append((tr(f"export.role.{role}"), name))
    shown = _facts(facts)
    if agenda.started_at is not None and end.unended:
        shown.append_text(literal("\n" + unended_line(end, zone), NOTE))
    return shown


def item_parts(
    record: SessionRecord, number: int, block_id: str, moment: datetime
) -> list[RenderableType]:
    """One agenda item: its heading and times, phases, notes, decisions, actions, its
    evaluation and its checklist."""
    agenda, referat = record.state.agenda, record.state.referat
    block, run = record.program.block(block_id), agenda.runs[block_id]
    heading = Text(f"{number}. ", style=HEADING)
    heading.append_text(literal(block.title, HEADING))
    actual = agenda.elapsed_seconds(block_id, moment)
    times = tr("export.item_times", planned=_minutes(run.planned_seconds), actual=_minutes(actual))
    parts: list[RenderableType] = [Text(), heading, Text(times, style=NOTE)]
    timeline = block_timeline(agenda, block_id, moment)
    if timeline is not None and actual > 0:
        phases = []
        for index, phase in enumerate(block.phases):
            spent = timeline.actual_seconds(index)
            shown = _minutes(spent) if spent else "–"
            planned = _minutes(timeline.planned[index])
            phases.append(
                tr("phase.referat_line", title=phase.title, planned=planned, actual=shown)
            )
        parts.append(_list(tr("phase.referat_heading"), phases))
    if run.status is BlockStatus.SKIPPED:
        parts.append(Text(tr("export.skipped"), style=NOTE))
    elif run.status is BlockStatus.PENDING and not actual:
        parts.append(Text(tr("export.not_reached"), style=NOTE))
    notes = record.notes.get(block_id, "").strip()
    if notes:
        parts += [literal(notes), Text()]  # a line between the notes and the lists
    decisions = referat.entries_for(block_id, EntryKind.DECISION)
    if decisions:
        parts.append(_list(tr("export.decisions"), [entry.text for entry in decisions]))
    elif block_id in referat.decision_skips:
        reason = referat.decision_skips[block_id]
        parts.append(literal(tr("export.no_decision", reason=reason), NOTE))
    actions = referat.entries_for(block_id, EntryKind.ACTION)
    if actions:
        parts.append(_list(tr("export.actions"), [action_text(entry) for entry in actions]))
    if block.kind is BlockKind.EVALUATION:
        parts.append(evaluation_part(record, block_id))
    ticked = record.state.room.ticked(block_id)
    if ticked and block.checklist:
        marks = [f"{'☑' if i in ticked else '☐'} {item}" for i, item in enumerate(block.checklist)]
        parts.append(_list(tr("export.checklist"), marks))
    return parts


def evaluation_part(record: SessionRecord, block_id: str) -> Text:
    result = evaluation_result(record.program.block(block_id), record.state.referat)
    if not result.answered:
        return Text(tr("export.evaluation_none"), style=NOTE)
    lines = []
    for dimension, average in zip(result.dimensions, result.averages, strict=True):
        shown = format_decimal(average) if average is not None else "–"
        lines.append(tr("export.evaluation_average", dimension=dimension, average=shown))
    text = _list(tr_count("export.evaluation", result.answered), lines)
    if result.sentences:
        said = [f"{name}: {sentence}" for name, sentence in result.sentences]
        text.append("\n")
        text.append_text(_list(tr("export.evaluation_sentences"), said))
    return text


def memory_parts(
    record: SessionRecord, memory: ReferatMemory, zone: tzinfo
) -> list[RenderableType]:
    """»Opfølgning«, »Time-out« and »Gruppens aftaler«, as the referat has them."""
    parts: list[RenderableType] = []
    if memory.followed_up:
        followed = [
            text + (f" ({who})" if who else "") + f": {status_text(info)}"
            for text, who, info in memory.followed_up
        ]
        parts += [*_heading(tr("export.followed_up")), _list("", followed)]
    if memory.timeouts:
        titles = {block.id: block.title for block in record.program.blocks}
        lines = [timeout_text(timeout, zone, titles) for timeout in memory.timeouts]
        parts += [*_heading(tr("export.timeouts")), _list("", lines)]
    if memory.agreements:
        parts += _heading(tr("agreements.heading"))
        for agreement in memory.agreements:
            line = Text(f"{agreement.number}. ", style=LABEL)
            line.append_text(literal(agreement.text))
            line.append_text(literal(f" – {agreement_made(agreement, zone)}", NOTE))
            parts.append(line)
    return parts


def coming_parts(record: SessionRecord) -> list[RenderableType]:
    """»Næste møde« and »Mødeplan«."""
    referat = record.state.referat
    parts: list[RenderableType] = []
    upcoming = referat.next_meeting
    if upcoming is not None:
        details = [
            (tr("export.date"), format_date(upcoming.date) if upcoming.date else ""),
            (tr("export.time"), upcoming.time),
            (tr("export.place"), upcoming.place),
            (tr("export.role.ordstyrer"), upcoming.chair),
            (tr("export.role.referent"), upcoming.referent),
        ]
        shown = [(label, value) for label, value in details if value]
        parts += [*_heading(tr("export.next_meeting")), _facts(shown)]
    plan = referat.meeting_plan
    if plan is not None:
        lines = [meeting_line(meeting, plan.place) for meeting in plan.meetings]
        parts += [*_heading(tr("export.meeting_plan")), *(literal(line) for line in lines)]
    return parts


def referat_view(
    record: SessionRecord, zone: tzinfo, end: MeetingEnd, memory: ReferatMemory | None
) -> Group:
    """`end`: where the clocks stop, as the export has it (store/liveness.py)."""
    agenda = record.state.agenda
    moment = end.at
    parts: list[RenderableType] = [meeting_facts(record, zone, end)]
    for number, block_id in enumerate(agenda.order, start=1):
        parts += item_parts(record, number, block_id, moment)
    if memory is not None:
        parts += memory_parts(record, memory, zone)
    parts += coming_parts(record)
    return Group(*parts)
