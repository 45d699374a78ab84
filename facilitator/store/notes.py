"""The referat text per block: `notes/<NN>-<block-id>.md`, replaced atomically.

NN is the block's place in the program (01, 02 …), which stays the same when the chair
moves blocks around during the meeting, so a file always belongs to the same block.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.program import Program
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write, describe_os_error, ensure_private_folder

NOTES_FOLDER = "notes"


def notes_path(folder: Path, program: Program, block_id: str) -> Path:
    number = program.index_of(block_id) + 1
    return folder / NOTES_FOLDER / f"{number:02d}-{block_id}.md"


def load_notes(folder: Path, program: Program) -> dict[str, str]:
    """Every block's saved notes (blocks without a file are left out). Never writes."""
    notes: dict[str, str] = {}
    for block in program.blocks:
        path = notes_path(folder, program, block.id)
        try:
            notes[block.id] = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as error:
            reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
            raise StoreError(tr("store.cannot_read", path=path, reason=reason)) from error
    return notes


Stamp = tuple[int, int]
"""A notes file's (mtime in ns, size): how a seat notices that another seat saved it."""


def note_stamp(folder: Path, program: Program, block_id: str) -> Stamp | None:
    try:
        status = notes_path(folder, program, block_id).stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def load_note(folder: Path, program: Program, block_id: str) -> str:
    path = notes_path(folder, program, block_id)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as error:
        reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
        raise StoreError(tr("store.cannot_read", path=path, reason=reason)) from error


def save_note(folder: Path, program: Program, block_id: str, text: str) -> Path:
    """Replace one block's notes atomically. Raises StoreError; the old file stays intact."""
    path = notes_path(folder, program, block_id)
    ensure_private_folder(path.parent)
    atomic_write(path, text.encode("utf-8"))
    return path


def write_rescue_copy(path: Path, program: Program, notes: dict[str, str]) -> None:
    """All notes in one file somewhere else, for when the session folder cannot be written."""
    parts = [f"# {program.title}\n"]
    for block in program.blocks:
        if notes.get(block.id, "").strip():
            parts.append(f"\n## {block.title}\n\n{notes[block.id].rstrip()}\n")
    atomic_write(path, "".join(parts).encode("utf-8"))
