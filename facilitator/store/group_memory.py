"""The group's meetings as the group's memory needs them: the ones before a live meeting
(agreements in force, actions to follow up, the referat to approve), and all of them
around a referat being exported or shown (an approval or a status is said at a later
meeting). Reads only; a session that cannot be read is left out, as in the review."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.core.review import GroupMeeting
from facilitator.store.history import as_meetings, group_records
from facilitator.store.session_reader import SessionRecord


def group_meetings(sessions_dir: Path, group: str) -> list[GroupMeeting]:
    """Every readable meeting of the group, oldest first; none without a group name."""
    if not group.strip():
        return []
    return as_meetings(group_records(sessions_dir, group))


def meetings_before(
    sessions_dir: Path, group: str, folder_name: str, created: datetime
) -> list[GroupMeeting]:
    """The group's meetings held before the one in `folder_name`."""
    return [
        meeting
        for meeting in group_meetings(sessions_dir, group)
        if meeting.folder != folder_name and meeting.created < created
    ]


def meetings_around(record: SessionRecord) -> list[GroupMeeting]:
    """The group's meetings with this one among them, as read now (its own state is the
    one in `record`); just this one when it has no group."""
    own = GroupMeeting(record.folder.name, record.header.created, record.state)
    others = [
        meeting
        for meeting in group_meetings(record.folder.parent, record.header.group)
        if meeting.folder != own.folder
    ]
    return sorted([*others, own], key=lambda meeting: meeting.created)
