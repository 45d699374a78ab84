"""F4 in the picker when two or more meetings were running: which one to go on with.

The command line opens the one where something happened last and names the others (a
script has no one to ask); on the screen the chair is there to choose, and a guess could
put the referat of tonight's meeting into last week's.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.i18n import format_clock, format_day, tr, tr_count
from facilitator.review.text import literal
from facilitator.store.resume import ResumeCandidate
from facilitator.tui.screens.dialog import Dialog


def describe_candidate(candidate: ResumeCandidate, zone: tzinfo) -> str:
    """`Netværksmøde · Gruppe Nord · sidst torsdag 26.11. kl. 19.40 (2026-11-26-1900)`."""
    moment = candidate.last_activity.astimezone(zone)
    when = tr("resume.choice_when", day=format_day(moment.date()), time=format_clock(moment))
    parts = [candidate.title]
    if candidate.group.strip():
        parts.append(candidate.group)
    parts.append(when)
    return tr("resume.choice_line", line=" · ".join(parts), folder=candidate.folder.name)


class ResumeChoiceScreen(Dialog[Path | None]):
    """The running meetings, newest activity first; Enter opens one, Esc opens none."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", show=False)]

    def __init__(self, candidates: list[ResumeCandidate], zone: tzinfo) -> None:
        super().__init__()
        self.candidates = candidates
        self.zone = zone

    def compose(self) -> ComposeResult:
        with Vertical(id="resume-box", classes="dialog"):
            yield Static(literal(tr("resume.choice_title")), classes="dialog-title")
            yield Static(
                literal(tr_count("resume.choice_intro", len(self.candidates))),
                classes="dialog-intro",
            )
            yield OptionList(
                *(
                    Option(literal(describe_candidate(candidate, self.zone)), id=str(index))
                    for index, candidate in enumerate(self.candidates)
                ),
                id="resume-options",
            )
            yield Static(literal(tr("resume.choice_keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(OptionList))

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.candidates[int(event.option.id)].folder)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
