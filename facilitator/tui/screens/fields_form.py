"""A form of labelled fields for the planning dialogs (invitation, meeting plan, saving the
agenda as a program). Enter goes to the next field and, on the last, asks `check` about the
values: a message keeps the form open and shows it; None dismisses with the values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from facilitator.review.text import literal
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
    # Enter is a priority binding, not Input.Submitted: focus moves within the key press,
    # so the next typed characters land in the next field however fast they come (the app
    # takes the Enter only once the keys before it are in their field: tui/key_order.py).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "next_field", show=False, priority=True),
    ]

    AUTO_FOCUS = ""
    """The first field is focused in `on_mount`, without scrolling to it."""

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

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form-box", can_focus=False):
            yield Static(literal(self.form_title), classes="dialog-title")
            if self.intro:
                yield Static(literal(self.intro), classes="dialog-intro")
            for field in self.fields:
                yield Label(literal(field.label))
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
            # Kept in view at the form's foot while the fields scroll (app.tcss).
            with Vertical(classes="form-foot"):
                yield Static(id="form-error", classes="dialog-warning")
                yield Static(literal(self.keys_text), classes="dialog-keys")

    def on_mount(self) -> None:
        # Not scrolled to: focusing centres its widget before the layout is done, which in
        # 80x24 hid the title and the first field above it. The form opens at its top.
        self.set_focus(self.query_one(f"#field-{self.fields[0].name}"), scroll_visible=False)

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
        self.submit()

    def submit(self) -> None:
        """Save the values if the check lets them through; otherwise say why, and stay."""
        values = self.values()
        problem = self.check(values)
        if problem is None:
            self.dismiss(values)
        else:
            self.query_one("#form-error", Static).update(literal(problem))

    def action_cancel(self) -> None:
        self.dismiss(None)
