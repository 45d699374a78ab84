"""The run screen's notes: which item's notes the pane shows, what is typed into them, their
saving, and following the seat that writes them (the referent, for the chair).

The screen makes the pane and hands it down; this controller is the only one that writes
into it. What it needs of the rest of the screen is the `RunContext`.
"""

from __future__ import annotations

from facilitator.core.typed_lines import without_recorded_lines
from facilitator.i18n import format_clock, tr
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.widgets.notes_pane import NotesPane


class NotesController:
    """One item's notes at a time in the pane, always saved before they leave it."""

    def __init__(self, context: RunContext, pane: NotesPane) -> None:
        self.context = context
        self.session = context.session
        self.pane = pane
        self.shown_block: str | None = None
        self.writer = ""
        """Who writes the notes when it is not this seat (the referent, for the chair)."""
        self.problem = ""
        """Why the last save failed, until one succeeds."""
        self.chair_mode = False
        """Letters act on the meeting (the chair's keys or the big clock): the border says so."""

    @property
    def notes(self) -> NotesBuffer:
        """The notes live with the session (store), not with the screen."""
        return self.session.notes

    def follow_writer(self) -> None:
        """The chair's notes follow while a referent seat writes them, and are the chair's
        again when it leaves. Unsaved text is saved the moment the referent arrives."""
        holder = self.session.notes_taken_by()
        following = self.session.read_only or holder is not None
        self.writer = holder.describe() if holder is not None else ""
        if following == self.notes.read_only:
            return
        if following:
            self.save_now()
        self.notes.read_only = following
        self.pane.editor.read_only = following
        if not following:
            self.notes.reload()
            self.show_followed()
        self.show_border()

    def follow(self) -> None:
        """What the seat that writes the notes saved since the last look."""
        self.follow_writer()
        self.take_editor_text()  # a key on its way must not be taken for unchanged text
        if self.shown_block in self.notes.reload():
            self.show_followed()

    def show_followed(self) -> None:
        """Another seat saved the shown block: show its text."""
        if self.shown_block is not None:
            self.load_pane_text()

    def load_pane_text(self) -> None:
        """The shown block's text in the pane, the cursor after its last line: a referent
        goes on writing where the text ends, and a following seat sees the newest lines."""
        assert self.shown_block is not None
        text = self.notes.text(self.shown_block)
        if not self.notes.read_only:
            referat, today = self.session.referat, self.context.today()
            cleaned = without_recorded_lines(text, self.shown_block, referat, today)
            if cleaned != text:  # lines left from before a crash: they are entries already
                self.notes.set_text(self.shown_block, cleaned, self.session.clock.now())
                text = cleaned
        self.pane.editor.show_text(text)

    def show(self, block_id: str) -> None:
        """Put one block's notes in the pane (saving what was there first)."""
        self.take_editor_text()
        if self.shown_block != block_id:
            self.save_now()
        self.shown_block = block_id
        self.load_pane_text()
        self.show_border()
        self.context.show_entries()

    def show_border(self) -> None:
        """The notes' border: which item, saved or not, who writes, and the key mode."""
        if self.shown_block is None:
            return
        title = self.session.program.block(self.shown_block).title
        key = (
            "notes.title" if self.shown_block == self.session.state.current else "notes.title_other"
        )
        self.pane.border_title = literal(tr(key, title=title))
        if self.chair_mode:
            subtitle = tr("keys.notes_border_chair")
        elif self.writer:
            subtitle = tr("notes.referent_writes", who=self.writer)
        elif self.notes.read_only:
            subtitle = tr("notes.read_only")
        elif self.problem:
            subtitle = tr("notes.failed")
        elif self.notes.unsaved:
            subtitle = tr("notes.unsaved")
        elif self.notes.last_saved_at is not None:
            saved_at = self.notes.last_saved_at.astimezone(self.context.zone)
            subtitle = tr("notes.saved", time=format_clock(saved_at))
        else:
            subtitle = ""
        self.pane.border_subtitle = literal(subtitle)

    def typed(self, text: str) -> None:
        """The editor's text changed."""
        if self.shown_block is None or self.notes.read_only:
            return
        was_unsaved = self.notes.unsaved
        self.notes.set_text(self.shown_block, text, self.session.clock.now())
        if self.notes.unsaved != was_unsaved:
            self.show_border()

    def take_editor_text(self) -> None:
        """The shown block's text as the editor has it now. Every key typed before a chair key
        is in the editor by then (tui/key_order.py), but its change message may still be on
        its way up to the screen: the block must not be saved or left without it."""
        if self.shown_block is None or self.notes.read_only or not self.pane.is_mounted:
            return
        self.notes.set_text(self.shown_block, self.pane.editor.text, self.session.clock.now())

    def save_now(self) -> bool:
        """Save every unsaved note now. True if nothing is left unsaved."""
        self.take_editor_text()
        if not self.notes.unsaved:
            return True
        try:
            self.notes.save(self.session.clock.now())
        except StoreError as error:
            self.failed(error)
            return False
        self.saved()
        return True

    def save_if_due(self) -> None:
        """The autosave policy's chance (core/autosave.py), once a second."""
        try:
            if self.notes.save_if_due(self.session.clock.now()):
                self.saved()
        except StoreError as error:
            self.failed(error)

    def saved(self) -> None:
        self.set_problem("")

    def failed(self, error: StoreError) -> None:
        self.set_problem(tr("notes.save_failed", message=error.message))

    def set_problem(self, problem: str) -> None:
        self.problem = problem
        self.context.show_notes_problem(problem)
        self.show_border()

    def insert(self, text: str) -> None:
        """Put text (`[19.32] Anne: `) at the cursor, on a line of its own."""
        editor = self.pane.editor
        row, column = editor.cursor_location
        line = editor.document.get_line(row)
        prefix = "\n" if line[:column].strip() else ""
        editor.insert(prefix + text)
