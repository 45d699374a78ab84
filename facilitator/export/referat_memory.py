"""The referat's sections from the group's memory (core/referat_memory.py), in Markdown."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from facilitator.core.action_status import StatusInfo, current_due, status_text
from facilitator.core.agreements import Agreement
from facilitator.core.approval import approval_text
from facilitator.core.memory import TimeOut
from facilitator.core.referat import Entry
from facilitator.core.referat_memory import ReferatMemory
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.raw_html import html_as_text
from facilitator.i18n import format_clock_time, format_day, tr


def agreement_made(agreement: Agreement, zone: tzinfo) -> str:
    """`aftalt 1.12.2026 (Anne), ændret 5.1.2027`: when, and by whom if known."""
    day = format_day(agreement.meeting.astimezone(zone).date())
    said = tr("agreements.made", day=day)
    if agreement.made_by:
        said += f" ({markdown_literal(agreement.made_by)})"
    if agreement.changed_at is not None:
        said += ", " + tr(
            "agreements.changed", day=format_day(agreement.changed_at.astimezone(zone).date())
        )
    return said


def agreement_lines(agreements: list[Agreement], zone: tzinfo) -> list[str]:
    """`**1.** Det, der siges her, bliver her – *aftalt 1.12.2026 (Anne)*`, a paragraph
    each with the agreement's own number: a Markdown list would be renumbered 1, 2, 3 by
    every reader once an agreement before the last has ended."""
    lines: list[str] = []
    for agreement in agreements:
        made = agreement_made(agreement, zone)
        lines += [f"**{agreement.number}.** {markdown_literal(agreement.text)} – *{made}*", ""]
    return lines[:-1]


def timeout_line(timeout: TimeOut, zone: tzinfo, titles: Mapping[str, str]) -> str:
    """`- kl. 19.40–19.44 under »Erfaringer«, kaldt af Carla (grænsevogter)`."""
    return "- " + markdown_literal(timeout_text(timeout, zone, titles))


def timeout_text(timeout: TimeOut, zone: tzinfo, titles: Mapping[str, str]) -> str:
    """The time-out's line without its list mark (the review shows it as text)."""
    start = format_clock_time(timeout.started.astimezone(zone))
    if timeout.ended is not None:
        span = f"{start}–{format_clock_time(timeout.ended.astimezone(zone))}"
    else:
        span = tr("export.timeout_not_ended", start=start)
    if not timeout.by:
        who = tr("timeout.by_chair")
    elif timeout.role:
        who = tr("timeout.by_guardian", name=timeout.by)
    else:
        who = timeout.by
    item = titles.get(timeout.block, timeout.block)
    return tr("export.timeout_line", span=span, item=item, who=who)


def memory_sections(
    memory: ReferatMemory | None, zone: tzinfo, titles: Mapping[str, str]
) -> list[str]:
    """The lines to add before »Næste møde«: »Time-out« and »Gruppens aftaler«. `titles`:
    the items' titles by id."""
    if memory is None:
        return []
    lines: list[str] = followed_up_lines(memory.followed_up)
    if memory.timeouts:
        lines += [f"## {tr('export.timeouts')}", ""]
        lines += [timeout_line(timeout, zone, titles) for timeout in memory.timeouts]
        lines.append("")
    if memory.agreements:
        lines += [f"## {tr('agreements.heading')}", ""]
        lines += [*agreement_lines(memory.agreements, zone), ""]
    return lines


def spilleregler_markdown(group: str, agreements: list[Agreement], zone: tzinfo) -> str:
    """`facilitator agreements`: the group's agreements in force as a page of their own,
    to hand a new member (the seeds: the spilleregler an established group passes on)."""
    lines = [f"# {tr('agreements.title', group=markdown_literal(group))}", ""]
    if not agreements:
        lines.append(tr("agreements.none_for_group", group=markdown_literal(group)))
    lines += agreement_lines(agreements, zone)
    return html_as_text("\n".join(lines).rstrip() + "\n")  # typed HTML stays text


def _cell(text: str) -> str:
    """Typed text as a table cell: as typed (markdown_literal.py), and a cell may not
    contain pipes or line breaks."""
    return markdown_literal(text).replace("|", "\\|").replace("\n", " ")


def action_plan_rows(
    actions: list[Entry], statuses: Mapping[str, StatusInfo], numbers: Mapping[str, str]
) -> list[str]:
    """The handlingsplan's table: its number (`h1`, as the run screen and `/status h1`
    have it: `numbers`, core/status_targets.py), hvad, hvem, senest, and a status column
    (with its forklaring) once any action has been given a status, here or later."""
    columns = [tr("export.col_number"), tr("export.col_what"), tr("export.col_who")]
    columns.append(tr("export.col_due"))
    if statuses:
        columns.append(tr("export.col_status"))
    rows = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for entry in actions:
        when = current_due(entry.due, statuses.get(entry.id))
        due = format_day(when) if when else "–"
        cells = [numbers.get(entry.id, ""), _cell(entry.text), _cell(entry.who) or "–", due]
        if statuses:
            info = statuses.get(entry.id)
            cells.append(_cell(status_text(info)) if info is not None else tr("status.open"))
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def followed_up_lines(followed: list[tuple[str, str, StatusInfo]]) -> list[str]:
    """»Opfølgning på tidligere handlinger«: `- Bestil lokale (Bo): i gang: venter`."""
    if not followed:
        return []
    lines = [f"## {tr('export.followed_up')}", ""]
    for text, who, info in followed:
        said = f"{text} ({who})" if who else text
        lines.append(f"- {markdown_literal(said)}: {markdown_literal(status_text(info))}")
    return [*lines, ""]


def approval_lines(memory: ReferatMemory | None, zone: tzinfo) -> list[str]:
    """`*Godkendt den 24.12.2026 af Anne, Bo og Carla*` under the heading, once approved."""
    if memory is None or memory.approval is None:
        return []
    day = format_day(memory.approval.at.astimezone(zone).date())
    return [f"*{markdown_literal(approval_text(memory.approval, day))}*", ""]
