"""Ctrl+F12 (or /deltagere): the roster — who is in the group, where they sit, their role,
and who is here today. Opens by itself when a session starts.

The seat order is the order rounds go in and the handles F9 takes, so moving someone
changes both. Every change is an event recorded through the run screen's `execute`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.agenda import Command
from facilitator.core.events import Action, Refusal
from facilitator.core.name_length import MAX_NAME_LENGTH
from facilitator.core.participants import Participant
from facilitator.core.referat import Attendance
from facilitator.core.roster_actions import (
    change_person,
    join_roster,
    leave_roster,
    move_seat,
    next_attendance,
    seated,
)
from facilitator.core.typing_guard import FORM_DELAY, TypingGuard
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.store.live_session import LiveSession
from facilitator.tui.layout import shortened
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.screens.participant_form import ParticipantFormScreen

ATTENDANCE_STYLE = {
    Attendance.PRESENT: "green",
    Attendance.SENT_APOLOGIES: "yellow",
    Attendance.ABSENT: "red",
}


def roster_line(handle: str, person: Participant, attendance: Attendance | None) -> Text:
    """One line a person: a long name (from an older file) or faglighed is ellipsised, so
    the others stay in the list's view."""
    line = Text(f"{handle:>2}  ")
    line.append_text(literal(shortened(person.name, MAX_NAME_LENGTH), "bold"))
    if person.faglighed:
        line.append_text(literal(f", {shortened(person.faglighed, MAX_NAME_LENGTH)}"))
    if person.role != "deltager":
        line.append(f"  · {tr(f'role.{person.role}')}", style="cyan")
    mark = tr(f"export.attendance.{attendance.value}") if attendance else tr("roster.unmarked")
    line.append(
        f"  [{mark}]", style=ATTENDANCE_STYLE.get(attendance, "dim") if attendance else "dim"
    )
    return line


def refusal_of(
    action: Callable[[dict[str, str]], Action],
) -> Callable[[dict[str, str]], str | None]:
    """A form's check from a roster action: the refusal's message, or None to close."""

    def check(values: dict[str, str]) -> str | None:
        decided = action(values)
        return tr(decided.message, **decided.params) if isinstance(decided, Refusal) else None

    return check


# The list's keys a sentence typed at it also contains; they wait while the guard holds.
HELD_KEYS = frozenset({"space", "n", "N", "enter", "plus", "minus", "backspace", "delete"})
# Of those, the keys that open a form (which would take the rest of a sentence as a name).
FORM_KEYS = frozenset({"n", "N", "enter"})
# Keys nobody presses in the middle of a sentence: the person means the list.
DELIBERATE_KEYS = frozenset(
    {"up", "down", "left", "right", "shift+up", "shift+down", "tab", "shift+tab"}
    | {"home", "end", "pageup", "pagedown", "escape", "insert"}
)


class RosterScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f12", "close", show=False),
        Binding("shift+up,plus", "move(-1)", show=False),
        Binding("shift+down,minus", "move(1)", show=False),
        Binding("space", "cycle_attendance", show=False),
        Binding("insert,n,N", "add", show=False),
        Binding("enter", "edit", show=False, priority=True),
        Binding("delete,backspace", "remove", show=False),
    ]

    guard = TypingGuard()

    def __init__(
        self,
        session: LiveSession,
        execute: Callable[[Command | Action], bool],
        carried_from: str = "",
    ) -> None:
        super().__init__()
        self.session = session
        self.execute = execute
        self.carried_from = carried_from
        self.pending: Callable[[], None] | None = None
        """The form N or Enter opens a moment after the key (`open_soon`)."""
        self.pending_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="roster-box", classes="dialog"):
            # The head and the foot are docked: a long list scrolls between them, and the
            # keys stay in view at 80x24 with twelve people and more.
            with Vertical(id="roster-head"):
                yield Static(literal(tr("roster.title")), classes="dialog-title")
                carried = tr("roster.carried", source=self.carried_from)
                intro = carried if self.carried_from else tr("roster.intro")
                yield Static(literal(intro), classes="dialog-intro")
            yield OptionList(id="roster-list")
            with Vertical(id="roster-foot"):
                yield Static(id="roster-notice", classes="dialog-warning")
                yield Static(literal(tr("roster.keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.guard = TypingGuard.opened(self.session.clock.now())
        self.rebuild()

    def rebuild(self, highlight: str | None = None) -> None:
        handles = self.session.turns.handles()
        attendance = self.session.referat.attendance
        people = seated(self.session.turns)
        listing = self.query_one("#roster-list", OptionList)
        previous = listing.highlighted
        listing.clear_options()
        listing.add_options(
            Option(roster_line(handles[p.id], p, attendance.get(p.name)), id=p.id) for p in people
        )
        if not people:
            listing.add_option(Option(literal(tr("roster.empty")), disabled=True))
        elif highlight is not None:
            listing.highlighted = [p.id for p in people].index(highlight)
        else:
            listing.highlighted = min(previous or 0, len(people) - 1)
        self.set_focus(listing)

    def selected(self) -> Participant | None:
        listing = self.query_one("#roster-list", OptionList)
        if listing.highlighted is None:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.session.turns.participants.get(option.id or "")

    def say(self, message: str) -> None:
        """A message in the roster's foot; its intro steps aside meanwhile, so the list
        keeps its rows (at 80x24 the message had left two people in view)."""
        self.query_one("#roster-notice", Static).update(literal(message))
        self.query_one("#roster-box").set_class(bool(message), "-saying")

    def act(self, action: Action) -> bool:
        """A roster action (core/roster_actions.py): a refusal is said in the roster's own
        line, where the chair is looking; the events are recorded by the run screen."""
        if isinstance(action, Refusal):
            self.say(tr(action.message, **action.params))
            return False
        return self.execute(action)

    async def on_key(self, event: events.Key) -> None:
        """The typing guard (core/typing_guard.py): a deliberate key lifts it; while it
        holds, the list's letter keys are refused like the letters before them."""
        if self.pending is not None and self.typed_on(event.is_printable or event.key in HELD_KEYS):
            event.stop()
            event.prevent_default()
            return
        if event.key in DELIBERATE_KEYS:
            self.guard = self.guard.lifted()
        elif event.key in HELD_KEYS and self.held(forms=event.key in FORM_KEYS):
            event.stop()
            event.prevent_default()
            return
        elif event.key in ("n", "N"):  # not the binding: a moment first (`open_soon`)
            event.stop()
            event.prevent_default()
            self.guard = self.guard.acted(self.session.clock.now())
            self.open_soon(self.open_add_form)
            return
        elif event.key in HELD_KEYS:
            self.guard = self.guard.acted(self.session.clock.now())
        await super().on_key(event)

    def open_soon(self, opener: Callable[[], None]) -> None:
        """N or Enter opens its form a moment later (`FORM_DELAY`), unless a key comes
        first: then the N began a sentence, whose next letters would have gone into the
        form's name field and been saved by its Enters (a tester, in tmux)."""
        self.stop_pending()
        self.pending = opener
        self.pending_timer = self.set_timer(FORM_DELAY.total_seconds(), self.open_pending)

    def stop_pending(self) -> None:
        if self.pending_timer is not None:
            self.pending_timer.stop()
        self.pending = self.pending_timer = None

    def open_pending(self) -> None:
        opener = self.pending
        self.stop_pending()
        if opener is not None and self.app.screen is self:
            opener()

    def typed_on(self, typing: bool) -> bool:
        """A key while a form waits: it stays shut, and says so. True if the key is typing
        (a letter, Space, Enter …), which is refused with the rest of the sentence."""
        self.stop_pending()
        now = self.session.clock.now()
        self.guard = self.guard.typed(now) if typing else self.guard
        self.say(tr("roster.form_typed"))
        return typing

    def held(self, forms: bool = False) -> bool:
        """Whether a key of the list waits because someone is typing at it (`forms`: a
        key that opens a form, held longer); it says so, and counts as typing itself."""
        now = self.session.clock.now()
        guard = self.guard
        if not (guard.holds_forms(now) if forms else guard.holds(now)):
            return False
        self.guard = guard.typed(now)
        self.say(tr("roster.held" if guard.holds(now) else "roster.form_held"))
        return True

    def form_closed(self) -> None:
        """A form filled in or left: N or Enter at once after it waits, as after Space."""
        self.guard = self.guard.acted(self.session.clock.now())

    def action_move(self, step: int) -> None:
        person = self.selected()
        if person is not None and self.act(move_seat(self.session.turns, person.id, step)):
            self.rebuild(highlight=person.id)

    def action_cycle_attendance(self) -> None:
        person = self.selected()
        if person is not None and self.act(next_attendance(self.session.referat, person)):
            self.rebuild(highlight=person.id)

    def action_add(self) -> None:
        """Insert (N waits a moment: `on_key`)."""
        self.open_add_form()

    def open_add_form(self) -> None:
        def added(values: dict[str, str] | None) -> None:
            self.form_closed()
            if values is None:
                return
            action = join_roster(self.session.turns, values)
            if self.act(action) and isinstance(action, list):
                self.say("")
                self.rebuild(highlight=str(action[0].data["id"]))

        check = refusal_of(lambda values: join_roster(self.session.turns, values))
        self.app.push_screen(ParticipantFormScreen(None, check), added)

    def action_edit(self) -> None:
        # Enter is a priority binding (the list's own Enter would select), so it is held
        # here rather than in on_key: in a burst of typing it is a line ended, not an edit.
        if self.pending is not None:
            self.typed_on(True)
            return
        if self.held(forms=True):
            return
        self.guard = self.guard.acted(self.session.clock.now())
        self.open_soon(self.open_edit_form)

    def open_edit_form(self) -> None:
        person = self.selected()
        if person is None:
            self.open_add_form()
            return

        def changed(values: dict[str, str] | None) -> None:
            self.form_closed()
            if values is None or person is None:
                return
            if self.act(change_person(self.session.referat, person, values)):
                self.rebuild(highlight=person.id)

        check = refusal_of(lambda values: change_person(self.session.referat, person, values))
        self.app.push_screen(ParticipantFormScreen(person, check), changed)

    def action_remove(self) -> None:
        person = self.selected()
        if person is not None and self.act(leave_roster(self.session.turns, person)):
            self.say(tr("roster.removed", name=person.name))
            self.rebuild()

    def action_close(self) -> None:
        self.dismiss(None)

    async def unbound_key(self, event: events.Key) -> None:
        """A letter typed here types nowhere: say so, where the chair is looking, so that
        nobody thinks the words went into the notes."""
        if event.is_printable:
            event.stop()
            self.guard = self.guard.typed(self.session.clock.now())
            self.say(tr("roster.held"))
