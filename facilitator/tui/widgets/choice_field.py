"""A field with a few fixed choices, changed with ← → or space: faster than a dropdown
when the next key the user presses is Enter for the next field."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.widget import Widget


class ChoiceField(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,space", "step(1)", show=False),
        Binding("left", "step(-1)", show=False),
    ]

    index: reactive[int] = reactive(0)

    def __init__(
        self, choices: list[tuple[str, str]], value: str, *, id: str | None = None
    ) -> None:
        """`choices`: (label, value) pairs; `value` the one chosen at first."""
        super().__init__(id=id)
        self.choices = choices
        values = [choice_value for _label, choice_value in choices]
        self.set_reactive(ChoiceField.index, values.index(value) if value in values else 0)

    @property
    def value(self) -> str:
        return self.choices[self.index][1]

    def action_step(self, step: int) -> None:
        self.index = (self.index + step) % len(self.choices)

    def render(self) -> Text:
        text = Text("‹ ", style="dim")
        text.append(self.choices[self.index][0], style="bold")
        text.append(" ›", style="dim")
        return text
