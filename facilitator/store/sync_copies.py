"""Conflict copies that a synced drive leaves in a sessions folder.

A sessions folder on OneDrive, Nextcloud, Syncthing or Dropbox that two laptops wrote to
gets a second file beside the first when the service could not tell which one wins:

- `events (1).jsonl` (Windows, Nextcloud), `events (conflicted copy 2026-12-01).jsonl`
  (Dropbox, also "Anne's conflicted copy"), `events (conflicted copy 2026-12-01 101010)`
  (Nextcloud): a parenthesis after the name;
- `events-DESKTOP-AB12.jsonl` (OneDrive: the computer's name, in capitals, after a hyphen);
- `events.sync-conflict-20261201-101010-ABCDEF.jsonl` (Syncthing).

Such a copy is never read as the log, the header or the notes (the readers open the
exact names only); it is named in the review with what to do, because what is written
only in the copy is missing from the meeting until someone moves it over by hand.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from facilitator.core.handover import SAFE_NOTES_FILE
from facilitator.i18n import tr
from facilitator.store.notes import NOTES_FOLDER
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME

MARK = re.compile(
    r"^(?P<original>.+?)(?P<mark>"
    r" \(.{1,120}\)"  # Windows, Nextcloud, Dropbox
    r"|\.sync-conflict-[0-9]{8}-[0-9]{6}(?:-[A-Za-z0-9]{1,16})?"  # Syncthing
    r"|-(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]{0,62}"  # OneDrive: -DESKTOP-AB12
    r")$"
)
"""A conflict mark after the original name. OneDrive's is the computer's name, which
Windows keeps in capitals: our own names are lower case (program and item ids), so our
second meeting in a minute (`…-2`) or an item id with a hyphen is never taken for one."""
SESSION_FILES = (EVENTS_NAME, HEADER_NAME)


def original_name(name: str, folder: bool = False) -> str | None:
    """The name a synced drive's conflict copy `name` is a copy of, or None when it is
    no such copy. A file's mark stands before its extension; a folder's at the end."""
    stem, dot, extension = ("", "", "") if folder else name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    found = MARK.match(stem)
    if found is None:
        return None
    return found["original"] + dot + extension


def copy_of(name: str, base: str) -> bool:
    return original_name(name) == base


def _names(folder: Path) -> list[str]:
    try:
        return sorted(entry.name for entry in os.scandir(folder) if not entry.is_dir())
    except OSError:
        return []


def conflict_copies(folder: Path) -> list[tuple[Path, Path]]:
    """(copy, the file it is a copy of) in a session folder and its notes/; a notes
    file's copy counts whether or not the original is there."""
    found: list[tuple[Path, Path]] = []
    for name in _names(folder):
        original = original_name(name)
        if original in SESSION_FILES:
            found.append((folder / name, folder / original))
    notes = folder / NOTES_FOLDER
    for name in _names(notes):
        original = original_name(name)
        if original is not None and SAFE_NOTES_FILE.match(original):
            found.append((notes / name, notes / original))
    return found


def sync_copy_warnings(folder: Path) -> tuple[str, ...]:
    """One sentence per conflict copy: which file, of which, and what to do."""
    return tuple(
        tr("sync.copy_found", path=copy, base=base.name) for copy, base in conflict_copies(folder)
    )


def folder_copy_warnings(folder: Path, others: set[str]) -> tuple[str, ...]:
    """A whole session folder copied by the drive (`2026-12-01_1900_netvaerk (1)`)."""
    original = original_name(folder.name, folder=True)
    if original is not None and original in others:
        return (tr("sync.folder_copy", path=folder, base=original),)
    return ()
