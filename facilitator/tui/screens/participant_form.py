"""One participant: name, faglighed, role and contact details (for the kontaktliste).

F2 asks `check` about the values before it closes: a refusal (a name of 203 characters)
keeps the form open with its message and every field as typed; the form closed and the
edit was lost, a tester found."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from facilitator.core.participants import ROLES, Participant
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.widgets.choice_field import ChoiceField
from facilitator.tui.widgets.line_input import LineInput

TEXT_FIELDS = ("name", "faglighed", "email", "phone")


class ParticipantFormScreen(Dialog[dict[str, str] | None]):
    """Dismisses the fields (name, faglighed, role, email, phone) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("f2", "save", show=False, priority=True),
        # A priority binding: focus moves within the key press, so fast typing lands in
        # the right field, and Enter never gets stuck in the role field.
        Binding("enter", "next_field", show=False, priority=True),
    ]

    def __init__(
        self,
        participant: Participant | None,
        check: Callable[[dict[str, str]], str | None] = lambda _values: None,
    ) -> None:
        super().__init__()
        self.participant = participant
        self.check = check

    def compose(self) -> ComposeResult:
        person = self.participant
        title = tr("person.edit_title") if person else tr("person.new_title")
        with Vertical(id="participant-box", classes="dialog"):
            yield Static(literal(title), classes="dialog-title")
            for name in TEXT_FIELDS[:2]:
                yield Label(literal(tr(f"person.{name}")))
                yield LineInput(getattr(person, name, ""), id=f"person-{name}", compact=True)
            yield Label(literal(tr("person.role")))
            yield ChoiceField(
                [(tr(f"role.{role}"), role) for role in ROLES],
                person.role if person else "deltager",
                id="person-role",
            )
            for name in TEXT_FIELDS[2:]:
                yield Label(literal(tr(f"person.{name}")))
                yield LineInput(getattr(person, name, ""), id=f"person-{name}", compact=True)
            yield Static(id="person-error", classes="dialog-warning")
            yield Static(literal(tr("person.keys")), classes="dialog-keys")

    def action_next_field(self) -> None:
        focused = self.focused
        if focused is not None and focused.id == f"person-{TEXT_FIELDS[-1]}":
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        values = {
            name: self.query_one(f"#person-{name}", Input).value.strip() for name in TEXT_FIELDS
        }
        values["role"] = self.query_one("#person-role", ChoiceField).value
        empty = not values["name"] or values["name"].isdigit()
        problem = tr("speakers.participant_needed") if empty else self.check(values)
        if problem is None:
            self.dismiss(values)
            return
        self.query_one("#person-error", Static).update(literal(problem))
        self.set_focus(self.query_one("#person-name", Input))

    def action_cancel(self) -> None:
        self.dismiss(None)
