"""The program picker: every program in programs/, with a preview of its agenda."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from facilitator.core.formats import phases_summary
from facilitator.core.program import Program
from facilitator.i18n import format_clock, format_minutes, tr
from facilitator.review.text import literal
from facilitator.store.program_files import ProgramEntry
from facilitator.tui.bindings import PICKER_KEYS, install_bindings
from facilitator.tui.picker_columns import Row, picker_columns
from facilitator.tui.screens.in_order import KeysInOrder
from facilitator.tui.screens.problem import ProblemScreen


def program_preview(program: Program) -> RenderableType:
    parts: list[RenderableType] = [literal(program.title, "bold")]
    if program.description:
        parts.append(literal(program.description))
    parts.append(Text(""))
    parts.append(Text(tr("picker.agenda"), style="bold underline"))
    for number, block in enumerate(program.blocks, start=1):
        line = literal(f"{number}. {block.title}")
        if block.lead:
            line.append_text(literal(f" ({tr('run.lead', lead=block.lead)})", "dim"))
        line.append(f"  {format_minutes(block.minutes)}", style="bold")
        parts.append(line)
        if block.phases:  # the phases as written, or as the format expands them
            named = f"({block.format}) " if block.format else ""
            parts.append(literal(f"   {named}{phases_summary(block.phases)}", "dim"))
    facts: list[tuple[str, str]] = []
    if program.end_by:
        facts.append((tr("picker.end_by", time=format_clock(program.end_by)), ""))
    if program.place:
        facts.append((tr("picker.place"), program.place))
    if program.materials:
        facts.append((tr("picker.materials"), ", ".join(program.materials)))
    if program.source:
        facts.append((tr("picker.source"), program.source))
    for label, value in facts:
        parts.append(Text(""))
        parts.append(Text(label, style="bold underline"))
        if value:
            parts.append(literal(value))
    if program.preparation:
        parts.append(Text(""))
        parts.append(Text(tr("picker.preparation"), style="bold underline"))
        parts.extend(literal(f"• {question}") for question in program.preparation)
    return Group(*parts)


def row_of(entry: ProgramEntry) -> Row:
    program = entry.program
    if program is None:
        return Row(f"{entry.path.name} {tr('picker.broken')}", None, None)
    return Row(program.title, program.planned_minutes, len(program.blocks))


class PickerScreen(KeysInOrder, Screen[None]):
    """Posts `ProgramChosen` or `ResumeRequested` up to the app, which opens the session."""

    class ProgramChosen(Message):
        def __init__(self, program: Program) -> None:
            super().__init__()
            self.program = program

    class ReviewRequested(Message):
        """F3: past meetings."""

    class ResumeRequested(Message):
        pass

    class InviteRequested(Message):
        """F2: an invitation to a meeting with the highlighted program."""

        def __init__(self, program: Program) -> None:
            super().__init__()
            self.program = program

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    def __init__(self, entries: list[ProgramEntry]) -> None:
        super().__init__(classes="-picker")  # the app tells start screens by their class
        self.entries = entries
        install_bindings(self, PICKER_KEYS)

    def compose(self) -> ComposeResult:
        yield Static(literal(f"facilitator · {tr('picker.title')}"), id="title-bar")
        with Horizontal(id="picker-main"):
            table: DataTable[Text] = DataTable(id="programs", cursor_type="row", zebra_stripes=True)
            yield table
            with VerticalScroll(id="preview-scroll"):
                yield Static(id="preview")
        # The palette (Ctrl+P) works without its Footer entry: the picker's keys need the room.
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.fill_table()
        if not self.entries:
            self.query_one("#preview", Static).update(
                literal(tr("picker.none", folder="programs/"))
            )
        self.set_focus(self.query_one("#programs", DataTable))

    def on_resize(self, _event: events.Resize) -> None:
        """The columns follow the table's width (tui/picker_columns.py), once it is laid out."""
        self.call_after_refresh(self.fill_table)

    def fill_table(self) -> None:
        """The programs in columns that fit the table's width; the highlighted row stays."""
        table = self.query_one("#programs", DataTable)
        row = table.cursor_row
        labels = (tr("picker.col_title"), tr("picker.col_time"), tr("picker.col_blocks"))
        columns = picker_columns(table.size.width, labels, [row_of(e) for e in self.entries])
        table.clear(columns=True)
        keys = ("title", "time", "blocks")
        for key, label, width in zip(keys, labels, columns.widths, strict=True):
            table.add_column(literal(label), key=key, width=width)
        for entry, cells in zip(self.entries, columns.cells, strict=True):
            table.add_row(*(literal(cell) for cell in cells), key=str(entry.path))
        if self.entries:
            table.move_cursor(row=max(0, row), animate=False)

    def selected_entry(self) -> ProgramEntry | None:
        table = self.query_one("#programs", DataTable)
        if not self.entries or table.cursor_row < 0:
            return None
        return self.entries[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def show_preview(self) -> None:
        entry = self.selected_entry()
        preview = self.query_one("#preview", Static)
        if entry is None:
            return
        if entry.program is not None:
            preview.update(program_preview(entry.program))
        elif entry.error is not None:
            preview.update(literal(entry.error.format(), "red"))

    @on(DataTable.RowSelected)
    def start_selected(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.program is None:
            details = entry.error.format() if entry.error else str(entry.path)
            self.app.push_screen(ProblemScreen(tr("picker.error_title"), details))
            return
        self.post_message(self.ProgramChosen(entry.program))

    def action_resume_latest(self) -> None:
        self.post_message(self.ResumeRequested())

    def action_review(self) -> None:
        self.post_message(self.ReviewRequested())

    def action_invite(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.program is not None:
            self.post_message(self.InviteRequested(entry.program))
