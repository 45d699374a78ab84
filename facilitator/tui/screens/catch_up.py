"""F3: the what-if fix. Shows which later blocks to shorten; Enter applies it."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.core.catchup import CatchUpPlan
from facilitator.i18n import format_clock, format_minutes, tr
from facilitator.review.text import literal
from facilitator.tui.screens.dialog import Dialog


def plan_table(plan: CatchUpPlan) -> Table:
    table = Table(expand=True, box=None, padding=(0, 2))
    table.add_column(literal(tr("catchup.col_block")), ratio=1)
    table.add_column(literal(tr("catchup.col_now")), justify="right")
    table.add_column(literal(tr("catchup.col_new")), justify="right", style="bold")
    for cut in plan.cuts:
        table.add_row(
            literal(cut.title),
            literal(format_minutes(cut.planned_minutes)),
            literal(format_minutes(cut.proposed_minutes)),
        )
    return table


class CatchUpScreen(Dialog[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "apply", show=False),
    ]

    def __init__(self, plan: CatchUpPlan) -> None:
        super().__init__()
        self.plan = plan

    def compose(self) -> ComposeResult:
        with Vertical(id="catch-up-box"):
            behind = format_minutes(self.plan.behind_minutes)
            if self.plan.end_by is not None:
                end = format_clock(self.plan.end_by)
                title = tr("catchup.title_end_by", time=behind, end=end)
            else:
                title = tr("catchup.title", time=behind)
            yield Static(literal(title), classes="dialog-title")
            if self.plan.cuts:
                yield Static(literal(tr("catchup.intro")), classes="dialog-intro")
                yield Static(plan_table(self.plan))
            else:
                yield Static(literal(tr("catchup.nothing")), classes="dialog-intro")
            if self.plan.shortfall_minutes:
                shortfall = format_minutes(self.plan.shortfall_minutes)
                yield Static(
                    literal(tr("catchup.shortfall", time=shortfall)), classes="dialog-warning"
                )
            yield Static(literal(tr("catchup.keys")), classes="dialog-keys")

    def action_apply(self) -> None:
        self.dismiss(bool(self.plan.cuts))

    def action_cancel(self) -> None:
        self.dismiss(False)
