"""A group over its last meetings: what is still open, who has been quiet, and how long
the items really take in this group."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from facilitator.review.views import group_overview
from facilitator.store.history import as_meetings, group_records
from facilitator.tui.screens.in_order import KeysInOrder

LAST_MEETINGS = 6


class GroupReviewScreen(KeysInOrder, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", show=False)]

    def __init__(self, sessions_dir: Path, group: str, zone: tzinfo) -> None:
        super().__init__()
        self.sessions_dir = sessions_dir
        self.group = group
        self.zone = zone

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="group-scroll"):
            yield Static(id="group-overview")

    def on_mount(self) -> None:
        meetings = as_meetings(group_records(self.sessions_dir, self.group, LAST_MEETINGS))
        overview: Group | Table | Text = group_overview(self.group, meetings, self.zone)
        self.query_one("#group-overview", Static).update(overview)

    def action_back(self) -> None:
        self.dismiss(None)
