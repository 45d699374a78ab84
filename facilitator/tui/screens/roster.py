"""Ctrl+F12 (or /deltagere): the roster — who is in the group, where they sit, their role,
and who is here today. Opens by itself when a session starts.

The seat order is the order rounds go in and the handles F9 takes, so moving someone
changes both. Every change is an event recorded through the run screen's `execute`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.agenda import Command
from facilitator.core.events import EventDraft
from facilitator.core.participants import Participant
from facilitator.core.referat import Attendance, ReferatEvent
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.screens.participant_form import ParticipantFormScreen

ATTENDANCE_CYCLE = (Attendance.PRESENT, Attendance.SENT_APOLOGIES, Attendance.ABSENT)
ATTENDANCE_STYLE = {
    Attendance.PRESENT: "green",
    Attendance.SENT_APOLOGIES: "yellow",
    Attendance.ABSENT: "red",
}


def seated(session: LiveSession) -> list[Participant]:
    people = session.turns.participants.values()
    return sorted(people, key=lambda p: (p.seat, p.name.casefold()))


def roster_line(handle: str, person: Participant, attendance: Attendance | None) -> Text:
    line = Text(f"{handle:>2}  ")
    line.append_text(literal(person.name, "bold"))
    if person.faglighed:
        line.append_text(literal(f", {person.faglighed}"))
    if person.role != "deltager":
        line.append(f"  · {tr(f'role.{person.role}')}", style="cyan")
    mark = tr(f"export.attendance.{attendance.value}") if attendance else tr("roster.unmarked")
    line.append(
        f"  [{mark}]", style=ATTENDANCE_STYLE.get(attendance, "dim") if attendance else "dim"
    )
    return line


class RosterScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f12", "close", show=False),
        Binding("shift+up,plus", "move(-1)", show=False),
        Binding("shift+down,minus", "move(1)", show=False),
        Binding("space", "cycle_attendance", show=False),
        Binding("insert,n", "add", show=False),
        Binding("enter", "edit", show=False, priority=True),
        Binding("delete,backspace", "remove", show=False),
    ]

    def __init__(
        self,
        session: LiveSession,
        execute: Callable[[Command], bool],
        carried_from: str = "",
    ) -> None:
        super().__init__()
        self.session = session
        self.execute = execute
        self.carried_from = carried_from

    def compose(self) -> ComposeResult:
        with Vertical(id="roster-box", classes="dialog"):
            yield Static(literal(tr("roster.title")), classes="dialog-title")
            intro = tr("roster.carried", source=self.carried_from) if self.carried_from else ""
            yield Static(literal(intro or tr("roster.intro")), classes="dialog-intro")
            yield OptionList(id="roster-list")
            yield Static(id="roster-notice", classes="dialog-warning")
            yield Static(literal(tr("roster.keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.rebuild()

    def rebuild(self, highlight: str | None = None) -> None:
        handles = self.session.turns.handles()
        attendance = self.session.referat.attendance
        people = seated(self.session)
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
        self.query_one("#roster-notice", Static).update(literal(message))

    def action_move(self, step: int) -> None:
        person = self.selected()
        if person is None:
            return
        order = [p.id for p in seated(self.session)]
        position = order.index(person.id)
        target = position + step
        if not 0 <= target < len(order):
            return
        order[position], order[target] = order[target], order[position]
        if self.execute(EventDraft(TurnEvent.SEATS_SET, {"order": order})):
            self.rebuild(highlight=person.id)

    def action_cycle_attendance(self) -> None:
        person = self.selected()
        if person is None:
            return
        current = self.session.referat.attendance.get(person.name)
        following = (
            ATTENDANCE_CYCLE[(ATTENDANCE_CYCLE.index(current) + 1) % len(ATTENDANCE_CYCLE)]
            if current in ATTENDANCE_CYCLE
            else Attendance.PRESENT
        )
        data = {"name": person.name, "status": following.value}
        if self.execute(EventDraft(ReferatEvent.ATTENDANCE_SET, data)):
            self.rebuild(highlight=person.id)

    def action_add(self) -> None:
        def added(values: dict[str, str] | None) -> None:
            if values is None:
                return
            turns = self.session.turns
            if any(
                p.name.casefold() == values["name"].casefold() for p in turns.participants.values()
            ):
                self.say(tr("speakers.participant_exists", name=values["name"]))
                return
            draft = add_participant(
                turns,
                values["name"],
                values["faglighed"],
                values["role"],
                values["email"],
                values["phone"],
            )
            if self.execute(draft):
                self.say("")
                self.rebuild(highlight=str(draft.data["id"]))

        self.app.push_screen(ParticipantFormScreen(None), added)

    def action_edit(self) -> None:
        person = self.selected()
        if person is None:
            self.action_add()
            return

        def changed(values: dict[str, str] | None) -> None:
            if values is None or person is None:
                return
            changes = {k: v for k, v in values.items() if getattr(person, k) != v}
            if not changes:
                return
            old_name = person.name
            draft = EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": person.id, **changes})
            if not self.execute(draft):
                return
            # Attendance is kept by name in the referat; a new name keeps the mark.
            status = self.session.referat.attendance.get(old_name)
            if "name" in changes and status is not None:
                for name, value in ((changes["name"], status.value), (old_name, "")):
                    mark = {"name": name, "status": value}
                    self.execute(EventDraft(ReferatEvent.ATTENDANCE_SET, mark))
            self.rebuild(highlight=person.id)

        self.app.push_screen(ParticipantFormScreen(person), changed)

    def action_remove(self) -> None:
        person = self.selected()
        if person is None:
            return
        if self.session.turns.turn_count(person.id) or self.session.turns.speaker == person.id:
            self.say(tr("roster.cannot_remove", name=person.name))
            return
        if self.execute(EventDraft(TurnEvent.PARTICIPANT_REMOVED, {"id": person.id})):
            self.say(tr("roster.removed", name=person.name))
            self.rebuild()

    def action_close(self) -> None:
        self.dismiss(None)
