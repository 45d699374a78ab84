"""The chair's live view of a running session.

The screen owns the session and one piece of state, `view`, bound into every widget. Keys
turn into core commands; an event is recorded (fsync) before the state changes, and the
view is rebuilt from the state and the clock. The refresh timer only repaints: time is
always read from the clock, never counted.

This screen lays the meeting out, reads the typed `/…` lines and hands every key and word
to the controller whose job it is (run_agenda, run_speakers, run_notes, …; each `action_*`
below is one line, as Textual's bindings need the method on the screen). What the
controllers may use of it is `RunContext` (run_context.py), implemented by `RunScreenBase`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import tzinfo
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import DescendantBlur
from textual.widgets import Static, TextArea

from facilitator.core.agenda_view import seconds_until_next_change
from facilitator.core.events import Refusal
from facilitator.core.review import OpenItem
from facilitator.core.seats import Seat
from facilitator.core.slash_words import Meaning
from facilitator.core.typed_lines import Entries, InReferatAlready, ScreenWord, read_line
from facilitator.i18n import tr, tr_count
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.tui.bindings import install_bindings
from facilitator.tui.layout import breakpoint_class, left_width, shortened
from facilitator.tui.read_only_seat import seat_keys
from facilitator.tui.screens.run_base import RunScreenBase
from facilitator.tui.screens.run_keys import KeyModeController
from facilitator.tui.ticker import every_second
from facilitator.tui.widgets.agenda_panel import AgendaPanel
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.key_bar import KeyBar
from facilitator.tui.widgets.meeting_status import MeetingStatus
from facilitator.tui.widgets.notes_pane import EntriesList, NotesEditor
from facilitator.tui.widgets.speakers_panel import SpeakersPanel


class RunScreen(RunScreenBase):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012
    # Under 30 rows the agenda gives way to the guide (app.tcss): in a round at 80x24 the
    # talerliste's lines left »Til ordstyreren« and »Siden sidst« no row at all (a tester).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012
    AUTO_FOCUS = ""
    """Focus is the key mode's to decide (`restore_focus`), not Textual's first widget."""

    def __init__(
        self,
        session: LiveSession,
        zone: tzinfo,
        roster_from: str = "",
        carried: list[OpenItem] | None = None,
    ) -> None:
        """`roster_from`: when the roster came from the group's last meeting; the chair is
        told so and the roster says it when opened. `carried`: open items from earlier
        meetings."""
        super().__init__(session, zone, carried)
        self.roster_from = roster_from
        self.keys, bound = seat_keys(session.seat, session.read_only)
        install_bindings(self, bound)
        self.key_mode_controller = KeyModeController(self, bound)
        # The size's classes from the start: added at the first resize, they restyled
        # every widget once more before the first frame (7–12 ms of the start, measured).
        with suppress(RuntimeError):  # no app running yet (Textual's NoActiveAppError)
            width, height = self.app.size
            for breakpoints, size in (
                (self.HORIZONTAL_BREAKPOINTS, width),
                (self.VERTICAL_BREAKPOINTS, height),
            ):
                if (name := breakpoint_class(breakpoints, size)) is not None:
                    self.add_class(name, update=False)

    def compose(self) -> ComposeResult:
        title = self.session.program.title
        if self.session.seat is Seat.REFERENT:
            title = tr("seat.referent_title", title=title)
        yield Static(literal(title), id="title-bar")
        yield Static(id="notice")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield AgendaPanel(id="agenda").data_bind(view=RunScreen.minute_view)
                yield SpeakersPanel(id="speakers").data_bind(RunScreen.speakers)
                # Not focusable: Tab would strand typing in a panel that cannot take it.
                with VerticalScroll(id="guide-scroll", can_focus=False):
                    yield GuidePanel(id="guide").data_bind(view=RunScreen.minute_view)
            with Vertical(id="current"):
                yield self.countdown
                yield self.notes_pane
        yield self.room_clock
        yield MeetingStatus(id="meeting-status").data_bind(view=RunScreen.minute_view)
        # The palette (Ctrl+P) is on the F1 help screen; the bar keeps room for chair keys.
        yield KeyBar(self.keys, id="keys")

    def on_mount(self) -> None:
        self.query_one(GuidePanel).tips_heading = self.session.program.tips_heading
        editor = self.notes_pane.editor
        editor.read_only = self.session.read_only
        editor.command_handler = self.handle_command_line
        self.refresh_view()
        self.notes_controller.show(self.session.state.current or self.session.program.blocks[-1].id)
        self.app.app_suspend_signal.subscribe(self, lambda _app: self.save_notes_now())
        # One wake-up a second: what the other seats wrote (a stat of the log and of each
        # notes file), then the clock (tui/ticker.py).
        self.ticker = every_second(self, self.each_second, self.until_next_second)
        self.notes_controller.follow_writer()
        if self.session.read_only:
            self.problem = self.session.read_only_message()
        else:
            self.set_focus(editor)
            if self.roster_from and self.session.seat is Seat.CHAIR:
                # Offered, not opened: a roster that took the keyboard as the meeting began
                # turned notes typed at once into attendance marks (Space) and new people (N).
                self.notify(tr("roster.offered", source=self.roster_from), timeout=10)

    def each_second(self) -> None:
        self.follow_log()
        self.tick()

    def until_next_second(self) -> float:
        return seconds_until_next_change(self.session.state, self.session.clock.now())

    def on_resize(self, event: events.Resize) -> None:
        """The left column (agenda, talerliste, guide) follows the terminal's width
        (tui/layout.py)."""
        titles = [row.title for row in self.view.rows] if self.view else []
        self.query_one("#left").styles.width = left_width(event.size.width, titles)

    def tick(self) -> None:
        """Repaint what the clock moved, and give the autosave policy its chance."""
        self.show_time()
        self.notes_controller.save_if_due()

    def follow_log(self) -> None:
        """What the other seats wrote: events, and notes saved by the seat that writes them."""
        try:
            if self.session.follow():
                self.refresh_view()
                self.show_entries()
            self.notes_controller.follow()
        except StoreError as error:
            self.problem = error.message

    def handle_command_line(self, line: str) -> bool:
        """A typed `/…` line (core/typed_lines.py says what it is): record its entries, or
        open what the word asks for. True if the line should leave the text."""
        if self.shown_block is None:
            return False
        session = self.session
        read = read_line(
            line, self.shown_block, self.today(), session.seat, session.referat, session.turns
        )
        if read is None:
            return False
        if isinstance(read, ScreenWord):
            return self.screen_words()[read.meaning](read.rest)
        if isinstance(read, Refusal):
            self.notify(tr(read.message, **read.params), severity="warning", timeout=8)
            return False
        if isinstance(read, InReferatAlready):
            self.notify(tr("referat.already_recorded"), timeout=4)
            return True
        return self.record_entries(read)

    def screen_words(self) -> dict[Meaning, Callable[[str], bool]]:
        """What each word of the screen's own does (the words are in core/slash_words.py)."""
        speakers, room, memory = (
            self.speaker_controller,
            self.room_controller,
            self.memory_controller,
        )
        return {
            Meaning.NEXT_MEETING: self.referat_controller.open_next_meeting_line,
            Meaning.MEETING_PLAN: self.planning_controller.open_plan_form,
            Meaning.SAVE_PROGRAM: self.action_save_program,
            Meaning.ADD_BLOCK: self.agenda_controller.add_block_line,
            Meaning.COLLEAGUES: speakers.mark_colleagues,
            Meaning.PARTICIPANT: speakers.add_participant_line,
            Meaning.ROSTER: speakers.open_roster_line,
            Meaning.SPEECH_LIMIT: speakers.set_speech_limit_line,
            Meaning.QUEUE: speakers.open_queue_line,
            Meaning.DONE: memory.mark_carried_done,
            Meaning.EVALUATION: self.evaluation_controller.open_evaluation,
            Meaning.AGREEMENT: memory.agreement_line,
            Meaning.OFF_RECORD: memory.off_record_line,
            Meaning.TIMEOUT: memory.timeout_line,
            Meaning.STATUS: memory.status_line,
            Meaning.APPROVE: memory.approve_line,
            # The room (core/room_actions.py)
            Meaning.SCREEN_MESSAGE: room.show_on_screen_line,
            Meaning.PROPOSAL: room.add_proposal_line,
            Meaning.DOTS: room.open_dots_line,
            Meaning.VOTE: room.open_vote_line,
            Meaning.CONSENT: room.open_consent_line,
        }

    def record_entries(self, read: Entries) -> bool:
        try:
            events = self.session.record_all(read.drafts)
        except StoreError as error:
            self.problem = tr("run.save_failed", message=error.message)
            return False
        self.save_notes_with_event()
        self.show_entries()
        if read.seated:
            names = ", ".join(read.seated)
            self.notify(tr_count("names.seated", len(read.seated), names=names), timeout=6)
        elif read.new_names:
            names = ", ".join(read.new_names)
            self.notify(tr_count("names.new", len(read.new_names), names=names), timeout=6)
        for event in events:
            entry = self.session.referat.entries.get(str(event.data.get("id")))
            if entry is not None:
                kind = tr(f"referat.{entry.kind.value}")
                self.notify(tr("referat.added", kind=kind, text=entry.text), timeout=3)
        return True

    def watch_problem(self) -> None:
        self.show_notice()

    def watch_notes_problem(self) -> None:
        self.show_notice()

    def show_notice(self) -> None:
        message = "\n".join(text for text in (self.problem, self.notes_problem) if text)
        notice = self.query_one("#notice", Static)
        notice.update(literal(message))
        notice.display = bool(message)

    # The agenda and its clock (run_agenda.AgendaController)
    def action_toggle_clock(self) -> None:
        self.agenda_controller.toggle_clock()

    def action_next_block(self) -> None:
        self.agenda_controller.next_block()

    def action_previous_block(self) -> None:
        self.agenda_controller.previous_block()

    def action_skip_block(self) -> None:
        self.agenda_controller.skip_block()

    def action_postpone_block(self) -> None:
        self.agenda_controller.postpone_block()

    def action_extend(self, seconds: int) -> None:
        self.agenda_controller.extend(seconds)

    def action_catch_up(self) -> None:
        self.agenda_controller.catch_up()

    def action_export_referat(self) -> None:
        """F10: save the notes, then write referat.md and referat.html into the folder."""
        if self.save_notes_now():
            self.referat_controller.write_files()

    def action_read_only_key(self) -> None:
        """A chair key on a seat that only reads (tui/read_only_seat.py): why it does nothing."""
        why = self.session.read_only_message()
        self.key_mode_controller.say_once(tr("seat.read_only_key", why=why))

    def action_toggle_big_clock(self) -> None:
        self.big_clock = not self.big_clock

    def action_show_help(self) -> None:
        referent = self.session.seat is Seat.REFERENT
        intro = "help.intro_referent" if referent else "help.intro"
        from facilitator.tui.screens.help import HelpScreen  # on first use: not at start

        self.app.push_screen(HelpScreen(self.keys, intro, self.session.seat))

    # Speaking turns (run_speakers.SpeakerController) and the evaluation walk
    def action_queue_speaker(self) -> None:
        self.speaker_controller.queue_speaker()

    def action_next_speaker(self) -> None:
        """F8: in an evaluation item the next person's form, elsewhere the next speaker."""
        if not self.evaluation_controller.next_form():
            self.speaker_controller.next_speaker()

    def action_edit_queue(self) -> None:
        self.speaker_controller.edit_queue()

    def action_pass_in_round(self) -> None:
        self.speaker_controller.pass_in_round()

    def action_show_roster(self) -> None:
        self.speaker_controller.show_roster(self.roster_from)

    def action_split_groups(self, grow: bool = False) -> None:
        self.speaker_controller.split_groups(grow)

    def action_show_fairness(self) -> None:
        self.speaker_controller.show_fairness()

    def action_toggle_quiet_first(self) -> None:
        self.speaker_controller.toggle_quiet_first()

    def action_toggle_stamps(self) -> None:
        self.speaker_controller.toggle_stamps()

    # The room (run_room.RoomController)
    def action_tick_checklist(self) -> None:
        self.room_controller.tick_checklist()

    # Looking ahead (run_planning.PlanningController)
    def action_save_program(self, _rest: str = "") -> bool:
        """`/gemprogram` and the palette: the agenda as run, saved as a program."""
        return self.planning_controller.save_program()

    @property
    def programs_folder(self) -> Path:
        return self.planning_controller.programs_folder

    @programs_folder.setter
    def programs_folder(self, folder: Path) -> None:
        self.planning_controller.programs_folder = folder

    # The group's memory (run_memory.MemoryController)
    def action_call_timeout(self) -> None:
        self.memory_controller.call_timeout()

    def action_walk_actions(self) -> None:
        self.memory_controller.walk_actions()

    # The notes and the referat's entries (run_notes.NotesController, run_referat)
    def follow_notes_writer(self) -> None:
        self.notes_controller.follow_writer()

    def action_open_notes(self, block_id: str) -> None:
        self.notes_controller.show(block_id)
        self.set_focus(self.notes_pane.editor)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.notes_controller.typed(event.text_area.text)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes_now()

    def on_entries_list_edit_requested(self, message: EntriesList.EditRequested) -> None:
        self.referat_controller.edit_entry(message.entry_id)

    def on_entries_list_remove_requested(self, message: EntriesList.RemoveRequested) -> None:
        self.referat_controller.remove_entry(message.entry_id)

    # The keys no widget took (run_keys.KeyModeController)
    async def unbound_key(self, event: events.Key) -> None:
        await self.key_mode_controller.unbound_key(event)

    async def on_notes_editor_chair_key(self, message: NotesEditor.ChairKey) -> None:
        message.stop()
        await self.key_mode_controller.escape_and_key(message.key)

    def on_notes_editor_line_refused(self, message: NotesEditor.LineRefused) -> None:
        message.stop()
        self.key_mode_controller.line_refused()

    def on_notes_editor_pasted_words(self, message: NotesEditor.PastedWords) -> None:
        message.stop()
        first = shortened(message.lines[0], 60)
        self.notify(tr_count("notes.pasted_words", len(message.lines), line=first), timeout=8)

    def on_paste(self, event: events.Paste) -> None:
        self.key_mode_controller.paste(event)

    def action_chair_keys(self) -> None:
        self.chair_mode()

    def action_write_notes(self) -> None:
        self.notes_mode()
