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
    starts_new_line = False
    """Set when a block's text is shown ending mid-line (the chair's last words, before the
    referent took over): the first thing typed at the end then begins a line of its own
    instead of running on from someone else's sentence. No newline is added by only looking."""

    def show_text(self, text: str) -> None:
        """A block's text, with the cursor after its end, ready to go on writing."""
        self.load_text(text)
        self.move_cursor(self.document.end)
        self.starts_new_line = bool(text) and not text.endswith("\n")

    def _break_line_if_pending(self) -> None:
        pending, self.starts_new_line = self.starts_new_line, False
        at_end = self.cursor_location == self.document.end and not self.selected_text
        if pending and at_end and not self.read_only:
            self.insert("\n")

    async def _on_paste(self, event: events.Paste) -> None:
        self._break_line_if_pending()
        await super()._on_paste(event)

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            self._break_line_if_pending()
        else:
            self.starts_new_line = False  # Enter, a move or a delete first: the writer chose
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
