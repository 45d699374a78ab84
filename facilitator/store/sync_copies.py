"""Conflict copies that a synced drive leaves in a sessions folder.

A sessions folder on OneDrive, Nextcloud, Syncthing or Dropbox that two laptops wrote to
gets a second file beside the first when the service could not tell which one wins:

- `events (1).jsonl` (Windows, Nextcloud), `events (conflicted copy 2026-12-01).jsonl`
  (Dropbox, also "Anne's conflicted copy"), `events (conflicted copy 2026-12-01 101010)`
  (Nextcloud): a parenthesis after the name;
- `events-DESKTOP-AB12.jsonl` (OneDrive: the computer's name after a hyphen);
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

BRACKETED = re.compile(r"^ \(.{1,120}\)$")
ONEDRIVE = re.compile(r"^-(?![0-9]+$)[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")
"""Not `-2`: that is our own second meeting in the same minute."""
SYNCTHING = re.compile(r"^\.sync-conflict-[0-9]{8}-[0-9]{6}(-[A-Za-z0-9]{1,16})?$")
SESSION_FILES = (EVENTS_NAME, HEADER_NAME)


def copy_of(name: str, base: str, named_copies_only: bool = False) -> bool:
    """Whether `name` is a synced drive's conflict copy of the file `base`. With
    `named_copies_only`, OneDrive's hyphen form is not counted (in notes/ a hyphen is also
    part of an item's own file name)."""
    stem, dot, extension = base.rpartition(".")
    ending = dot + extension
    if name == base or not name.startswith(stem) or not name.endswith(ending):
        return False
    middle = name[len(stem) : len(name) - len(ending)]
    if BRACKETED.match(middle) or SYNCTHING.match(middle):
        return True
    return not named_copies_only and bool(ONEDRIVE.match(middle))


def _names(folder: Path) -> list[str]:
    try:
        return sorted(entry.name for entry in os.scandir(folder) if not entry.is_dir())
    except OSError:
        return []


def conflict_copies(folder: Path) -> list[tuple[Path, Path]]:
    """(copy, the file it is a copy of) in a session folder and its notes/."""
    found: list[tuple[Path, Path]] = []
    for name in _names(folder):
        for base in SESSION_FILES:
            if copy_of(name, base):
                found.append((folder / name, folder / base))
    notes = folder / NOTES_FOLDER
    names = _names(notes)
    own = [name for name in names if SAFE_NOTES_FILE.match(name)]
    for name in names:
        if not name.endswith(".md"):
            continue
        original = _notes_base(name, own)
        if original is not None:
            found.append((notes / name, notes / original))
    return found


def _notes_base(name: str, own: list[str]) -> str | None:
    """The notes file `name` is a copy of: one present here (any form of copy), or, for a
    bracketed or Syncthing copy, the name before the mark, whether it is there or not."""
    for base in own:
        if copy_of(name, base):
            return base
    for mark in (" (", ".sync-conflict-"):
        if mark in name:
            base = name.split(mark, 1)[0] + ".md"
            if SAFE_NOTES_FILE.match(base) and copy_of(name, base, named_copies_only=True):
                return base
    return None


def sync_copy_warnings(folder: Path) -> tuple[str, ...]:
    """One sentence per conflict copy: which file, of which, and what to do."""
    return tuple(
        tr("sync.copy_found", path=copy, base=base.name) for copy, base in conflict_copies(folder)
    )


def folder_copy_warnings(folder: Path, others: set[str]) -> tuple[str, ...]:
    """A whole session folder copied by the drive (`2026-12-01_1900_netvaerk (1)`)."""
    for other in others:
        if other != folder.name and _is_folder_copy(folder.name, other):
            return (tr("sync.folder_copy", path=folder, base=other),)
    return ()


def _is_folder_copy(name: str, base: str) -> bool:
    if not name.startswith(base):
        return False
    middle = name[len(base) :]
    return bool(BRACKETED.match(middle) or SYNCTHING.match(middle) or ONEDRIVE.match(middle))
