"""What every part of the run screen shares: the session, the view and recording events.

This base is the `RunContext` (run_context.py) the screen's controllers get, and what the
screen draws from them: each job of the meeting screen is a controller of its own
(`run_speakers.SpeakerController`, …), made here; `run.RunScreen` lays the screen out and
hands its keys and words to them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from facilitator.core.agenda import Command
from facilitator.core.agenda_view import MeetingView, TimeLevel, build_view, minute_key
from facilitator.core.carried import catch_up_block
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.review import OpenItem
from facilitator.core.rounds import round_remaining_estimate
from facilitator.core.welcome import room_sign
from facilitator.i18n import tr
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.tui.compositor import use_row_compositor
from facilitator.tui.screens.in_order import KeysInOrder
from facilitator.tui.screens.phase_bell import phase_moved_on
from facilitator.tui.screens.run_agenda import AgendaController
from facilitator.tui.screens.run_context import Answer
from facilitator.tui.screens.run_evaluation import EvaluationController
from facilitator.tui.screens.run_memory import MemoryController
from facilitator.tui.screens.run_notes import NotesController
from facilitator.tui.screens.run_planning import PlanningController
from facilitator.tui.screens.run_referat import ReferatController
from facilitator.tui.screens.run_room import RoomController
from facilitator.tui.screens.run_speakers import SpeakerController
from facilitator.tui.screens.speakers_view import groups_for_current, in_round, speakers_view
from facilitator.tui.ticker import SecondTicker
from facilitator.tui.widgets.countdown import CountdownPanel
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.key_bar import KeyBar
from facilitator.tui.widgets.notes_pane import NotesEditor, NotesPane
from facilitator.tui.widgets.room_clock import RoomClock
from facilitator.tui.widgets.room_guide import proposal_lines
from facilitator.tui.widgets.speakers_panel import SpeakersView

FLASH_SECONDS = 0.6


class RunScreenBase(KeysInOrder, Screen[None]):
    # The screen draws neither itself: they are bound into the widgets that do, so a new
    # view must not repaint the whole screen once a second (measured: idle CPU).
    minute_view: reactive[MeetingView | None] = reactive(None, repaint=False)
    """Each second's view (`view`), handed on only after an event or when the clock moved
    more than its seconds (`minute_key`): for the panels that show minutes (the agenda,
    the guide, the status line)."""
    problem: reactive[str] = reactive("")
    notes_problem: reactive[str] = reactive("")
    speakers: reactive[SpeakersView | None] = reactive(None, repaint=False)
    chair_keys: reactive[bool] = reactive(False)
    """The chair's key mode (Esc in the notes): plain keys act instead of typing."""
    big_clock: reactive[bool] = reactive(False)

    def __init__(
        self, session: LiveSession, zone: tzinfo, carried: list[OpenItem] | None = None
    ) -> None:
        super().__init__()
        use_row_compositor(self)  # repaints the countdown's rows only (tui/compositor.py)
        self.session = session
        self.zone = zone
        self.view: MeetingView | None = None
        """Each second's view, handed to what shows seconds (the countdown, the big clock)
        as a plain attribute: big_clock.TimeColoured says why it is not bound."""
        self.ticker: SecondTicker | None = None
        """Started once mounted (`RunScreen.on_mount`)."""
        self.countdown = CountdownPanel(id="countdown")
        self.countdown.first_classes(build_view(session.state, session.clock.now(), zone))
        self.room_clock = RoomClock(id="big-clock")
        self.notes_pane = NotesPane(id="notes")
        """Made here, not in `compose`: the notes' controller is handed it."""
        self.notes_controller = NotesController(self, self.notes_pane)
        session.notes.collect = self.notes_controller.take_editor_text
        self.referat_controller = ReferatController(self)
        self.agenda_controller = AgendaController(self)
        self.speaker_controller = SpeakerController(self)
        self.evaluation_controller = EvaluationController(self)
        self.room_controller = RoomController(self)
        self.planning_controller = PlanningController(self)
        self.memory_controller = MemoryController(self, carried or [])
        self._title_shown: str | None = None
        self._drawn_at_event = -1
        """`session.applied` when the screen was last drawn whole (`refresh_view`)."""
        self._minute_key_shown: tuple[object, ...] = ()
        """`minute_key` of the minute view the panels were last handed."""

    @property
    def stamps(self) -> bool:
        """Whether someone given the word gets a stamp in the notes (Ctrl+T)."""
        return self.speaker_controller.stamps

    def ask(self, screen: Screen[Answer], answered: Callable[[Answer | None], None] | None) -> None:
        self.app.push_screen(screen, answered)

    @property
    def notes(self) -> NotesBuffer:
        """The notes live with the session (store), not with this screen."""
        return self.session.notes

    @property
    def shown_block(self) -> str | None:
        return self.notes_controller.shown_block

    def show_entries(self) -> None:
        """The shown item's entries under the notes, and its text off the record."""
        block = self.shown_block
        if block is None:
            return
        entries = self.notes_pane.entries
        referat = self.referat_controller
        entries.show(referat.shown_entries(block), referat.entry_numbers())  # `/status h2`
        entries.add_off_record(self.memory_controller.off_record(block))

    def insert_in_notes(self, text: str) -> None:
        self.notes_controller.insert(text)

    def show_notes_problem(self, message: str) -> None:
        self.notes_problem = message

    def save_notes_now(self) -> bool:
        """Save every unsaved note now. True if nothing is left unsaved."""
        return self.notes_controller.save_now()

    def refresh_view(self) -> None:
        """Draw the session whole: after anything happened (an event here or from another
        seat), and on the first tick that finds an event not drawn yet."""
        session = self.session
        self._drawn_at_event = session.applied
        self._show_time(whole=True)
        if self.ticker is not None:  # an event may have moved the turns (a pause, a resume)
            self.ticker.restep()
        guide = self.query_one(GuidePanel)
        guide.groups = groups_for_current(session)
        at_catch_up = session.state.current == catch_up_block(session.program)
        guide.carried = self.memory_controller.carried_lines() if at_catch_up else ()
        guide.agreements = self.memory_controller.shown_agreements()
        guide.proposals = proposal_lines(session.room, session.state.current)
        guide.ticked = session.room.ticked(session.state.current or "")
        self.show_title()

    def show_time(self) -> None:
        """What the clock moves, each second: the countdown, the speaker's time, the room's
        sign; and, once a minute or when a level turns, the panels that show minutes. The
        rest of the screen changes only with an event (`refresh_view`): building it again
        each second to find it unchanged was the larger part of the idle CPU."""
        if self.session.applied != self._drawn_at_event:
            self.refresh_view()
        else:
            self._show_time(whole=False)

    def _show_time(self, whole: bool) -> None:
        now = self.session.clock.now()
        session = self.session
        estimate = (
            round_remaining_estimate(session.state, session.turns, session.referat, now)
            if in_round(session)
            else None
        )
        view = build_view(session.state, now, self.zone, estimate)
        old, self.view = self.view, view
        # Running, the item's counters differ: that settles it without comparing the rest.
        if old is None or view.current != old.current or view != old:
            self.countdown.show_view(view)
            self.room_clock.show_view(view)
            self.view_changed(old, view)
        minutes = minute_key(view)
        if whole or minutes != self._minute_key_shown:
            self._minute_key_shown = minutes
            self.minute_view = view
        self.speakers = speakers_view(session, now, self.speaker_controller.stamps)
        self.room_clock.sign = room_sign(session.state, session.room, now, self.zone)

    def view_changed(self, old: MeetingView | None, new: MeetingView) -> None:
        """The notes follow the item; the bell rings when an item's or a phase's time is up."""
        if new.current is not None and self.is_mounted:
            moved = (
                old is None or old.current is None or old.current.block.id != new.current.block.id
            )
            if moved and self.shown_block is not None:
                self.notes_controller.show(new.current.block.id)
        if old is None or old.current is None or new.current is None:
            return
        ran_out = (
            old.current.block.id == new.current.block.id
            and old.current.level is not TimeLevel.OVERRUN
            and new.current.level is TimeLevel.OVERRUN
            and new.running
        )
        if ran_out:
            self.ring(tr("run.time_up", title=new.current.block.title))
        moved_on = phase_moved_on(old.current, new.current)
        if moved_on and new.running:
            self.ring(moved_on)

    def ring(self, message: str) -> None:
        """Bell and flash: an item's or a phase's time is up."""
        self.app.bell()
        self.add_class("-flash")
        self.set_timer(FLASH_SECONDS, lambda: self.remove_class("-flash"))
        self.notify(message, severity="warning")

    def show_title(self) -> None:
        """The title bar, »Time-out« while one goes on (only when that changes: an update
        relayouts the screen)."""
        title, timeout = self.memory_controller.title_bar()
        if title == self._title_shown:
            return
        self._title_shown = title
        bar = self.query_one("#title-bar", Static)
        bar.update(literal(title, "bold reverse" if timeout else ""))

    def execute(self, command: Command | Action) -> bool:
        """Record a command's event, or an action's events as one; show a refusal or a
        failed save. True if recorded (an empty action records nothing, and is True)."""
        session = self.session
        drafts = [command] if isinstance(command, EventDraft) else command
        refused = isinstance(drafts, list) and not all(session.may_record(d.type) for d in drafts)
        if refused and not session.read_only:
            self.notify(tr("seat.not_allowed"), severity="warning")
            return False
        try:
            outcome = self.session.act(drafts)
        except StoreError as error:
            # The event is not on disk, so it did not happen: say so and keep saying it.
            self.problem = tr("run.save_failed", message=error.message)
            return False
        if isinstance(outcome, Refusal):
            self.notify(tr(outcome.message, **outcome.params), severity="warning")
            return False
        if not self.session.read_only:
            self.problem = ""
        self.save_notes_with_event()
        self.refresh_view()
        return True

    def save_notes_with_event(self) -> None:
        """An event on disk means the words typed before it are on disk as well: kill -9 a
        moment after a `/beslutning` kept the decision and lost the line typed just before
        it, which the autosave (up to 5 s behind the typing) had not yet written. Just after
        the key that recorded it: a typed `/…` line has left the text by then, so it is not
        written to the notes as well."""
        self.call_later(self.save_notes_now)

    def today(self) -> date:
        return self.session.clock.now().astimezone(self.zone).date()

    # The key modes: run_keys.KeyModeController says what a key does; the screen shows the
    # mode (focus, classes, the key bar, the notes' border).
    def letters_act(self) -> bool:
        return self.chair_keys or self.big_clock

    def chair_mode(self) -> None:
        self.chair_keys = True

    def notes_mode(self) -> None:
        self.big_clock = self.chair_keys = False

    def close_big_clock(self) -> bool:
        shown = self.big_clock
        self.big_clock = False
        return shown

    def notes_writable(self) -> bool:
        return not self.notes_pane.editor.read_only

    def type_in_notes(self, text: str) -> None:
        editor = self.notes_pane.editor
        self.set_focus(editor)
        editor.type_text(text)

    def notes_writer(self) -> str:
        return self.notes_controller.writer

    def watch_chair_keys(self) -> None:
        self.show_key_mode()

    def watch_big_clock(self, big: bool) -> None:
        self.set_class(big, "-big-clock")
        self.show_key_mode()

    def show_key_mode(self) -> None:
        """Focus, border and key bar as the mode says."""
        if not self.is_mounted:
            return
        letters = self.letters_act()
        self.set_class(letters, "-chair-keys")
        self.query_one(KeyBar).chair_mode = letters
        self.restore_focus()
        self.notes_controller.chair_mode = letters
        self.notes_controller.show_border()

    def restore_focus(self) -> None:
        """Back where it belongs after a dialog, the big clock, help or the palette: the
        notes (or the entries under them, if that is where it was), none in the chair's
        mode so that every key comes to the screen."""
        if self.letters_act():
            self.set_focus(None)
        elif self.focused is None or not self.focused.is_attached:
            self.set_focus(self.notes_pane.editor)

    def on_screen_resume(self) -> None:
        self.restore_focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A click into the notes (or Tab to them) is a choice to write."""
        if isinstance(event.widget, NotesEditor) and self.chair_keys:
            self.chair_keys = False
