"""The referat pane: a TextArea for one block's notes, and the block's decisions and actions
underneath. A line starting with `/` becomes an entry when Enter is pressed on it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TextArea
from textual.widgets.option_list import Option

from facilitator.core.referat import Entry, EntryKind
from facilitator.core.slash_words import word_lines
from facilitator.core.text import pasted_text, printable
from facilitator.i18n import format_day, tr
from facilitator.review.text import literal

ENTRY_MARK = {EntryKind.DECISION: "✔", EntryKind.ACTION: "→", EntryKind.PARKED: "P"}


class NotesEditor(TextArea):
    """A TextArea where Enter on a `/…` line hands the line to `command_handler`.

    The handler is called synchronously, inside the key press, so the line is removed
    before the next key is handled: with a message, fast typing could shift the rows first.

    Keys the editor does not take (Esc, and letters while it is read-only) bubble up to the
    run screen, which decides what becomes of them; none is dropped here.
    """

    class ChairKey(Message):
        """Esc and a key pressed together (a fast hand, or a link that sends both at once,
        reach the app as one Alt+key): the screen takes it as Esc, then the key."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    class LineRefused(Message):
        """A `/…` line did not become an entry (the screen has said why)."""

    class PastedWords(Message):
        """A paste held `/…` lines of known words: they stay text (`slash_words.word_lines`)."""

        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

    command_handler: Callable[[str], bool] | None = None
    starts_new_line = False
    """Set when a block's text is shown ending mid-line (the chair's last words, before the
    referent took over): the first thing typed at the end then begins a line of its own
    instead of running on from someone else's sentence. No newline is added by only looking."""

    def get_line(self, line_index: int) -> Text:
        """A line as it is drawn: a control character in notes from a file (a copied
        session) is shown as a symbol, never sent to the terminal. The document keeps it as
        written, and either way it is one character, so cursor and selection stay put."""
        line = super().get_line(line_index)
        line.plain = printable(line.plain)
        return line

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

    def type_text(self, text: str) -> None:
        """Put typed or pasted text where the cursor is (over a selection), as a key would."""
        if self.read_only or not text:
            return
        self._break_line_if_pending()
        start, end = self.selection
        result = self.replace(text, start, end, maintain_selection_offset=False)
        self.move_cursor(result.end_location)

    async def _on_paste(self, event: events.Paste) -> None:
        """Paste once. TextArea's own handler must not run after this one: Textual calls the
        handler of every class in the MRO, so calling it here as well pasted twice (seen in
        tmux with a bracketed paste). Control characters are dropped, never sent on."""
        if self.read_only:
            return  # bubbles up to the screen, which says why nothing was written
        event.stop()
        event.prevent_default()
        text = pasted_text(event.text)
        self.type_text(text)
        if lines := word_lines(text):
            self.post_message(self.PastedWords(lines))

    async def _on_key(self, event: events.Key) -> None:
        """Runs before TextArea's own key handler, which then does the typing."""
        if event.key == "ctrl+j":
            # Enter as a terminal sends it before the app has it in raw mode (keys typed
            # while the app starts): a line feed, which Textual reads as Ctrl+J and the
            # TextArea ignores, so those lines were glued together. The same event goes on
            # as Enter, in its place among the keys, to this handler and to TextArea's.
            event.key, event.character = "enter", "\r"
        after_escape = key_after_escape(event)
        if after_escape is not None:
            event.stop()
            event.prevent_default()  # TextArea would type the letter
            self.post_message(self.ChairKey(after_escape))
            return
        if event.is_printable:
            self._break_line_if_pending()
        else:
            self.starts_new_line = False  # Enter, a move or a delete first: the writer chose
        if event.key == "enter" and not self.read_only and not self.selected_text:
            row = self.cursor_location[0]
            line = self.document.get_line(row)
            if line.lstrip().startswith("/") and self.command_handler:
                if self.command_handler(line):
                    event.stop()
                    event.prevent_default()
                    self.remove_line(row)
                else:
                    # The line stays as text and Enter still breaks it: what is typed next
                    # in the same burst goes on a line of its own, not onto the refused one.
                    self.post_message(self.LineRefused())

    def remove_line(self, row: int) -> None:
        """Empty a command line once it has become an entry; the cursor stays on it, as if
        Enter had given a fresh line."""
        self.delete((row, 0), (row, len(self.document.get_line(row))))
        self.cursor_location = (row, 0)


TYPED_KEY_NAMES = ("space", "plus", "minus", "less_than_sign", "greater_than_sign")


def key_after_escape(event: events.Key) -> str | None:
    """`alt+n` is Esc and n sent together: `n` (`alt+shift+b`: `B`). None for any other
    key, Alt+Backspace and the like included (the editor's own keys)."""
    key = event.key.removeprefix("alt+")
    if key == event.key:
        return None
    if key.startswith("shift+") and len(key) == len("shift+") + 1:
        return key[-1].upper()
    return key if len(key) == 1 or key in TYPED_KEY_NAMES else None


NEWLINE_SYMBOL = "␤"


def describe_entry(entry: Entry, number: str = "") -> str:
    """One line per entry, so the short list shows them all: a line break (only a copied or
    hand-edited log has one; a typed entry is one line) is shown as `␤`. `number`: an
    action's place in the handlingsplan (`h2`), the number `/status h2 …` takes."""
    label = tr(f"referat.{entry.kind.value}") + (f" {number}" if number else "")
    text = f"{ENTRY_MARK[entry.kind]} {label}: {entry.text}"
    if entry.kind is EntryKind.ACTION and (entry.who or entry.due):
        due = format_day(entry.due) if entry.due else "–"
        text += f"  ({tr('referat.who_due', who=entry.who or '–', due=due)})"
    return text.replace("\r\n", "\n").replace("\n", NEWLINE_SYMBOL)


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

    def show(self, entries: list[Entry], numbers: Mapping[str, str] | None = None) -> None:
        """`numbers`: entry id → the number shown after its kind (`h2`), if it has one."""
        self.clear_options()
        numbers = numbers or {}
        self.add_options(
            [
                Option(literal(describe_entry(entry, numbers.get(entry.id, ""))), id=entry.id)
                for entry in entries
            ]
        )
        self.display = bool(entries)

    def add_off_record(self, texts: list[str]) -> None:
        """This block's text off the record, after its entries, marked »Fortroligt« (for the
        chair and the referent only; no id: nothing to edit or remove from here)."""
        for text in texts:
            line = Text("🔒 ", style="bold magenta")
            line.append_text(literal(tr("off_record.mark", text=text), "magenta"))
            self.add_option(Option(line))
        if texts:
            self.display = True

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
