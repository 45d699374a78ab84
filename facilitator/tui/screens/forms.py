"""Small forms: the decision a decision block asks for, the next meeting, an entry's
change, who asks for the word, and one line of text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from facilitator.core.referat import Entry, EntryKind, NextMeeting, parse_due
from facilitator.i18n import format_day, tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.screens.fields_form import FieldsForm, FormField
from facilitator.tui.widgets.line_input import LineInput


class DecisionScreen(Dialog[tuple[str, str] | None]):
    """Dismisses ("decision", text), ("skip", reason) or None to stay in the block."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stay", show=False),
        Binding("f4", "skip", show=False, priority=True),
    ]

    def __init__(self, block_title: str) -> None:
        super().__init__()
        self.block_title = block_title

    def compose(self) -> ComposeResult:
        with Vertical(id="decision-box", classes="dialog"):
            title = tr("decision.title", title=self.block_title)
            yield Static(literal(title), classes="dialog-title")
            yield Static(literal(tr("decision.intro")), classes="dialog-intro")
            yield LineInput(id="decision-text", placeholder=tr("decision.placeholder"))
            # Shown only with a message: empty, it took two rows that three notices at 80x24
            # needed, and the keys' last line went under them (a tester).
            error = Static(id="decision-error", classes="dialog-warning")
            error.display = False
            yield error
            yield Static(literal(tr("decision.keys")), classes="dialog-keys")

    def _text(self) -> str:
        return self.query_one("#decision-text", Input).value.strip()

    def on_input_submitted(self) -> None:
        if self._text():
            self.dismiss(("decision", self._text()))

    def action_skip(self) -> None:
        if not self._text():
            error = self.query_one("#decision-error", Static)
            error.update(literal(tr("decision.reason_needed")))
            error.display = True
            return
        self.dismiss(("skip", self._text()))

    def action_stay(self) -> None:
        self.dismiss(None)


NEXT_MEETING_FIELDS = ("date", "time", "place", "chair", "referent")


def _date_problem(text: str, today: date) -> str | None:
    """None when `text` is empty or a date `parse_due` reads, else what to tell the user."""
    if not text:
        return None
    try:
        parse_due(text, today)
    except (ValueError, IndexError):
        return tr("referat.bad_date", value=text)
    return None


def next_meeting_form(current: NextMeeting | None, today: date) -> FieldsForm:
    """`/næste`: date, time, place, chair and minute-taker of the next meeting."""
    current = current or NextMeeting()
    values = {
        "date": format_day(current.date) if current.date else "",
        "time": current.time,
        "place": current.place,
        "chair": current.chair,
        "referent": current.referent,
    }
    fields = [
        FormField(name, tr(f"next.{name}"), values[name], tr(f"next.{name}_hint"))
        for name in NEXT_MEETING_FIELDS
    ]
    return FieldsForm(
        tr("next.title"),
        fields,
        tr("next.keys"),
        lambda typed: _date_problem(typed["date"], today),
    )


def edit_entry_form(entry: Entry, today: date) -> FieldsForm:
    """Change an entry: its text, and for an action also who and by when."""
    names = ("text", "who", "due") if entry.kind is EntryKind.ACTION else ("text",)
    values = {
        "text": entry.text,
        "who": entry.who,
        "due": format_day(entry.due) if entry.due else "",
    }
    fields = [FormField(name, tr(f"edit.{name}"), values[name]) for name in names]
    title = tr("edit.title", kind=tr(f"referat.{entry.kind.value}"))
    return FieldsForm(
        title, fields, tr("edit.keys"), lambda typed: _date_problem(typed.get("due", ""), today)
    )


class QueueSpeakerScreen(Dialog[tuple[str, str] | None]):
    """F9: who asks for the word? A seat number or a name; a new name joins the meeting.
    Dismisses (text, priority name) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("f2", "queue('REPLY')", show=False, priority=True),
        Binding("f3", "queue('CLARIFY')", show=False, priority=True),
        Binding("f4", "queue('POINT_OF_ORDER')", show=False, priority=True),
    ]

    def __init__(
        self,
        people: list[tuple[str, str]],
        check: Callable[[str, str], str | None] | None = None,
    ) -> None:
        """`check(text, priority)`: why the answer cannot be taken (the dialog stays open
        with it and with what was typed), or None."""
        super().__init__()
        self.people = people
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="queue-box", classes="dialog"):
            yield Static(literal(tr("queue.title")), classes="dialog-title")
            if self.people:
                listing = "   ".join(f"{handle} {name}" for handle, name in self.people)
                yield Static(literal(listing), classes="dialog-intro")
            yield LineInput(id="queue-who", placeholder=tr("queue.placeholder"))
            error = Static(id="queue-error", classes="dialog-warning")
            error.display = False
            yield error
            yield Static(literal(tr("queue.keys")), classes="dialog-keys")

    def on_input_submitted(self) -> None:
        self.action_queue("NORMAL")

    def action_queue(self, priority: str) -> None:
        text = self.query_one("#queue-who", Input).value.strip()
        if not text:
            return
        problem = self.check(text, priority) if self.check is not None else None
        if problem is not None:
            # Closed with the refusal, the dialog took a 200-character name with it.
            error = self.query_one("#queue-error", Static)
            error.update(literal(problem))
            error.display = True
            return
        self.dismiss((text, priority))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextPromptScreen(Dialog[str | None]):
    """One line of text (e.g. who takes over an action). Dismisses the text or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="dialog"):
            yield Static(literal(self.title_text), classes="dialog-title")
            yield LineInput(self.value, id="prompt-text")
            yield Static(literal(tr("edit.keys")), classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
