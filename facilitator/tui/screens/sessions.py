"""Past meetings: a list newest first, filtered by group and searched as you type."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from facilitator.core.clock import Clock
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.review.views import session_cells
from facilitator.store.history import ListedSession, list_sessions
from facilitator.tui.screens.group_review import GroupReviewScreen
from facilitator.tui.screens.in_order import KeysInOrder
from facilitator.tui.screens.session_detail import SessionDetailScreen
from facilitator.tui.session_columns import fitted_rows
from facilitator.tui.widgets.line_input import LineInput

SEARCH_DELAY_SECONDS = 0.3


COLUMNS = ("date", "group", "program", "duration", "decisions", "open")


class SessionsScreen(KeysInOrder, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", show=False),
        Binding("f3", "group_review", show=False, priority=True),
    ]

    def __init__(self, sessions_dir: Path, clock: Clock, zone: tzinfo, group: str = "") -> None:
        super().__init__()
        self.sessions_dir = sessions_dir
        self.clock = clock
        self.zone = zone
        self.initial_group = group
        self.listed: list[ListedSession] = []
        self._search_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="sessions-box"):
            yield Static(literal(tr("review.screen_title")), classes="dialog-title")
            with Horizontal(id="sessions-filters"):
                # Not selected on focus: a letter typed on the list starts the search here,
                # and the next letter must not replace it.
                yield LineInput(
                    id="sessions-search",
                    placeholder=tr("review.filter_placeholder"),
                    compact=True,
                    select_on_focus=False,
                )
                yield LineInput(
                    self.initial_group,
                    id="sessions-group",
                    placeholder=tr("review.group_placeholder"),
                    compact=True,
                )
            yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="sessions-warning", classes="dialog-warning")
            yield Static(literal(tr("review.keys")), classes="dialog-keys")

    def on_resize(self, _event: events.Resize) -> None:
        """The columns fitted to the new width, from the list already read: a resize
        (dragged, it comes many times) reads no session from disk."""
        self.show_rows(self.selected() if self.listed else None)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in COLUMNS:
            table.add_column(literal(tr(f"review.col_{key}")), key=key)
        self.reload()
        self.set_focus(table)

    def reload(self) -> None:
        search = self.query_one("#sessions-search", Input).value
        group = self.query_one("#sessions-group", Input).value
        # The meeting chosen stays chosen: back from its detail (Esc) or after a resize the
        # cursor went to the first row.
        chosen = self.selected() if self.is_mounted and self.listed else None
        self.listed = list_sessions(self.sessions_dir, group or None, search or None)
        self.show_rows(chosen)

    def show_rows(self, chosen: ListedSession | None) -> None:
        """The listed meetings in the table, fitted to its width; `chosen` stays chosen."""
        table = self.query_one(DataTable)
        table.clear()
        rows = [session_cells(item, self.zone) for item in self.listed]
        headers = [tr(f"review.col_{key}") for key in COLUMNS]
        # Every column in view: the group and the program give way (tui/session_columns.py).
        fitted = fitted_rows(headers, rows, table.size.width or self.size.width)
        for item, cells in zip(self.listed, fitted, strict=True):
            table.add_row(
                *(literal(c) if isinstance(c, str) else c for c in cells), key=item.folder.name
            )
        folders = [item.folder for item in self.listed]
        if chosen is not None and chosen.folder in folders:
            table.move_cursor(row=folders.index(chosen.folder), animate=False)
        if not self.listed:
            self.query_one("#sessions-warning", Static).update(literal(tr("review.none")))
        else:
            self.show_warning()

    def selected(self) -> ListedSession | None:
        table = self.query_one(DataTable)
        if not self.listed or not 0 <= table.cursor_row < len(self.listed):
            return None
        return self.listed[table.cursor_row]

    def show_warning(self) -> None:
        item = self.selected()
        text = "\n".join(item.warnings) if item else ""
        self.query_one("#sessions-warning", Static).update(literal(text))

    def on_data_table_row_highlighted(self) -> None:
        self.show_warning()

    def on_data_table_row_selected(self) -> None:
        item = self.selected()
        if item is None or item.summary is None:
            return
        self.app.push_screen(
            SessionDetailScreen(item.folder, self.clock, self.zone), lambda _: self.reload()
        )

    def on_input_changed(self) -> None:
        # Searching reads notes files: wait until typing pauses.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY_SECONDS, self.reload)

    def on_input_submitted(self) -> None:
        self.reload()
        self.set_focus(self.query_one(DataTable))

    def action_group_review(self) -> None:
        group = self.query_one("#sessions-group", Input).value.strip()
        item = self.selected()
        if not group and item is not None and item.summary is not None:
            group = item.summary.group
        if not group:
            self.notify(tr("review.no_group"), severity="warning")
            return
        self.app.push_screen(GroupReviewScreen(self.sessions_dir, group, self.zone))

    def action_back(self) -> None:
        self.dismiss(None)

    async def unbound_key(self, event: events.Key) -> None:
        """A letter typed on the list searches: it goes into the search field, which then
        takes the rest of the burst. On the list alone it was dropped without a word."""
        if event.is_printable and event.character and isinstance(self.focused, DataTable):
            event.stop()
            search = self.query_one("#sessions-search", Input)
            self.set_focus(search)
            search.cursor_position = len(search.value)
            search.insert_text_at_cursor(event.character)
