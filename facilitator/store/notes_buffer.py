"""The notes being typed: kept in memory, saved by the autosave policy, never dropped.

If a save fails the text stays here, marked unsaved, and is retried; nothing on disk is
touched except by an atomic replace, so a failing save can never truncate a file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.core.autosave import AutosavePolicy
from facilitator.core.program import Program
from facilitator.store.errors import StoreError
from facilitator.store.notes import load_notes, save_note


class NotesBuffer:
    def __init__(self, folder: Path, program: Program, read_only: bool = False) -> None:
        self.folder = folder
        self.program = program
        self.read_only = read_only
        self.texts: dict[str, str] = load_notes(folder, program)
        self.dirty: set[str] = set()
        self.policy = AutosavePolicy()
        self.last_saved_at: datetime | None = None

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

    def save(self, now: datetime) -> None:
        """Save every dirty block now (block change, focus change, suspend, quit)."""
        for block_id in sorted(self.dirty):
            try:
                save_note(self.folder, self.program, block_id, self.texts[block_id])
            except StoreError:
                self.policy.failed(now)
                raise
            self.dirty.discard(block_id)
        self.policy.saved()
        self.last_saved_at = now

    def reload(self) -> bool:
        """For a read-only seat: pick up what the writing seat saved. True if anything changed."""
        fresh = load_notes(self.folder, self.program)
        changed = fresh != self.texts
        self.texts = fresh
        return changed
