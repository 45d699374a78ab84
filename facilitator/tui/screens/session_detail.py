"""One past meeting: planned vs actual, talk time, decisions, action items (mark done,
give to someone else) and the referat itself, read-only."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.action_status import StatusInfo, status_text
from facilitator.core.clock import Clock
from facilitator.core.events import Action, Refusal
from facilitator.core.memory import ActionStatus
from facilitator.core.referat import Entry, EntryKind
from facilitator.core.referat_actions import give_action_to, toggle_action_done
from facilitator.core.status_targets import plan_numbers
from facilitator.export.referat import group_memory
from facilitator.i18n import format_day, tr
from facilitator.review.text import literal
from facilitator.review.views import own_statuses, session_overview
from facilitator.store.errors import StoreError
from facilitator.store.liveness import record_end
from facilitator.store.lock import lock_holder
from facilitator.store.session_append import append_event
from facilitator.store.session_reader import SessionRecord, read_session
from facilitator.tui.referat_view import referat_view
from facilitator.tui.screens.forms import TextPromptScreen
from facilitator.tui.screens.in_order import KeysInOrder


class SessionDetailScreen(KeysInOrder, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", show=False),
        Binding("space", "toggle_done", show=False),
        Binding("enter", "reassign", show=False, priority=True),
        # The action list has the focus; the page keys scroll the whole meeting instead.
        Binding("pagedown", "page(1)", show=False, priority=True),
        Binding("pageup", "page(-1)", show=False, priority=True),
    ]

    def __init__(self, folder: Path, clock: Clock, zone: tzinfo) -> None:
        super().__init__()
        self.folder = folder
        self.clock = clock
        self.zone = zone
        self.record: SessionRecord | None = None
        self.statuses: dict[str, StatusInfo] = {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-scroll"):
            yield Static(id="detail-held", classes="dialog-warning")
            yield Static(id="detail-overview")
            with Vertical(id="detail-actions-box"):
                yield Static(literal(tr("review.heading_action")), classes="dialog-title")
                yield OptionList(id="detail-actions")
            yield Static(literal(tr("review.referat")), classes="dialog-title")
            # Rich Text, not Markdown: the notes are shown as typed (tui/referat_view.py).
            yield Static(id="detail-referat")
        yield Static(literal(tr("review.detail_keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.reload()
        self.query_one(OptionList).focus(scroll_visible=False)

    def held_by(self) -> str:
        owner = lock_holder(self.folder)
        return owner.describe() if owner is not None else ""

    def reload(self, highlight: int | None = None) -> None:
        try:
            record = read_session(self.folder, tolerant=True)
        except StoreError as error:
            self.query_one("#detail-overview", Static).update(literal(error.message, "red"))
            return
        self.record = record
        self.statuses = own_statuses(record)
        # A meeting no seat holds stops at its last event, one a seat holds runs on.
        end = record_end(record, self.clock.now())
        # The referat below says the meeting was not ended: said once, not twice.
        overview = session_overview(
            record, self.zone, with_actions=False, end=end, with_unended=False
        )
        self.query_one("#detail-overview", Static).update(overview)
        referat = referat_view(record, self.zone, end, group_memory(record))
        self.query_one("#detail-referat", Static).update(referat)
        who = self.held_by()
        held = self.query_one("#detail-held", Static)
        held.update(literal(tr("review.read_only_held", who=who) if who else ""))
        held.display = bool(who)
        listing = self.query_one(OptionList)
        listing.clear_options()
        actions = self.actions()
        numbers = plan_numbers(record.state.referat)  # `h1`, as in the handlingsplan
        for entry in actions:
            listing.add_option(Option(self.action_line(numbers[entry.id], entry), id=entry.id))
        if not actions:
            listing.add_option(Option(literal(tr("review.no_actions")), disabled=True))
        else:
            # Set here, not chosen: the meeting opens at its top, not scrolled to the list.
            with self.prevent(OptionList.OptionHighlighted):
                listing.highlighted = min(highlight or 0, len(actions) - 1)
            if highlight is not None:
                listing.scroll_visible(animate=False)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """An action chosen with ↑↓ is brought into view: under a long overview at 80x24 it
        was chosen out of sight, and Space then changed one nobody could see (a tester)."""
        event.option_list.scroll_visible(animate=False)

    def actions(self) -> list[Entry]:
        return self.record.state.referat.all_of(EntryKind.ACTION) if self.record else []

    def action_line(self, number: str, entry: Entry) -> Text:
        assert self.record is not None
        info = self.statuses.get(entry.id)
        # Done here or at a later meeting (`/udført`): a ✓ either way, not ○ beside »udført«.
        later_done = info is not None and info.status is ActionStatus.DONE
        done = self.record.state.referat.action_done(entry.id) or later_done
        line = Text(f"{number:>3} ")
        line.append("✓ " if done else "○ ", style="green" if done else "yellow")
        line.append_text(literal(entry.text, "dim" if done else ""))
        details = [entry.who] if entry.who else []
        if entry.due:
            details.append(tr("review.due", day=format_day(entry.due)))
        if info is not None:
            details.append(status_text(info))
        if details:
            line.append_text(literal(f"  ({', '.join(details)})", "dim"))
        return line

    def selected(self) -> tuple[int, Entry] | None:
        listing = self.query_one(OptionList)
        actions = self.actions()
        if listing.highlighted is None or not 0 <= listing.highlighted < len(actions):
            return None
        return listing.highlighted, actions[listing.highlighted]

    def append(self, action: Action, position: int) -> None:
        """Append to the meeting's own log (under its lock); a refusal names why."""
        if isinstance(action, Refusal):
            self.notify(tr(action.message, **action.params), severity="warning")
            return
        try:
            for draft in action:
                append_event(self.folder, draft, self.clock)
        except StoreError as error:
            self.notify(error.message, severity="error", timeout=8)
            return
        self.reload(highlight=position)

    def action_toggle_done(self) -> None:
        chosen = self.selected()
        if chosen is None or self.record is None:
            return
        position, entry = chosen
        self.append(toggle_action_done(self.record.state.referat, entry.id), position)

    def action_reassign(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        position, entry = chosen

        def given(who: str | None) -> None:
            if who and self.record is not None:
                referat = self.record.state.referat
                self.append(give_action_to(referat, entry.id, who), position)

        self.app.push_screen(TextPromptScreen(tr("review.reassign_title"), entry.who), given)

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#detail-scroll", VerticalScroll)
        if direction > 0:
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    def action_back(self) -> None:
        self.dismiss(None)
