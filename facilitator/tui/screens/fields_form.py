"""A form of labelled fields for the planning dialogs (invitation, meeting plan, saving the
agenda as a program). Enter goes to the next field and, on the last, asks `check` about the
values: a message keeps the form open and shows it; None dismisses with the values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Input, Label, Static

from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.widgets.choice_field import ChoiceField
from facilitator.tui.widgets.line_input import LineInput


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    value: str = ""
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """(label, value) pairs: a choice changed with ← → instead of a text field."""


class FieldsForm(Dialog[dict[str, str] | None]):
    class Settled(Message):
        """Passed through a field's own queue: when it bubbles up, every key typed into that
        field before the last Enter has been handled."""

    # Enter is a priority binding, not Input.Submitted: focus moves within the key press,
    # so the next typed characters land in the next field however fast they come.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "next_field", show=False, priority=True),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        keys: str,
        check: Callable[[dict[str, str]], str | None],
        intro: str = "",
    ) -> None:
        super().__init__()
        self.form_title = title
        self.fields = fields
        self.keys_text = keys
        self.check = check
        self.intro = intro
        self.unsettled = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form-box", can_focus=False):
            yield Static(self.form_title, classes="dialog-title")
            if self.intro:
                yield Static(self.intro, classes="dialog-intro")
            for field in self.fields:
                yield Label(field.label)
                if field.choices:
                    yield ChoiceField(list(field.choices), field.value, id=f"field-{field.name}")
                else:
                    # Compact: one line a field, so a whole form fits in 80x24.
                    yield LineInput(
                        field.value,
                        id=f"field-{field.name}",
                        placeholder=field.placeholder,
                        compact=True,
                    )
            yield Static(id="form-error", classes="dialog-warning")
            yield Static(self.keys_text, classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(f"#field-{self.fields[0].name}").focus()

    def values(self) -> dict[str, str]:
        values = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            value = widget.value if isinstance(widget, Input | ChoiceField) else ""
            values[field.name] = value.strip()
        return values

    def action_next_field(self) -> None:
        focused = self.focused
        if focused is None or focused.id != f"field-{self.fields[-1].name}":
            self.focus_next()
            return
        # Keys typed fast (or pasted) may still wait in the fields' queues while the Enter,
        # a priority binding, is handled here already: read the values once every field has
        # caught up, or the end of the last word is lost (seen in tmux).
        self.unsettled = len(self.fields)
        for field in self.fields:
            self.query_one(f"#field-{field.name}").post_message(self.Settled())

    def on_fields_form_settled(self, message: Settled) -> None:
        message.stop()
        self.unsettled -= 1
        if self.unsettled:
            return
        values = self.values()
        problem = self.check(values)
        if problem is None:
            self.dismiss(values)
        else:
            self.query_one("#form-error", Static).update(problem)

    def action_cancel(self) -> None:
        self.dismiss(None)
