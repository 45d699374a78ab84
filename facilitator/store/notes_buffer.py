"""The notes being typed: kept in memory, saved by the autosave policy, never dropped.

If a save fails the text stays here, marked unsaved, and is retried; nothing on disk is
touched except by an atomic replace, so a failing save can never truncate a file.

Several seats can show the same notes: the one that writes (the referent's seat, or the
chair's when no referent sits) and the ones that follow. A seat picks up another seat's
saves of blocks it has not changed itself. If both changed the same block (the moment a
referent takes over from the chair), the save keeps both texts, the other seat's under a
marked line, rather than overwrite either.

A `/fortroligt …` line being typed is kept here but left out of the file (and of the
rescue copy): text off the record is in no file but the session's event log.

A notes file that cannot be read (not UTF-8, a folder, a symlink) is `damaged`: the rest of
the meeting opens, that block starts empty, and its file is never written over (a save of
that block fails, naming the file, and the typed text stays here) until the file is put
right or moved away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from facilitator.core.autosave import AutosavePolicy
from facilitator.core.off_record import without_off_record_lines
from facilitator.core.program import Program
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.notes import (
    Stamp,
    load_note,
    note_stamp,
    notes_path,
    read_notes,
    save_note,
    stamp_at,
)


class NotesBuffer:
    def __init__(self, folder: Path, program: Program, read_only: bool = False) -> None:
        self.folder = folder
        self.program = program
        self.read_only = read_only
        self.stamps: dict[str, Stamp | None] = {
            block.id: note_stamp(folder, program, block.id) for block in program.blocks
        }
        read = read_notes(folder, program)
        self.texts: dict[str, str] = dict(read.texts)
        self.damaged: dict[str, str] = dict(read.damaged)
        """Block id → why its file cannot be read (naming it): never written over."""
        self.on_disk: dict[str, str] = dict(self.texts)
        """Each block's text as this seat last read or wrote it: the base of its changes."""
        self.dirty: set[str] = set()
        self.policy = AutosavePolicy()
        self.last_saved_at: datetime | None = None
        self.collect: Callable[[], None] | None = None
        """Called before every save: the seat's editor hands over what it holds that has
        not reached `set_text` yet, so a save on quit or hangup misses no key."""
        self._paths_for: Program | None = None
        self._paths: dict[str, str] = {}

    @property
    def unsaved(self) -> bool:
        return bool(self.dirty)

    def text(self, block_id: str) -> str:
        return self.texts.get(block_id, "")

    def set_text(self, block_id: str, text: str, now: datetime) -> None:
        if self.read_only or self.texts.get(block_id, "") == text:
            return
        self.texts[block_id] = text
        self.dirty.add(block_id)
        self.policy.changed(now)

    def save_if_due(self, now: datetime) -> bool:
        """Save when the policy says so. Returns True if something was saved.
        Raises StoreError when saving fails (the text stays dirty and is retried)."""
        if not self.dirty or not self.policy.due(now):
            return False
        self.save(now)
        return True

    @property
    def warnings(self) -> tuple[str, ...]:
        """What is wrong with the notes files, one line each (for the screen to show)."""
        return tuple(dict.fromkeys(self.damaged.values()))

    def save(self, now: datetime) -> None:
        """Save every dirty block now (block change, focus change, suspend, quit). A block
        that cannot be saved does not keep the others from being saved; the first
        failure is raised after them."""
        if self.collect is not None:
            self.collect()
        failure: StoreError | None = None
        for block_id in sorted(self.dirty):
            try:
                if block_id in self.damaged:
                    self._look_again(block_id)
                text = self._merged_with_disk(block_id)
                # A `/fortroligt …` line not yet ended with Enter stays in memory (the
                # editor), never in the file: off the record is in the event log only.
                written = without_off_record_lines(text)
                save_note(self.folder, self.program, block_id, written)
            except StoreError as error:
                failure = failure or error
                continue
            self.texts[block_id] = text
            self.on_disk[block_id] = written
            self.stamps[block_id] = note_stamp(self.folder, self.program, block_id)
            self.dirty.discard(block_id)
        if failure is not None:
            self.policy.failed(now)
            raise failure
        self.policy.saved()
        self.last_saved_at = now

    def _look_again(self, block_id: str) -> None:
        """A damaged block's file, read again before a save: StoreError while it is still
        damaged. Put right, its text is kept beside ours (we never read it); moved away,
        ours is saved."""
        try:
            load_note(self.folder, self.program, block_id)
        except StoreError as error:
            self.damaged[block_id] = error.message
            raise
        del self.damaged[block_id]
        self.on_disk[block_id] = ""
        self.stamps[block_id] = None  # so the merge reads what is there now

    def _merged_with_disk(self, block_id: str) -> str:
        """Our text, plus another seat's if it saved this block since we last read it."""
        ours = self.texts[block_id]
        if note_stamp(self.folder, self.program, block_id) == self.stamps.get(block_id):
            return ours
        theirs = load_note(self.folder, self.program, block_id)
        if theirs in (ours, self.on_disk.get(block_id, "")) or not theirs.strip():
            return ours
        return f"{ours.rstrip()}\n\n{tr('notes.also_written')}\n\n{theirs.strip()}\n"

    def paths(self) -> dict[str, str]:
        """Each block's notes file, worked out once per program: `reload` looks at every
        one of them each second, and building the paths cost more than the looking."""
        if self._paths_for is not self.program:
            self._paths_for = self.program
            self._paths = {
                block.id: str(notes_path(self.folder, self.program, block.id))
                for block in self.program.blocks
            }
        return self._paths

    def reload(self) -> set[str]:
        """Pick up what another seat saved, for blocks this seat has not changed. Only a
        stat per block unless a file changed. Returns the blocks whose text changed."""
        changed: set[str] = set()
        paths = self.paths()
        for block in self.program.blocks:
            stamp = stamp_at(paths[block.id])
            if stamp == self.stamps.get(block.id) or block.id in self.dirty:
                continue
            self.stamps[block.id] = stamp
            try:
                text = load_note(self.folder, self.program, block.id)
            except StoreError as error:
                self.damaged[block.id] = error.message
                continue
            self.damaged.pop(block.id, None)  # put right, or moved away
            self.on_disk[block.id] = text
            if text != self.texts.get(block.id, ""):
                self.texts[block.id] = text
                changed.add(block.id)
        return changed
