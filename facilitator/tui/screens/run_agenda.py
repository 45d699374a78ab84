"""The run screen's agenda: the clock (F5), the items and their phases (F6, F7, F3, F4),
the extra minutes (+/-), catching up on time and an item added during the meeting. Every
rule is the core's (core/agenda.py, core/phase_run.py, core/catchup.py)."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.core import agenda, phase_run
from facilitator.core.agenda import AgendaState, Command
from facilitator.core.catchup import catch_up_target, propose_catch_up
from facilitator.core.referat_actions import answer_decision_block
from facilitator.core.session import decision_missing
from facilitator.core.timeout import toggle_clock
from facilitator.i18n import format_minutes, tr
from facilitator.tui.screens.run_context import RunContext


class AgendaController:
    """Where the meeting is in its agenda, and how long each item takes."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session

    def add_block_line(self, text: str) -> bool:
        """`/nytpunkt Beboerhøring 15`: a new item right after the current one."""
        title, minutes = agenda.parse_added_block(text)
        if not self.context.execute(agenda.add_block(self.session.state, title, minutes)):
            return False
        self.context.notify(tr("agenda.block_added", title=title, minutes=minutes))
        return True

    def toggle_clock(self) -> None:
        """F5; during a time-out it goes on and ends the time-out (core/timeout.py)."""
        self.context.execute(toggle_clock(self.session.whole))

    def next_block(self) -> None:
        """F6: the next phase of the item; from its last phase (or none), the next item."""
        if not self.phase_key(phase_run.next_phase(self.session.state, self.session.clock.now())):
            self.leave_block(agenda.next_block)

    def previous_block(self) -> None:
        state, now = self.session.state, self.session.clock.now()
        if not self.phase_key(phase_run.previous_phase(state, now)):
            self.context.execute(agenda.previous_block(state))

    def phase_key(self, command: Command | None) -> bool:
        """Carry out a phase's key; False when the item has no phase for it."""
        if command is None:
            return False
        self.context.execute(command)
        return True

    def skip_block(self) -> None:
        self.leave_block(agenda.skip_block)

    def leave_block(self, command: Callable[[AgendaState], Command]) -> None:
        """Next or skip; a decision block first asks for its decision (or a reason)."""
        if not decision_missing(self.session.state, self.session.referat):
            self.context.execute(command(self.session.state))
            return
        block_id = self.session.state.current
        assert block_id is not None

        def answered(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                kind, text = answer
                state = self.session.state
                self.context.execute(answer_decision_block(state, kind, text, command))

        from facilitator.tui.screens.forms import DecisionScreen  # on first use

        self.context.ask(DecisionScreen(self.session.program.block(block_id).title), answered)

    def postpone_block(self) -> None:
        self.context.execute(agenda.postpone_block(self.session.state))

    def extend(self, seconds: int) -> None:
        state, now = self.session.state, self.session.clock.now()
        command = phase_run.extend_phase(state, now, seconds) or agenda.extend_block(state, seconds)
        if self.context.execute(command) and self.context.view:
            current = self.context.view.current
            if current is not None:
                self.context.notify(
                    tr(
                        "run.extended",
                        title=current.block.title,
                        minutes=current.planned_seconds // 60,
                    ),
                    timeout=2,
                )

    def catch_up(self) -> None:
        state = self.session.state
        now = self.session.clock.now()
        view = self.context.view
        found = catch_up_target(state.planned_end(), view.end_by if view is not None else None)
        if found is None or state.projected_end(now) <= found[0]:
            self.context.notify(tr("run.catch_up_none"))
            return
        plan = propose_catch_up(state, now, *found)

        def apply(confirmed: bool | None) -> None:
            if confirmed and plan.cuts and self.context.execute(plan.to_event()):
                self.context.notify(
                    tr("run.catch_up_applied", time=format_minutes(plan.saved_minutes))
                )

        from facilitator.tui.screens.catch_up import CatchUpScreen  # on first use

        self.context.ask(CatchUpScreen(plan), apply)
