"""Small forms: the decision a decision block asks for, and the next meeting."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from facilitator.core.referat import Entry, EntryKind, NextMeeting
from facilitator.i18n import format_day, tr


class DecisionScreen(ModalScreen[tuple[str, str] | None]):
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
            yield Static(tr("decision.title", title=self.block_title), classes="dialog-title")
            yield Static(tr("decision.intro"), classes="dialog-intro")
            yield Input(id="decision-text", placeholder=tr("decision.placeholder"))
            yield Static(id="decision-error", classes="dialog-warning")
            yield Static(tr("decision.keys"), classes="dialog-keys")

    def _text(self) -> str:
        return self.query_one("#decision-text", Input).value.strip()

    def on_input_submitted(self) -> None:
        if self._text():
            self.dismiss(("decision", self._text()))

    def action_skip(self) -> None:
        if not self._text():
            self.query_one("#decision-error", Static).update(tr("decision.reason_needed"))
            return
        self.dismiss(("skip", self._text()))

    def action_stay(self) -> None:
        self.dismiss(None)


class NextMeetingScreen(ModalScreen[dict[str, str] | None]):
    """Date, time, place, chair and minute-taker of the next meeting."""

    FIELDS = ("date", "time", "place", "chair", "referent")
    # Enter is a priority binding, not Input.Submitted: focus moves within the key press,
    # so the next typed characters land in the next field however fast they come.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "next_field", show=False, priority=True),
    ]

    def __init__(self, current: NextMeeting | None, date_text: str) -> None:
        super().__init__()
        self.current = current
        self.date_text = date_text

    def compose(self) -> ComposeResult:
        current = self.current or NextMeeting()
        values = {
            "date": self.date_text,
            "time": current.time,
            "place": current.place,
            "chair": current.chair,
            "referent": current.referent,
        }
        with Vertical(id="next-meeting-box", classes="dialog"):
            yield Static(tr("next.title"), classes="dialog-title")
            for name in self.FIELDS:
                yield Label(tr(f"next.{name}"))
                yield Input(values[name], id=f"next-{name}", placeholder=tr(f"next.{name}_hint"))
            yield Static(id="next-error", classes="dialog-warning")
            yield Static(tr("next.keys"), classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "next-referent":
            self.focus_next()
            return
        self.dismiss(
            {name: self.query_one(f"#next-{name}", Input).value.strip() for name in self.FIELDS}
        )

    def show_error(self, message: str) -> None:
        self.query_one("#next-error", Static).update(message)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EditEntryScreen(ModalScreen[dict[str, str] | None]):
    """Change an entry: its text, and for an action also who and by when."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "next_field", show=False, priority=True),
    ]

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        self.fields = ("text", "who", "due") if entry.kind is EntryKind.ACTION else ("text",)

    def compose(self) -> ComposeResult:
        values = {
            "text": self.entry.text,
            "who": self.entry.who,
            "due": format_day(self.entry.due) if self.entry.due else "",
        }
        with Vertical(id="edit-entry-box", classes="dialog"):
            yield Static(
                tr("edit.title", kind=tr(f"referat.{self.entry.kind.value}")),
                classes="dialog-title",
            )
            for name in self.fields:
                yield Label(tr(f"edit.{name}"))
                yield Input(values[name], id=f"edit-{name}")
            yield Static(tr("edit.keys"), classes="dialog-keys")

    def action_next_field(self) -> None:
        focused = self.focused
        if focused is None or focused.id != f"edit-{self.fields[-1]}":
            self.focus_next()
            return
        self.dismiss(
            {name: self.query_one(f"#edit-{name}", Input).value.strip() for name in self.fields}
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class QueueSpeakerScreen(ModalScreen[tuple[str, str] | None]):
    """F9: who asks for the word? A seat number or a name; a new name joins the meeting.
    Dismisses (text, priority name) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("f2", "queue('REPLY')", show=False, priority=True),
        Binding("f3", "queue('CLARIFY')", show=False, priority=True),
        Binding("f4", "queue('POINT_OF_ORDER')", show=False, priority=True),
    ]

    def __init__(self, people: list[tuple[str, str]]) -> None:
        super().__init__()
        self.people = people

    def compose(self) -> ComposeResult:
        with Vertical(id="queue-box", classes="dialog"):
            yield Static(tr("queue.title"), classes="dialog-title")
            if self.people:
                listing = "   ".join(f"{handle} {name}" for handle, name in self.people)
                yield Static(listing, classes="dialog-intro")
            yield Input(id="queue-who", placeholder=tr("queue.placeholder"))
            yield Static(tr("queue.keys"), classes="dialog-keys")

    def on_input_submitted(self) -> None:
        self.action_queue("NORMAL")

    def action_queue(self, priority: str) -> None:
        text = self.query_one("#queue-who", Input).value.strip()
        if text:
            self.dismiss((text, priority))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextPromptScreen(ModalScreen[str | None]):
    """One line of text (e.g. who takes over an action). Dismisses the text or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Input(self.value, id="prompt-text")
            yield Static(tr("edit.keys"), classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
