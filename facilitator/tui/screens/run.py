"""The chair's live view of a running session.

The screen owns the session and one piece of state, `view`, bound into every widget. Keys
turn into core commands; an event is recorded (fsync) before the state changes, and the
view is rebuilt from the state and the clock. The refresh timer only repaints: time is
always read from the clock, never counted.
"""

from __future__ import annotations

from datetime import tzinfo

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from facilitator.core import agenda
from facilitator.core.agenda import Command, Refusal
from facilitator.core.agenda_view import MeetingView, TimeLevel, build_view
from facilitator.core.catchup import propose_catch_up
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.tui.bindings import CHAIR_KEYS, install_bindings
from facilitator.tui.screens.catch_up import CatchUpScreen
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.widgets.agenda_panel import AgendaPanel
from facilitator.tui.widgets.big_clock import BigClock
from facilitator.tui.widgets.countdown import CountdownPanel
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.meeting_status import MeetingStatus

REPAINT_SECONDS = 0.5
FOLLOW_SECONDS = 1.0
FLASH_SECONDS = 0.6


class RunScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    view: reactive[MeetingView | None] = reactive(None)
    big_clock: reactive[bool] = reactive(False)
    problem: reactive[str] = reactive("")

    def __init__(self, session: LiveSession, zone: tzinfo) -> None:
        super().__init__()
        self.session = session
        self.zone = zone
        install_bindings(self, CHAIR_KEYS)

    def compose(self) -> ComposeResult:
        yield Static(self.session.program.title, id="title-bar")
        yield Static(id="notice")
        with Horizontal(id="main"):
            yield AgendaPanel(id="agenda").data_bind(RunScreen.view)
            with Vertical(id="current"):
                yield CountdownPanel(id="countdown").data_bind(RunScreen.view)
                with VerticalScroll(id="guide-scroll"):
                    yield GuidePanel(id="guide").data_bind(RunScreen.view)
        yield BigClock(id="big-clock").data_bind(RunScreen.view)
        yield MeetingStatus(id="meeting-status").data_bind(RunScreen.view)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(GuidePanel).tips_heading = self.session.program.tips_heading
        self.refresh_view()
        self.set_interval(REPAINT_SECONDS, self.refresh_view)
        if self.session.read_only:
            self.set_interval(FOLLOW_SECONDS, self.follow_log)
            self.problem = self.session.read_only_message()

    # ----------------------------------------------------------------- view

    def refresh_view(self) -> None:
        self.view = build_view(self.session.state, self.session.clock.now(), self.zone)

    def follow_log(self) -> None:
        try:
            if self.session.follow():
                self.refresh_view()
        except StoreError as error:
            self.problem = error.message

    def watch_view(self, old: MeetingView | None, new: MeetingView | None) -> None:
        if old is None or new is None or old.current is None or new.current is None:
            return
        ran_out = (
            old.current.block.id == new.current.block.id
            and old.current.level is not TimeLevel.OVERRUN
            and new.current.level is TimeLevel.OVERRUN
            and new.running
        )
        if ran_out:
            self.app.bell()
            self.add_class("-flash")
            self.set_timer(FLASH_SECONDS, lambda: self.remove_class("-flash"))
            self.notify(tr("run.time_up", title=new.current.block.title), severity="warning")

    def watch_big_clock(self, big: bool) -> None:
        self.set_class(big, "-big-clock")

    def watch_problem(self, message: str) -> None:
        notice = self.query_one("#notice", Static)
        notice.update(message)
        notice.display = bool(message)

    # ----------------------------------------------------------------- commands

    def execute(self, command: Command) -> bool:
        """Record a command's event; show a refusal or a failed save. True if recorded."""
        try:
            outcome = self.session.execute(command)
        except StoreError as error:
            # The event is not on disk, so it did not happen: say so and keep saying it.
            self.problem = tr("run.save_failed", message=error.message)
            return False
        if isinstance(outcome, Refusal):
            self.notify(tr(outcome.message, **outcome.params), severity="warning")
            return False
        if not self.session.read_only:
            self.problem = ""
        self.refresh_view()
        return True

    def action_toggle_clock(self) -> None:
        self.execute(agenda.toggle_clock(self.session.state))

    def action_next_block(self) -> None:
        self.execute(agenda.next_block(self.session.state))

    def action_previous_block(self) -> None:
        self.execute(agenda.previous_block(self.session.state))

    def action_skip_block(self) -> None:
        self.execute(agenda.skip_block(self.session.state))

    def action_postpone_block(self) -> None:
        self.execute(agenda.postpone_block(self.session.state))

    def action_extend(self, seconds: int) -> None:
        if self.execute(agenda.extend_block(self.session.state, seconds)) and self.view:
            current = self.view.current
            if current is not None:
                self.notify(
                    tr(
                        "run.extended",
                        title=current.block.title,
                        minutes=current.planned_seconds // 60,
                    ),
                    timeout=2,
                )

    def action_toggle_big_clock(self) -> None:
        self.big_clock = not self.big_clock

    def action_show_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_catch_up(self) -> None:
        state = self.session.state
        now = self.session.clock.now()
        target = state.planned_end()
        view = self.view
        if (
            view is not None
            and view.end_by is not None
            and (target is None or view.end_by < target)
        ):
            target = view.end_by
        if target is None or state.projected_end(now) <= target:
            self.notify(tr("run.catch_up_none"))
            return
        plan = propose_catch_up(state, now, target)

        def apply(confirmed: bool | None) -> None:
            if confirmed and plan.cuts and self.execute(plan.to_event()):
                self.notify(tr("run.catch_up_applied", minutes=plan.saved_minutes))

        self.app.push_screen(CatchUpScreen(plan), apply)
