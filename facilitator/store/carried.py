"""What a meeting of a group carries from the group's earlier meetings (Siden sidst)."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.review import OpenItem, open_items
from facilitator.store.live_session import LiveSession


def carried_into(sessions_dir: Path, session: LiveSession) -> list[OpenItem]:
    """Open actions and parked points from the group's meetings before this one (read
    when the meeting screen opens; the review's folds, so imported meetings count too)."""
    header = session.header
    if not header.group.strip():
        return []
    from facilitator.store.history import as_meetings, group_records

    earlier = [
        record
        for record in group_records(sessions_dir, header.group)
        if record.folder.name != session.folder.name and record.header.created < header.created
    ]
    return open_items(as_meetings(earlier))
