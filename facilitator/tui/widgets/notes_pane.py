"""The referat pane: a TextArea for one block's notes, and the block's decisions and actions
underneath. A line starting with `/` becomes an entry when Enter is pressed on it."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TextArea
from textual.widgets.option_list import Option

from facilitator.core.referat import Entry, EntryKind
from facilitator.i18n import format_day, tr

ENTRY_MARK = {EntryKind.DECISION: "✔", EntryKind.ACTION: "→", EntryKind.PARKED: "P"}


class NotesEditor(TextArea):
    """A TextArea where Enter on a `/…` line hands the line to `command_handler`.

    The handler is called synchronously, inside the key press, so the line is removed
    before the next key is handled: with a message, fast typing could shift the rows first.
    """

    command_handler: Callable[[str], bool] | None = None

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and not self.read_only and not self.selected_text:
            row = self.cursor_location[0]
            line = self.document.get_line(row)
            if line.lstrip().startswith("/") and self.command_handler is not None:
                event.stop()
                event.prevent_default()
                if self.command_handler(line):
                    self.remove_line(row)
                return
        await super()._on_key(event)

    def remove_line(self, row: int) -> None:
        """Empty a command line once it has become an entry; the cursor stays on it, as if
        Enter had given a fresh line."""
        self.delete((row, 0), (row, len(self.document.get_line(row))))
        self.cursor_location = (row, 0)


def describe_entry(entry: Entry) -> str:
    label = tr(f"referat.{entry.kind.value}")
    text = f"{ENTRY_MARK[entry.kind]} {label}: {entry.text}"
    if entry.kind is EntryKind.ACTION and (entry.who or entry.due):
        due = format_day(entry.due) if entry.due else "–"
        text += f"  ({tr('referat.who_due', who=entry.who or '–', due=due)})"
    return text


class EntriesList(OptionList):
    """This block's entries. Enter edits the highlighted one, Delete removes it."""

    class RemoveRequested(Message):
        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    class EditRequested(Message):
        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EditRequested(event.option.id))

    def show(self, entries: list[Entry]) -> None:
        self.clear_options()
        self.add_options([Option(describe_entry(entry), id=entry.id) for entry in entries])
        self.display = bool(entries)

    def key_delete(self) -> None:
        if self.highlighted is not None:
            option = self.get_option_at_index(self.highlighted)
            if option.id:
                self.post_message(self.RemoveRequested(option.id))


class NotesPane(Vertical):
    def compose(self) -> ComposeResult:
        # A steady cursor: blinking repainted the pane four times a second all meeting long,
        # half of the run screen's idle CPU (measured with the countdown running).
        editor = NotesEditor(
            id="notes-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus"
        )
        editor.cursor_blink = False
        yield editor
        yield EntriesList(id="entries")

    @property
    def editor(self) -> NotesEditor:
        return self.query_one("#notes-text", NotesEditor)

    @property
    def entries(self) -> EntriesList:
        return self.query_one("#entries", EntriesList)
