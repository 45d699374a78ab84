"""The walk through the open actions at »Siden sidst« (Shift+F3, `S` in the chair's keys, or
`/status` alone): one action at a time, a key for its status, a line for the forklaring.

The rules and the order are core's (core/action_walk.py); this screen shows the current
action, asks, and hands each status to the run screen's `execute` at once, so Esc stops the
walk with every status set so far recorded.

Two steps an action, both safe for keys typed in a burst: the status key comes to the
screen itself (nothing is focused), and it focuses the line with `set_focus` at once, so
the forklaring typed straight after it lands in the line (tui/screens/in_order.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.core.action_walk import Walk, key_status, walk_status
from facilitator.core.events import Action, Refusal
from facilitator.core.memory import ActionStatus
from facilitator.core.review import OpenItem
from facilitator.i18n import format_day, tr, tr_count
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.widgets.line_input import LineInput


def open_walk(
    context: RunContext, carried_status: Callable[[OpenItem], list[str]], walk: Walk | Refusal
) -> None:
    """Start the walk, or say why there is none; at its end, say how many got a status."""
    if isinstance(walk, Refusal):
        context.notify(tr(walk.message, **walk.params), severity="warning", timeout=6)
        return

    def ended(count: int | None) -> None:
        context.notify(tr_count("walk.ended", count or 0), timeout=5)

    def status_now(item: OpenItem) -> str:
        return (carried_status(item) or [tr("status.open")])[0]

    screen = StatusWalkScreen(walk, status_now, context.execute, context.today(), context.zone)
    context.ask(screen, ended)


class StatusWalkScreen(Dialog[int]):
    """Dismisses with how many statuses were recorded."""

    DEFAULT_CSS = """
    StatusWalkScreen { align: center middle; }
    #walk-line { background: $primary 35%; }
    #walk-line:focus { background: $primary 60%; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", show=False),
        Binding("enter", "enter", show=False, priority=True),
    ]
    AUTO_FOCUS = ""
    """Nothing focused while a status key is awaited: the key comes to the screen."""

    def __init__(
        self,
        walk: Walk,
        status_now: Callable[[OpenItem], str],
        record: Callable[[Action], bool],
        today: date,
        zone: tzinfo,
    ) -> None:
        super().__init__()
        self.walk = walk
        self.status_now = status_now
        self.record = record
        self.day = today
        self.zone = zone
        self.chosen: ActionStatus | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="walk-box"):
            yield Static(id="walk-title", classes="dialog-title")
            yield Static(id="walk-item")
            yield Static(literal(tr("walk.choose")), id="walk-choose", classes="dialog-intro")
            yield Static(id="walk-label")
            yield LineInput(id="walk-line", compact=True)
            yield Static(id="walk-error", classes="dialog-warning")
            yield Static(literal(tr("walk.keys")), id="walk-keys", classes="dialog-keys")

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        """The current action and the step: a status key awaited, or its line."""
        item = self.walk.current
        if item is None:
            return
        number, count = self.walk.progress
        title = tr("walk.title", number=number, count=count)
        self.query_one("#walk-title", Static).update(literal(title))
        self.query_one("#walk-item", Static).update(literal("\n".join(self.item_lines(item))))
        line = self.query_one("#walk-line", LineInput)
        label = self.query_one("#walk-label", Static)
        choosing = self.chosen is None
        line.display = label.display = not choosing
        self.query_one("#walk-choose").display = choosing
        self.query_one("#walk-keys").display = choosing  # the line's label says its keys
        if self.chosen is not None:
            key = "walk.date_label" if self.chosen is ActionStatus.POSTPONED else "walk.note_label"
            label.update(literal(tr(key, status=tr(f"status.{self.chosen.value}"))))
            postponed = self.chosen is ActionStatus.POSTPONED
            line.placeholder = tr("walk.date_hint" if postponed else "walk.note_hint")
        self.set_focus(None if choosing else line)

    def item_lines(self, item: OpenItem) -> list[str]:
        lines = [tr("walk.what", text=item.text)]
        if item.who:
            lines.append(tr("walk.who", who=item.who))
        lines.append(tr("walk.since", day=format_day(item.meeting.astimezone(self.zone).date())))
        if item.due:
            lines.append(tr("walk.due", day=format_day(item.due)))
        lines.append(tr("walk.status_now", status=self.status_now(item)))
        return lines

    async def unbound_key(self, event: events.Key) -> None:
        """A status key, while one is awaited."""
        status = key_status(event.character or "") if self.chosen is None else None
        if status is None:
            return
        event.stop()
        self.chosen = status
        self.say("")
        self.show()

    def action_enter(self) -> None:
        """Without a status: on to the next, unchanged. With one: record it, then on."""
        if self.chosen is None:
            self.go_on(self.walk.skipped())
            return
        typed = self.query_one("#walk-line", LineInput).value
        action = walk_status(self.walk, self.chosen, typed, self.day)
        if isinstance(action, Refusal):
            self.say(tr(action.message, **action.params))
            return
        if self.record(action):
            self.go_on(self.walk.recorded())

    def go_on(self, walk: Walk) -> None:
        self.walk = walk
        if walk.finished:
            self.dismiss(walk.set_count)
            return
        self.chosen = None
        self.query_one("#walk-line", LineInput).value = ""
        self.say("")
        self.show()

    def action_back(self) -> None:
        """Esc: from the line back to the status keys; from the keys, the walk ends."""
        if self.chosen is None:
            self.dismiss(self.walk.set_count)
            return
        self.chosen = None
        self.query_one("#walk-line", LineInput).value = ""
        self.say("")
        self.show()

    def say(self, message: str) -> None:
        self.query_one("#walk-error", Static).update(literal(message))
