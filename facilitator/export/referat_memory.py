"""The referat's sections from the group's memory (core/referat_memory.py), in Markdown."""

from __future__ import annotations

from datetime import tzinfo

from facilitator.core.agreements import Agreement
from facilitator.core.referat_memory import ReferatMemory
from facilitator.i18n import format_day, tr


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


def memory_sections(memory: ReferatMemory | None, zone: tzinfo) -> list[str]:
    """The lines to add before »Næste møde«: »Gruppens aftaler«."""
    if memory is None or not memory.agreements:
        return []
    return [f"## {tr('agreements.heading')}", "", *agreement_lines(memory.agreements, zone), ""]


def spilleregler_markdown(group: str, agreements: list[Agreement], zone: tzinfo) -> str:
    """`facilitator agreements`: the group's agreements in force as a page of their own,
    to hand a new member (the seeds: the spilleregler an established group passes on)."""
    lines = [f"# {tr('agreements.title', group=group)}", ""]
    if not agreements:
        lines.append(tr("agreements.none_for_group", group=group))
    lines += agreement_lines(agreements, zone)
    return "\n".join(lines).rstrip() + "\n"
