"""The referat as Markdown: heading, attendance, every agenda item with planned and actual
time, its notes, decisions and actions, then the action plan, parked points and next meeting.

Written for any CommonMark renderer, not only ours: every line the referent ended with Enter
ends in a hard break (two spaces), so two typed lines and every speaker stamp stay lines in a
viewer that joins soft breaks; a blank line stays a new paragraph; lists are real lists.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from facilitator.core.agenda import BlockStatus
from facilitator.core.attendance import attendance_lists
from facilitator.core.meeting_end import MeetingEnd, looking_back, time_fact, unended_line
from facilitator.core.referat import Entry, EntryKind
from facilitator.core.referat_memory import ReferatMemory
from facilitator.core.roles import meeting_roles
from facilitator.core.status_targets import plan_numbers
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.meeting_plan import markdown_meeting_line
from facilitator.export.raw_html import html_as_text
from facilitator.export.referat_evaluation import evaluation_lines
from facilitator.export.referat_memory import action_plan_rows, approval_lines, memory_sections
from facilitator.export.referat_phases import phase_lines
from facilitator.export.referat_room import checklist_lines
from facilitator.i18n import format_date, format_day, format_minutes, tr
from facilitator.store.session_reader import SessionRecord

HARD_BREAK = "  "
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def hard_breaks(text: str) -> str:
    """Typed notes with each line break kept: a line followed by another (not blank) gets
    two trailing spaces. Not in a fenced code block, where spaces are text, and not before a
    blank line, where the paragraph ends anyway."""
    lines = text.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines[:-1]):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)[0]
            continue
        if fence is not None:
            if opening and opening.group(1)[0] == fence:
                fence = None
            continue
        if line.strip() and lines[index + 1].strip() and not line.endswith(("  ", "\\")):
            lines[index] = line.rstrip() + HARD_BREAK
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Table cells may not contain pipes or line breaks."""
    return text.replace("|", "\\|").replace("\n", " ")


def _minutes(seconds: float) -> str:
    return format_minutes(round(seconds / 60))


def _action_line(entry: Entry) -> str:
    details = []
    if entry.who:
        details.append(markdown_literal(entry.who))
    if entry.due:
        details.append(tr("export.by", due=format_day(entry.due)))
    return f"- {markdown_literal(entry.text)}" + (f" – {', '.join(details)}" if details else "")


def referat_markdown(
    record: SessionRecord,
    zone: tzinfo,
    end: MeetingEnd | None = None,
    memory: ReferatMemory | None = None,
) -> str:
    """`end`: where the clocks stop (core/meeting_end.py; without it, as looking back at a
    meeting no seat holds). `memory`: what the group's meetings say about this one
    (core/referat_memory.py)."""
    agenda, referat = record.state.agenda, record.state.referat
    end = end or looking_back(record.state)
    moment = end.at
    lines: list[str] = [f"# {tr('export.title', title=markdown_literal(record.header.title))}", ""]

    facts: list[tuple[str, str]] = []
    if record.header.group:
        facts.append((tr("export.group"), record.header.group))
    started = agenda.started_at or record.header.created
    facts.append((tr("export.date"), format_date(started.astimezone(zone).date())))
    if agenda.started_at is not None:
        facts.append((tr("export.time"), time_fact(agenda.started_at, end, zone)))
    place = referat.place or record.header.place
    if place:
        facts.append((tr("export.place"), place))
    for role, name in meeting_roles(referat, record.state.turns).items():
        facts.append((tr(f"export.role.{role}"), name))
    lines += [f"- **{label}:** {markdown_literal(value)}" for label, value in facts]
    lines.append("")
    if agenda.started_at is not None and end.unended:
        lines += [f"*{unended_line(end, zone)}*", ""]
    lines += approval_lines(memory, zone)

    marked = attendance_lists(referat, record.state.turns)  # the roster's order
    if marked:
        lines += [f"## {tr('export.attendance')}", ""]
        for status, names in marked:
            shown = ", ".join(markdown_literal(name) for name in names)
            lines.append(f"- **{tr(f'export.attendance.{status.value}')}:** {shown}")
        lines.append("")

    lines += [f"## {tr('export.agenda')}", ""]
    lines.append(
        f"| # | {tr('export.col_item')} | {tr('export.col_planned')} | {tr('export.col_actual')} |"
    )
    lines.append("|---|---|---:|---:|")
    for number, block_id in enumerate(agenda.order, start=1):
        run = agenda.runs[block_id]
        # Whole seconds, as the review and `show` count them: under one second is none.
        actual = int(agenda.elapsed_seconds(block_id, moment))
        shown = _minutes(actual) if actual else "–"
        title = _cell(markdown_literal(record.program.block(block_id).title))
        lines.append(f"| {number} | {title} | {_minutes(run.planned_seconds)} | {shown} |")
    lines.append("")

    for number, block_id in enumerate(agenda.order, start=1):
        block = record.program.block(block_id)
        run = agenda.runs[block_id]
        lines += [f"## {number}. {markdown_literal(block.title)}", ""]
        actual = int(agenda.elapsed_seconds(block_id, moment))
        planned = _minutes(run.planned_seconds)
        # An item never reached took no time: »faktisk 0 min« above »Punktet nåede vi ikke«
        # said it twice, and as if it had run.
        if actual:
            times = tr("export.item_times", planned=planned, actual=_minutes(actual))
        else:
            times = tr("export.item_planned", planned=planned)
        lines.append(f"*{times}*")
        lines.append("")
        lines += phase_lines(agenda, block_id, moment)
        if run.status is BlockStatus.SKIPPED:
            lines += [f"*{tr('export.skipped')}*", ""]
        elif run.status is BlockStatus.PENDING and not actual:
            lines += [f"*{tr('export.not_reached')}*", ""]
        text = record.notes.get(block_id, "").strip()
        if text:
            lines += [hard_breaks(text), ""]
        decisions = referat.entries_for(block_id, EntryKind.DECISION)
        if decisions:
            lines += [f"**{tr('export.decisions')}**", ""]
            lines += [f"- {markdown_literal(entry.text)}" for entry in decisions]
            lines.append("")
        elif block_id in referat.decision_skips:
            reason = markdown_literal(referat.decision_skips[block_id])
            lines += [f"*{tr('export.no_decision', reason=reason)}*", ""]
        actions = referat.entries_for(block_id, EntryKind.ACTION)
        if actions:
            lines += [f"**{tr('export.actions')}**", ""]
            lines += [_action_line(entry) for entry in actions]
            lines.append("")
        lines += evaluation_lines(block, referat)
        lines += checklist_lines(record, block_id)

    actions = referat.all_of(EntryKind.ACTION)
    if actions:
        lines += [f"## {tr('export.action_plan')}", ""]
        statuses = memory.statuses if memory else {}
        lines += action_plan_rows(actions, statuses, plan_numbers(referat))
        lines.append("")

    parked = referat.all_of(EntryKind.PARKED)
    if parked:
        lines += [f"## {tr('export.parked')}", ""]
        lines += [f"- {markdown_literal(entry.text)}" for entry in parked]
        lines.append("")

    titles = {block.id: block.title for block in record.program.blocks}
    lines += memory_sections(memory, zone, titles)

    upcoming = referat.next_meeting
    if upcoming is not None:
        lines += [f"## {tr('export.next_meeting')}", ""]
        details = [
            (tr("export.date"), format_date(upcoming.date) if upcoming.date else ""),
            (tr("export.time"), upcoming.time),
            (tr("export.place"), upcoming.place),
            (tr("export.role.ordstyrer"), upcoming.chair),
            (tr("export.role.referent"), upcoming.referent),
        ]
        lines += [f"- **{label}:** {markdown_literal(value)}" for label, value in details if value]
        lines.append("")

    plan = referat.meeting_plan
    if plan is not None:
        lines += [f"## {tr('export.meeting_plan')}", ""]
        # `1. torsdag …`: the meeting's number is the list's own (`- 1.` nests a list).
        lines += [markdown_meeting_line(meeting, plan.place) for meeting in plan.meetings]
        lines.append("")
    # What a person typed as HTML stays text in every viewer (export/raw_html.py).
    return html_as_text("\n".join(lines).rstrip() + "\n")
