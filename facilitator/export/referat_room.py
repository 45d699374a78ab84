"""The room's part of an item in the referat: its checklist, once a line of it has been
ticked off in the meeting (an item whose checklist nobody touched leaves it out, as the
printed referat did before). Votes, dots and consent are decisions already."""

from __future__ import annotations

from facilitator.export.markdown_literal import markdown_literal
from facilitator.i18n import tr
from facilitator.store.session_reader import SessionRecord


def checklist_lines(record: SessionRecord, block_id: str) -> list[str]:
    ticked = record.state.room.ticked(block_id)
    items = record.program.block(block_id).checklist
    if not ticked or not items:
        return []
    lines = [f"**{tr('export.checklist')}**", ""]
    lines += [
        f"- {'☑' if index in ticked else '☐'} {markdown_literal(item)}"
        for index, item in enumerate(items)
    ]
    return [*lines, ""]
