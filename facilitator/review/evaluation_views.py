"""The group's trend: attendance per meeting and each evaluation's average per dimension,
as a Rich table for the group review (and any command that prints the overview)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

from rich.table import Table
from rich.text import Text

from facilitator.core.evaluation_trend import group_trend, trend_dimensions
from facilitator.core.review import GroupMeeting
from facilitator.i18n import format_day, format_decimal, tr
from facilitator.review.text import literal

LOW_STYLE, HIGH_STYLE = "yellow", "green"
"""An average under 3 asks the group to look closer; 4 and over is going well."""


def _score(value: float | None) -> Text:
    if value is None:
        return Text("–", style="dim")
    style = LOW_STYLE if value < 3 else HIGH_STYLE if value >= 4 else ""
    return Text(format_decimal(value), style=style)


def trend_parts(meetings: Iterable[GroupMeeting], zone: tzinfo) -> list[Table | Text]:
    """The table (one row per meeting, oldest first) and its note; nothing without meetings."""
    trend = group_trend(meetings)
    if not trend:
        return []
    dimensions = trend_dimensions(trend)
    table = Table(title=tr("review.group_trend"), box=None, header_style="bold")
    for key in ("meeting", "present", "answered"):
        table.add_column(tr(f"review.col_{key}"))
    for dimension in dimensions:
        table.add_column(literal(dimension))
    for row in trend:
        table.add_row(
            format_day(row.created.astimezone(zone).date()),
            str(row.present),
            str(row.answered) if row.answered else "–",
            *(_score(row.average(dimension)) for dimension in dimensions),
        )
    parts: list[Table | Text] = [table]
    if dimensions:
        parts.append(Text(tr("review.trend_note"), style="dim"))
    return parts
