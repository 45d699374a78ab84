"""The app and its one factory, `make_app`, used by the CLI and by every test."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from contextlib import suppress
from datetime import time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from textual import events
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.screen import Screen

from facilitator.core.clock import Clock, SystemClock, local_zone
from facilitator.core.program import Program
from facilitator.core.seats import Seat
from facilitator.core.text import printable
from facilitator.i18n import format_date, set_language, tr
from facilitator.store.carried import carried_into
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import discover_programs, program_folders
from facilitator.store.roster import previous_roster
from facilitator.store.session_files import read_header
from facilitator.store.start_time import announce_the_start
from facilitator.tui import input_bytes, paste_guard
from facilitator.tui.bindings import PALETTE_KEY, QUIT_KEY, install_bindings
from facilitator.tui.hangup import watch_for_hangup
from facilitator.tui.key_order import KeyOrder
from facilitator.tui.notices import keep_newest
from facilitator.tui.palette import Palette, palette_commands
from facilitator.tui.quitting import ask_how_the_meeting_ends, save_and_exit
from facilitator.tui.screens.run import RunScreen
from facilitator.tui.terminal_size import forget_stale_terminal_size
from facilitator.tui.time_colours import theme_variables

# The other screens and the review are imported where they are first shown: a meeting's
# first frame should not wait for them (start time is measured against a bare Textual app).
if TYPE_CHECKING:
    from facilitator.tui.screens.picker import PickerScreen
    from facilitator.tui.screens.seat_choice import SeatChoiceScreen


class FacilitatorApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "facilitator"

    def __init__(
        self,
        *,
        sessions_dir: Path,
        clock: Clock,
        zone: tzinfo,
        folders: list[Path],
        program: Program | None = None,
        session_folder: Path | None = None,
        group: str = "",
        review: bool = False,
        seat: Seat | None = Seat.CHAIR,
        start: time | None = None,
    ) -> None:
        """`seat`: how `session_folder` is opened; None lets the user choose (a browser tab).
        `start`: when a new meeting is to start (`run --start`), for the welcome screen."""
        super().__init__()
        self.start = start
        self.seat = seat
        self.group = group
        self.review = review
        self.sessions_dir = sessions_dir
        self.clock = clock
        self.zone = zone
        self.folders = folders
        self.initial_program = program
        self.crashed = False
        """Textual closed the app on an error (`panic`): the shell is told (exit 1)."""
        self.initial_session = session_folder
        self.session: LiveSession | None = None
        self.start_problem = ""
        """Why the meeting asked for could not be opened (said once the app is up)."""
        self.key_order = KeyOrder()
        # Replace Textual's English quit and palette bindings with localized ones.
        for key in (QUIT_KEY.key, PALETTE_KEY.key):
            self._bindings.key_to_bindings.pop(key, None)
        install_bindings(self, (QUIT_KEY, PALETTE_KEY))

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run as the process's one app (the CLI, the browser seat, `make bench`).

        What exists now (Textual, our modules, the program) lives as long as the process:
        frozen, the garbage collector does not walk it all while the first frame is drawn
        (~90 ms of start) or while the countdown runs. Not unfrozen at the end (the exit
        would walk it after all); tests, running many apps, unfreeze after each (conftest).
        """
        gc.freeze()
        paste_guard.install()
        input_bytes.install()
        forget_stale_terminal_size()
        return super().run(*args, **kwargs)

    def panic(self, *renderables: RenderableType) -> None:
        """An error Textual could not hand to the app (its input thread): the app closes,
        and the command exits with 1, not 0, so a script or a shortcut sees it."""
        self.crashed = True
        super().panic(*renderables)

    async def on_event(self, event: events.Event) -> None:
        """A key or a paste is looked at only once the last one has been handled, with all
        it set off: nothing typed overtakes what was typed before it (tui/key_order.py)."""
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            await self.key_order.before(self, event)
        await super().on_event(event)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """$time-calm … $time-overrun: the countdown's colours for a dark or a light theme."""
        return theme_variables(self.current_theme.dark)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice is literal text, control characters as symbols (`printable`): no
        notice of ours is markup, and Textual would read `[/]` in a decision as a tag."""
        super().notify(
            printable(message),
            title=printable(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )
        self.call_later(keep_newest, self)  # after the notice above is added

    def get_default_screen(self) -> Screen[Any]:
        """A meeting from the command line is the first screen itself: no blank screen
        is drawn first (part of the time to the first frame)."""
        first: Screen[None] | None = None
        if self.initial_program is not None:
            first = self.new_session_screen(self.initial_program)
        elif self.initial_session is not None and self.seat is not None:
            first = self.session_screen(self.initial_session, self.seat)
        return first or super().get_default_screen()

    def on_mount(self) -> None:
        watch_for_hangup(self.hang_up)
        if self.session is not None:
            return  # the meeting is the first screen
        if self.start_problem:
            if self.initial_session is not None and self.seat is not Seat.CHAIR:
                self.choose_seat(self.initial_session)  # another referent sits there
            self.report_problem(self.start_problem)
        elif self.initial_session is not None:
            self.choose_seat(self.initial_session)
        else:
            self.show_picker()
            if self.review:
                self.show_review()

    def show_picker(self) -> None:
        from facilitator.tui.screens.picker import PickerScreen

        self.push_screen(PickerScreen(discover_programs(self.folders)))

    def show_review(self) -> None:
        from facilitator.tui.screens.sessions import SessionsScreen

        self.push_screen(SessionsScreen(self.sessions_dir, self.clock, self.zone, self.group))

    def on_picker_screen_review_requested(self, message: PickerScreen.ReviewRequested) -> None:
        self.show_review()

    # ----------------------------------------------------------------- sessions

    def new_session_screen(self, program: Program) -> RunScreen | None:
        """A new meeting of `program`; None, with the reason in `start_problem`, if it failed."""
        roster = previous_roster(self.sessions_dir, self.group)
        try:
            session = LiveSession.create(
                self.sessions_dir, program, self.clock, self.zone, self.group, roster
            )
        except StoreError as error:
            self.start_problem = error.message
            return None
        source = ""
        if roster.held is not None and roster.participants:
            source = format_date(roster.held.astimezone(self.zone).date())
        self.session = session
        announce_the_start(session, self.sessions_dir, self.zone, self.start)
        return RunScreen(
            session,
            self.zone,
            source,
            carried_into(self.sessions_dir, session),
        )

    def start_session(self, program: Program) -> None:
        screen = self.new_session_screen(program)
        if screen is None:
            self.report_problem(self.start_problem)
        else:
            self.switch_or_push(screen)

    def session_screen(self, folder: Path, seat: Seat) -> Screen[None] | None:
        """The screen of a seat at an existing meeting; None after noting why not."""
        try:
            session = LiveSession.open(folder, self.clock, seat=seat)
        except StoreError as error:
            self.start_problem = error.message
            return None
        self.session = session
        if seat is Seat.DISPLAY:
            from facilitator.tui.screens.display import DisplayScreen

            return DisplayScreen(session, self.zone)
        return RunScreen(
            session,
            self.zone,
            "",
            carried_into(self.sessions_dir, session),
        )

    def open_session(self, folder: Path, seat: Seat = Seat.CHAIR) -> None:
        screen = self.session_screen(folder, seat)
        if screen is not None:
            self.switch_or_push(screen)
            return
        if seat is not Seat.CHAIR and not self.screen.has_class("-seat-choice"):
            self.choose_seat(folder)  # another referent sits there: the display is left
        self.report_problem(self.start_problem)

    def choose_seat(self, folder: Path) -> None:
        try:
            header, _program = read_header(folder)
        except StoreError as error:
            self.report_problem(error.message)
            return
        from facilitator.tui.screens.seat_choice import SeatChoiceScreen

        self.push_screen(SeatChoiceScreen(folder, header.title))

    def on_seat_choice_screen_seat_chosen(self, message: SeatChoiceScreen.SeatChosen) -> None:
        folder = getattr(self.screen, "folder", None)
        if self.screen.has_class("-seat-choice") and isinstance(folder, Path):
            self.open_session(folder, message.seat)

    def switch_or_push(self, screen: Screen[None]) -> None:
        """The picker or the seat choice makes way for the meeting; anything else stays."""
        if self.at_start():
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def resume_latest(self) -> None:
        """The meeting that was running (store/resume.py); when several were, the chair
        chooses (tui/screens/resume_choice.py)."""
        from facilitator.store.resume import session_to_resume
        from facilitator.tui.screens.resume_choice import ResumeChoiceScreen

        try:
            chosen, others = session_to_resume(self.sessions_dir)
        except StoreError as error:
            self.notify(error.message, severity="warning")
            return
        if not others:
            self.open_session(chosen.folder)
            return

        def picked(folder: Path | None) -> None:
            if folder is not None:
                self.open_session(folder)

        self.push_screen(ResumeChoiceScreen([chosen, *others], self.zone), picked)

    def report_problem(self, message: str) -> None:
        from facilitator.tui.screens.problem import ProblemScreen

        if not self.at_start() and len(self.screen_stack) <= 1:
            self.show_picker()
        self.push_screen(ProblemScreen(tr("cli.error", message=""), message))

    def at_start(self) -> bool:
        """On the picker or the seat choice (marked by a class, so neither is imported)."""
        return self.screen.has_class("-picker") or self.screen.has_class("-seat-choice")

    def on_picker_screen_program_chosen(self, message: PickerScreen.ProgramChosen) -> None:
        self.start_session(message.program)

    def on_picker_screen_invite_requested(self, message: PickerScreen.InviteRequested) -> None:
        """An invitation, written into the working folder beside `programs/` and `sessions/`."""
        from facilitator.tui.screens.planning import ask_for_invitation

        ask_for_invitation(self, message.program, self.clock.now().astimezone(self.zone).date())

    def on_picker_screen_resume_requested(self, message: PickerScreen.ResumeRequested) -> None:
        self.resume_latest()

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.close()

    # ----------------------------------------------------------------- hangup

    def hang_up(self) -> None:
        """A closed terminal (SIGHUP, tui/hangup.py): save, let go of the seat, end."""
        if self.session is not None:
            with suppress(StoreError):  # nowhere left to say so; the text is in memory only
                self.session.save_notes()
            self.session.close()
            self.session = None
        # The terminal is gone, so a normal shutdown may block on writing to it.
        os._exit(0)

    # ----------------------------------------------------------------- palette

    def action_command_palette(self) -> None:
        """Ctrl+P: the palette in the chosen language (Textual's says »Search for commands…«)."""
        if self.use_command_palette and not isinstance(self.screen, Palette):
            self.push_screen(Palette())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The chair's actions in the command palette, in the chosen language."""
        return palette_commands(screen, self.action_quit)

    def action_help_quit(self) -> None:
        self.notify(tr("tip.quit"))

    async def action_quit(self) -> None:
        """With the clock running, the chair first says what becomes of the meeting; then
        quit only when the notes are on disk, or a copy was saved somewhere else."""
        if not ask_how_the_meeting_ends(self):
            await self.save_and_exit()

    async def save_and_exit(self) -> None:
        await save_and_exit(self)


def make_app(
    program: Program | None = None,
    *,
    sessions_dir: Path = Path("sessions"),
    clock: Clock | None = None,
    lang: str = "da",
    session: Path | None = None,
    zone: tzinfo | None = None,
    folders: list[Path] | None = None,
    group: str = "",
    review: bool = False,
    seat: Seat | None = Seat.CHAIR,
    start: time | None = None,
) -> FacilitatorApp:
    """Build the app: the picker, a new session of `program`, or an existing `session`."""
    set_language(lang)
    return FacilitatorApp(
        sessions_dir=sessions_dir,
        clock=clock or SystemClock(),
        zone=zone or local_zone(),
        folders=folders if folders is not None else program_folders(),
        program=program,
        session_folder=session,
        group=group,
        review=review,
        seat=seat,
        start=start,
    )
