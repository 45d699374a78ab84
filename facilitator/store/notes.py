"""The referat text per block: `notes/<NN>-<block-id>.md`, replaced atomically.

NN is the block's place in the program (01, 02 …), which stays the same when the chair
moves blocks around during the meeting, so a file always belongs to the same block.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.core.off_record import without_off_record_lines
from facilitator.core.program import Program
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import (
    atomic_write,
    ensure_private_folder,
    is_link,
    read_text_inside,
    refuse_symlink,
)

NOTES_FOLDER = "notes"


def notes_path(folder: Path, program: Program, block_id: str) -> Path:
    number = program.index_of(block_id) + 1
    return folder / NOTES_FOLDER / f"{number:02d}-{block_id}.md"


@dataclass(frozen=True)
class NotesRead:
    """What the notes files hold, and which could not be read (a symlink, a folder where
    a file belongs, text that is not UTF-8, `notes` itself not a folder)."""

    texts: dict[str, str] = field(default_factory=dict)
    damaged: dict[str, str] = field(default_factory=dict)
    """Block id → what is wrong, naming the file: that block's file is left alone."""

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.damaged.values()))


def _folder_problem(folder: Path) -> str | None:
    """Why `notes/` cannot hold notes, or None (also when it does not exist yet)."""
    notes = folder / NOTES_FOLDER
    if is_link(notes):
        return tr("store.symlink_refused", path=notes)
    if os.path.lexists(notes) and not notes.is_dir():
        return tr("store.not_a_folder", path=notes)
    return None


def read_notes(folder: Path, program: Program) -> NotesRead:
    """Every block's saved notes; a damaged file is named in `damaged`, never raised.
    Never writes."""
    problem = _folder_problem(folder)
    if problem is not None:
        return NotesRead({}, {block.id: problem for block in program.blocks})
    texts: dict[str, str] = {}
    damaged: dict[str, str] = {}
    for block in program.blocks:
        try:
            text = read_text_inside(notes_path(folder, program, block.id))
        except StoreError as error:
            damaged[block.id] = error.message
            continue
        if text is not None:
            texts[block.id] = text
    return NotesRead(texts, damaged)


def load_notes(folder: Path, program: Program) -> dict[str, str]:
    """Every block's saved notes that can be read (blocks without a file are left out)."""
    return read_notes(folder, program).texts


Stamp = tuple[int, int]
"""A notes file's (mtime in ns, size): how a seat notices that another seat saved it."""


def note_stamp(folder: Path, program: Program, block_id: str) -> Stamp | None:
    return stamp_at(notes_path(folder, program, block_id))


def stamp_at(path: str | Path) -> Stamp | None:
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def load_note(folder: Path, program: Program, block_id: str) -> str:
    """One block's notes ("" without a file). Raises StoreError naming a damaged file."""
    problem = _folder_problem(folder)
    if problem is not None:
        raise StoreError(problem)
    return read_text_inside(notes_path(folder, program, block_id)) or ""


def save_note(folder: Path, program: Program, block_id: str, text: str) -> Path:
    """Replace one block's notes atomically. Raises StoreError; the old file stays intact.
    Never through a symlink: a linked `notes/` or notes file is refused, naming it."""
    path = notes_path(folder, program, block_id)
    refuse_symlink(path.parent)
    refuse_symlink(path)
    ensure_private_folder(path.parent)
    atomic_write(path, text.encode("utf-8"))
    return path


def write_rescue_copy(path: Path, program: Program, notes: dict[str, str]) -> None:
    """All notes in one file somewhere else, for when the session folder cannot be written
    (without a `/fortroligt …` line still being typed: off the record is in no file)."""
    parts = [f"# {program.title}\n"]
    for block in program.blocks:
        text = without_off_record_lines(notes.get(block.id, ""))
        if text.strip():
            parts.append(f"\n## {block.title}\n\n{text.rstrip()}\n")
    atomic_write(path, "".join(parts).encode("utf-8"))
