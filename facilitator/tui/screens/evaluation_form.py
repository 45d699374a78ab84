"""The evaluation form: one person's score per dimension and one sentence.

A field per dimension and one for the sentence; Tab moves between them, Enter saves from
any field (the chair types »4 Tab 3 Tab 5 Tab 4 Tab Godt møde Enter« for each person).
Core decides whether the values are fit (`core/evaluation_rules.give_evaluation`): its
refusal keeps the form open and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Label, Static

from facilitator.core.evaluation import EvaluationAnswer
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.fields_form import FieldsForm, FormField
from facilitator.tui.widgets.line_input import LineInput

SENTENCE = "sentence"
"""The sentence's field (the scores' fields are numbered: a dimension is any words)."""


def field_name(index: int) -> str:
    return f"score-{index}"


def split_answer(dimensions: tuple[str, ...], values: dict[str, str]) -> tuple[dict[str, str], str]:
    """The form's values as core takes them: dimension → typed score, and the sentence."""
    typed = {dim: values.get(field_name(i), "") for i, dim in enumerate(dimensions)}
    return typed, values.get(SENTENCE, "")


class EvaluationForm(FieldsForm):
    """Dismisses the fields' values (read them with `split_answer`), or None (Esc: stop).
    `check` is given the scores and the sentence and says what is wrong, or None."""

    def __init__(
        self,
        name: str,
        position: tuple[int, int],
        dimensions: tuple[str, ...],
        check: Callable[[dict[str, str], str], str | None],
        before: EvaluationAnswer | None = None,
    ) -> None:
        fields = [
            FormField(
                field_name(index),
                f"{dimension} (1–5)",
                str(before.score(dimension) or "") if before else "",
            )
            for index, dimension in enumerate(dimensions)
        ]
        fields.append(
            FormField(SENTENCE, tr("evaluation.sentence"), before.sentence if before else "")
        )
        number, count = position
        title = tr("evaluation.form_title", name=name, number=number, count=count)
        super().__init__(
            title,
            fields,
            tr("evaluation.form_keys"),
            lambda values: check(*split_answer(dimensions, values)),
            tr("evaluation.form_intro"),
        )

    def compose(self) -> ComposeResult:
        """A score's label and field on one line, so four dimensions fit in 80x24."""
        with VerticalScroll(classes="dialog form-box evaluation-form", can_focus=False):
            yield Static(literal(self.form_title), classes="dialog-title")
            yield Static(literal(self.intro), classes="dialog-intro")
            *scores, sentence = self.fields
            for field in scores:
                with Horizontal(classes="evaluation-row"):
                    yield Label(literal(field.label))
                    yield LineInput(
                        field.value, id=f"field-{field.name}", placeholder="1–5", compact=True
                    )
            yield Label(literal(sentence.label))
            yield LineInput(
                sentence.value,
                id=f"field-{sentence.name}",
                placeholder=tr("evaluation.sentence_placeholder"),
                compact=True,
            )
            yield Static(id="form-error", classes="dialog-warning")
            yield Static(literal(self.keys_text), classes="dialog-keys")

    def action_next_field(self) -> None:
        """Enter saves from any field (Tab is for the next one)."""
        self.submit()
