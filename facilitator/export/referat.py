"""The referat as Markdown and as printable HTML, and both written into the session folder."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from facilitator.core.meeting_end import MeetingEnd
from facilitator.core.referat_memory import ReferatMemory
from facilitator.export import FORMATS
from facilitator.export.referat_html import printable_html
from facilitator.export.referat_markdown import referat_markdown
from facilitator.store.files import atomic_write
from facilitator.store.session_reader import SessionRecord


def group_memory(record: SessionRecord) -> ReferatMemory:
    """What the group's meetings say of this one, read from the sessions folder it is in."""
    from facilitator.core.referat_memory import referat_memory
    from facilitator.store.group_memory import meetings_around

    return referat_memory(record.folder.name, meetings_around(record))


def render_referat(
    record: SessionRecord, fmt: str, zone: tzinfo, end: MeetingEnd | None = None
) -> str:
    """The referat with what the group's meetings say of it (agreements, approval, …),
    read from the sessions folder it is in. `end`: where its clocks stop
    (store/liveness.py `record_end`; without it, as a meeting no seat holds)."""
    markdown_text = referat_markdown(record, zone, end, group_memory(record))
    if fmt == "html":
        return printable_html(markdown_text, record.header.title)
    return markdown_text


def write_referat_files(
    record: SessionRecord, zone: tzinfo, end: MeetingEnd | None = None
) -> list[Path]:
    """`referat.md` and `referat.html` in the session folder (private, atomic)."""
    written = []
    for fmt in FORMATS:
        path = record.folder / f"referat.{fmt}"
        atomic_write(path, render_referat(record, fmt, zone, end).encode("utf-8"))
        written.append(path)
    return written
