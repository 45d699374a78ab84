"""The run screen's referat: the notes pane, its saving, and the entries under it."""

from __future__ import annotations

from textual.events import DescendantBlur
from textual.widgets import TextArea

from facilitator.core.referat import EntryKind
from facilitator.core.referat_actions import change_entry, remove_entry, set_next_meeting
from facilitator.core.status_targets import plan_numbers
from facilitator.core.typed_lines import without_recorded_lines
from facilitator.i18n import format_clock, tr
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.tui.screens.forms import edit_entry_form, next_meeting_form
from facilitator.tui.screens.run_base import RunScreenBase
from facilitator.tui.widgets.notes_pane import EntriesList, NotesPane


class ReferatActions(RunScreenBase):
    def follow_notes_writer(self) -> None:
        """The chair's notes follow while a referent seat writes them, and are the chair's
        again when it leaves. Unsaved text is saved the moment the referent arrives."""
        holder = self.session.notes_taken_by()
        following = self.session.read_only or holder is not None
        self.notes_writer = holder.describe() if holder is not None else ""
        if following == self.notes.read_only:
            return
        if following:
            self.save_notes_now()
        self.notes.read_only = following
        self.query_one(NotesPane).editor.read_only = following
        if not following:
            self.notes.reload()
            self.show_followed_notes()
        self.update_notes_border()

    def show_followed_notes(self) -> None:
        """Another seat saved the shown block: show its text."""
        if self.shown_block is not None:
            self.load_pane_text()

    def load_pane_text(self) -> None:
        """The shown block's text in the pane, the cursor after its last line: a referent
        goes on writing where the text ends, and a following seat sees the newest lines."""
        assert self.shown_block is not None
        editor = self.query_one(NotesPane).editor
        text = self.notes.text(self.shown_block)
        if not self.notes.read_only:
            referat, today = self.session.referat, self.today()
            cleaned = without_recorded_lines(text, self.shown_block, referat, today)
            if cleaned != text:  # lines left from before a crash: they are entries already
                self.notes.set_text(self.shown_block, cleaned, self.session.clock.now())
                text = cleaned
        editor.show_text(text)

    def show_notes(self, block_id: str) -> None:
        """Put one block's notes in the pane (saving what was there first)."""
        self.take_editor_text()
        if self.shown_block != block_id:
            self.save_notes_now()
        self.shown_block = block_id
        self.load_pane_text()
        self.update_notes_border()
        self.show_entries()

    def show_entries(self) -> None:
        """The shown block's entries; the last block also gathers every parked point."""
        if self.shown_block is None:
            return
        referat = self.session.referat
        entries = referat.entries_for(self.shown_block)
        if self.shown_block == self.session.state.order[-1]:
            entries += [e for e in referat.all_of(EntryKind.PARKED) if e.block != self.shown_block]
        self.query_one(NotesPane).entries.show(entries, plan_numbers(referat))  # `/status h2`

    def on_entries_list_edit_requested(self, message: EntriesList.EditRequested) -> None:
        entry = self.session.referat.entries.get(message.entry_id)
        if entry is None or self.session.read_only:
            return

        def changed(values: dict[str, str] | None) -> None:
            if values and self.execute(
                change_entry(self.session.referat, entry.id, values, self.today())
            ):
                self.show_entries()

        self.app.push_screen(edit_entry_form(entry, self.today()), changed)

    def on_entries_list_remove_requested(self, message: EntriesList.RemoveRequested) -> None:
        entry = self.session.referat.entries.get(message.entry_id)
        removal = remove_entry(self.session.referat, message.entry_id)
        if entry is not None and self.execute(removal):
            kind = tr(f"referat.{entry.kind.value}")
            self.notify(tr("referat.removed", kind=kind, text=entry.text), timeout=3)
            self.show_entries()

    def update_notes_border(self) -> None:
        pane = self.query_one(NotesPane)
        if self.shown_block is None:
            return
        title = self.session.program.block(self.shown_block).title
        key = (
            "notes.title" if self.shown_block == self.session.state.current else "notes.title_other"
        )
        pane.border_title = literal(tr(key, title=title))
        if self.chair_keys or self.big_clock:
            subtitle = tr("keys.notes_border_chair")
        elif self.notes_writer:
            subtitle = tr("notes.referent_writes", who=self.notes_writer)
        elif self.notes.read_only:
            subtitle = tr("notes.read_only")
        elif self.notes_problem:
            subtitle = tr("notes.failed")
        elif self.notes.unsaved:
            subtitle = tr("notes.unsaved")
        elif self.notes.last_saved_at is not None:
            saved_at = self.notes.last_saved_at.astimezone(self.zone)
            subtitle = tr("notes.saved", time=format_clock(saved_at))
        else:
            subtitle = ""
        pane.border_subtitle = literal(subtitle)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.shown_block is None or self.notes.read_only:
            return
        was_unsaved = self.notes.unsaved
        self.notes.set_text(self.shown_block, event.text_area.text, self.session.clock.now())
        if self.notes.unsaved != was_unsaved:
            self.update_notes_border()

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes_now()

    def take_editor_text(self) -> None:
        """The shown block's text as the editor has it now. Every key typed before a chair key
        is in the editor by then (tui/key_order.py), but its change message may still be on
        its way up to this screen: the block must not be saved or left without it."""
        if self.shown_block is None or self.notes.read_only or not self.is_mounted:
            return
        text = self.query_one(NotesPane).editor.text
        self.notes.set_text(self.shown_block, text, self.session.clock.now())

    def save_notes_now(self) -> bool:
        """Save every unsaved note now. True if nothing is left unsaved."""
        self.take_editor_text()
        if not self.notes.unsaved:
            return True
        try:
            self.notes.save(self.session.clock.now())
        except StoreError as error:
            self.notes_failed(error)
            return False
        self.notes_saved()
        return True

    def notes_saved(self) -> None:
        self.notes_problem = ""
        self.update_notes_border()

    def notes_failed(self, error: StoreError) -> None:
        self.notes_problem = tr("notes.save_failed", message=error.message)
        self.update_notes_border()

    def action_open_notes(self, block_id: str) -> None:
        self.show_notes(block_id)
        self.set_focus(self.query_one(NotesPane).editor)

    def open_next_meeting_line(self, _rest: str = "") -> bool:
        """`/næste`: the next meeting's date, time, place, chair and referent."""
        self.open_next_meeting_form()
        return True

    def open_next_meeting_form(self) -> None:
        today = self.today()

        def saved(values: dict[str, str] | None) -> None:
            if values is not None and self.execute(set_next_meeting(values, today)):
                self.notify(tr("next.saved"))

        form = next_meeting_form(self.session.referat.next_meeting, today)
        self.app.push_screen(form, saved)
