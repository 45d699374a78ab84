"""The referat's sections from the group's memory (core/referat_memory.py), in Markdown."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from facilitator.core.agreements import Agreement
from facilitator.core.memory import TimeOut
from facilitator.core.referat_memory import ReferatMemory
from facilitator.i18n import format_clock_time, format_day, tr


def agreement_made(agreement: Agreement, zone: tzinfo) -> str:
    """`aftalt 1.12.2026 (Anne), ændret 5.1.2027`: when, and by whom if known."""
    day = format_day(agreement.meeting.astimezone(zone).date())
    said = tr("agreements.made", day=day)
    if agreement.made_by:
        said += f" ({agreement.made_by})"
    if agreement.changed_at is not None:
        said += ", " + tr(
            "agreements.changed", day=format_day(agreement.changed_at.astimezone(zone).date())
        )
    return said


def agreement_lines(agreements: list[Agreement], zone: tzinfo) -> list[str]:
    """`1. Det, der siges her, bliver her – *aftalt 1.12.2026 (Anne)*`, one per agreement."""
    return [
        f"{number}. {agreement.text} – *{agreement_made(agreement, zone)}*"
        for number, agreement in enumerate(agreements, start=1)
    ]


def timeout_line(timeout: TimeOut, zone: tzinfo, titles: Mapping[str, str]) -> str:
    """`- kl. 19.40–19.44 under »Erfaringer«, kaldt af Carla (grænsevogter)`."""
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
    return "- " + tr("export.timeout_line", span=span, item=item, who=who)


def memory_sections(
    memory: ReferatMemory | None, zone: tzinfo, titles: Mapping[str, str]
) -> list[str]:
    """The lines to add before »Næste møde«: »Time-out« and »Gruppens aftaler«. `titles`:
    the items' titles by id."""
    if memory is None:
        return []
    lines: list[str] = []
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
    lines = [f"# {tr('agreements.title', group=group)}", ""]
    if not agreements:
        lines.append(tr("agreements.none_for_group", group=group))
    lines += agreement_lines(agreements, zone)
    return "\n".join(lines).rstrip() + "\n"
