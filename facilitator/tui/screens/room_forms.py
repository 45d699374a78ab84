"""The small forms for deciding in the room: a vote's numbers, the dots on each proposal,
a consent round through those present, and an item's checklist. They only ask: the
numbers are checked by the core (core/room_actions.py) through the `check` the screen
gives, and recorded by the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.core.room import Proposal
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog
from facilitator.tui.screens.fields_form import FieldsForm, FormField
from facilitator.tui.widgets.line_input import LineInput

Check = Callable[[dict[str, str]], str | None]


class TabForm(FieldsForm):
    """A form of numbers: Tab (and ↓) between the fields, Enter saves from any of them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "app.focus_next", show=False),
        Binding("up", "app.focus_previous", show=False),
    ]

    def action_next_field(self) -> None:
        self.submit()


def vote_form(text: str, present: int, check: Check) -> TabForm:
    """`/afstemning TEKST`: for, imod and undlader (fields `for`, `against`, `abstain`)."""
    fields = [FormField(name, tr(f"vote.{name}")) for name in ("for", "against", "abstain")]
    return TabForm(
        tr("vote.title", text=text),
        fields,
        tr("form.tab_keys"),
        check,
        intro=tr("vote.intro", present=present),
    )


def dots_form(
    title: str, proposals: list[Proposal], present: int, each: int, check: Check
) -> TabForm:
    """`/prikker N`: the dots per person (field `each`), then one field per proposal, by id."""
    fields = [FormField("each", tr("dots.each"), str(each))]
    fields += [
        FormField(p.id, f"{number}. {p.text}") for number, p in enumerate(proposals, start=1)
    ]
    return TabForm(
        tr("dots.title", title=title),
        fields,
        tr("form.tab_keys"),
        check,
        intro=tr("dots.intro", present=present),
    )


class ConsentRound(Dialog[dict[str, str] | None]):
    """Those present one by one: j for ja, i for indvending and then its reason (Enter).
    Dismisses {name: reason} for the objections once everyone has answered, or None."""

    AUTO_FOCUS = ""
    """No field until an indvending asks for its reason: j and i are the answers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("j", "agree", show=False),
        Binding("i", "object", show=False),
    ]

    def __init__(self, text: str, present: list[str]) -> None:
        super().__init__()
        self.text = text
        self.present = present
        self.position = 0
        self.objections: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="consent-box", classes="dialog"):
            yield Static(literal(tr("consent.title", text=self.text)), classes="dialog-title")
            yield Static(id="consent-ask", classes="dialog-intro")
            yield Static(id="consent-so-far", classes="dialog-intro")
            yield LineInput(id="consent-reason", placeholder=tr("consent.reason"), compact=True)
            yield Static(id="consent-error", classes="dialog-warning")
            yield Static(literal(tr("consent.keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.show_person()

    @property
    def reason_field(self) -> Input:
        return self.query_one("#consent-reason", Input)

    def show_person(self) -> None:
        name = self.present[self.position]
        ask = tr("consent.ask", name=name, number=self.position + 1, count=len(self.present))
        self.query_one("#consent-ask", Static).update(literal(ask))
        agreed = self.position - len(self.objections)
        so_far = tr("consent.so_far", agreed=agreed, objections=len(self.objections))
        self.query_one("#consent-so-far", Static).update(literal(so_far))
        self.reason_field.display = False
        self.reason_field.value = ""
        self.set_focus(None)

    def answered(self) -> None:
        self.query_one("#consent-error", Static).update(Text(""))
        self.position += 1
        if self.position >= len(self.present):
            self.dismiss(dict(self.objections))
        else:
            self.show_person()

    def action_agree(self) -> None:
        if not self.reason_field.display:
            self.answered()

    def action_object(self) -> None:
        if not self.reason_field.display:
            self.reason_field.display = True
            self.set_focus(self.reason_field)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        reason = event.value.strip()
        name = self.present[self.position]
        if not reason:
            problem = tr("room.reason_needed", name=name)
            self.query_one("#consent-error", Static).update(literal(problem))
            return
        self.objections[name] = reason
        self.answered()

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChecklistDialog(Dialog[None]):
    """The current item's checklist: Space or Enter ticks the highlighted line off (or on
    again) at once, through `toggle`, which records it and gives the ticks as they are."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", show=False),
        Binding("space", "tick", show=False),
    ]

    def __init__(
        self,
        title: str,
        lines: tuple[str, ...],
        ticked: frozenset[int],
        toggle: Callable[[int], frozenset[int] | None],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines
        self.ticked = ticked
        self.toggle = toggle

    def compose(self) -> ComposeResult:
        with Vertical(id="checklist-box", classes="dialog"):
            title = tr("checklist.title", title=self.title_text)
            yield Static(literal(title), classes="dialog-title")
            yield OptionList(*self.options(), id="checklist-lines")
            yield Static(literal(tr("checklist.keys")), classes="dialog-keys")

    def options(self) -> list[Option]:
        options = []
        for index, line in enumerate(self.lines):
            mark = "☑ " if index in self.ticked else "☐ "
            options.append(Option(literal(mark + line), id=str(index)))
        return options

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_tick()

    def action_tick(self) -> None:
        listing = self.query_one(OptionList)
        index = listing.highlighted
        if index is None:
            return
        ticked = self.toggle(index)
        if ticked is not None:
            self.ticked = ticked
            listing.clear_options()
            listing.add_options(self.options())
            listing.highlighted = index

    def action_close(self) -> None:
        self.dismiss(None)
