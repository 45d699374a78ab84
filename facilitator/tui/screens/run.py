"""The chair's live view of a running session.

The screen owns the session and one piece of state, `view`, bound into every widget. Keys
turn into core commands; an event is recorded (fsync) before the state changes, and the
view is rebuilt from the state and the clock. The refresh timer only repaints: time is
always read from the clock, never counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import DescendantBlur
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea

from facilitator.core import agenda
from facilitator.core.agenda import AgendaState, Command, Refusal
from facilitator.core.agenda_view import MeetingView, TimeLevel, build_view
from facilitator.core.catchup import propose_catch_up
from facilitator.core.events import EventDraft
from facilitator.core.groups import split_into_groups
from facilitator.core.program import BlockKind
from facilitator.core.referat import (
    CommandError,
    EntryKind,
    ReferatEvent,
    new_entry_id,
    parse_command_line,
    parse_due,
)
from facilitator.core.rounds import next_in_round, pass_next, round_order, round_view
from facilitator.core.session import decision_missing
from facilitator.core.turns import (
    Priority,
    TurnEvent,
    add_participant,
    next_speaker,
    parse_participant,
    stamp,
)
from facilitator.export import write_referat_files
from facilitator.i18n import format_clock, format_day, tr
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.store.session_reader import read_session
from facilitator.tui.bindings import CHAIR_KEYS, install_bindings
from facilitator.tui.screens.catch_up import CatchUpScreen
from facilitator.tui.screens.fairness import FairnessScreen
from facilitator.tui.screens.forms import (
    DecisionScreen,
    EditEntryScreen,
    NextMeetingScreen,
    QueueSpeakerScreen,
)
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.widgets.agenda_panel import AgendaPanel
from facilitator.tui.widgets.big_clock import BigClock
from facilitator.tui.widgets.countdown import CountdownPanel
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.meeting_status import MeetingStatus
from facilitator.tui.widgets.notes_pane import EntriesList, NotesPane
from facilitator.tui.widgets.speakers_panel import SpeakersPanel, SpeakersView

NEXT_MEETING_COMMANDS = ("/næste", "/naeste", "/næste møde", "/next")
REPAINT_SECONDS = 0.5
FOLLOW_SECONDS = 1.0
FLASH_SECONDS = 0.6


class RunScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    view: reactive[MeetingView | None] = reactive(None)
    big_clock: reactive[bool] = reactive(False)
    problem: reactive[str] = reactive("")
    notes_problem: reactive[str] = reactive("")
    speakers: reactive[SpeakersView | None] = reactive(None)
    stamps: reactive[bool] = reactive(False)

    def __init__(self, session: LiveSession, zone: tzinfo) -> None:
        super().__init__()
        self.session = session
        self.zone = zone
        self.notes = NotesBuffer(session.folder, session.program, read_only=session.read_only)
        self.shown_block: str | None = None
        install_bindings(self, CHAIR_KEYS)

    def compose(self) -> ComposeResult:
        yield Static(self.session.program.title, id="title-bar")
        yield Static(id="notice")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield AgendaPanel(id="agenda").data_bind(RunScreen.view)
                yield SpeakersPanel(id="speakers").data_bind(RunScreen.speakers)
                with VerticalScroll(id="guide-scroll"):
                    yield GuidePanel(id="guide").data_bind(RunScreen.view)
            with Vertical(id="current"):
                yield CountdownPanel(id="countdown").data_bind(RunScreen.view)
                yield NotesPane(id="notes")
        yield BigClock(id="big-clock").data_bind(RunScreen.view)
        yield MeetingStatus(id="meeting-status").data_bind(RunScreen.view)
        # The palette (Ctrl+P) is on the F1 help screen; the Footer keeps room for chair keys.
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(GuidePanel).tips_heading = self.session.program.tips_heading
        editor = self.query_one(NotesPane).editor
        editor.read_only = self.session.read_only
        editor.command_handler = self.handle_command_line
        self.refresh_view()
        self.show_notes(self.session.state.current or self.session.program.blocks[-1].id)
        self.set_interval(REPAINT_SECONDS, self.tick)
        self.app.app_suspend_signal.subscribe(self, lambda _app: self.save_notes_now())
        if self.session.read_only:
            self.set_interval(FOLLOW_SECONDS, self.follow_log)
            self.problem = self.session.read_only_message()
        else:
            editor.focus()

    # ----------------------------------------------------------------- view

    def tick(self) -> None:
        """Repaint from the clock, and give the autosave policy its chance."""
        self.refresh_view()
        try:
            if self.notes.save_if_due(self.session.clock.now()):
                self.notes_saved()
        except StoreError as error:
            self.notes_failed(error)

    def refresh_view(self) -> None:
        now = self.session.clock.now()
        self.view = build_view(self.session.state, now, self.zone)
        self.speakers = self.speakers_view(now)
        self.query_one(GuidePanel).groups = self.groups_for_current()

    def groups_for_current(self) -> tuple[tuple[str, ...], ...]:
        turns, block = self.session.turns, self.session.state.current
        if block is None or block not in turns.groups:
            return ()
        _size, _seed, groups = turns.groups[block]
        return tuple(tuple(turns.participants[pid].name for pid in group) for group in groups)

    def speakers_view(self, now: datetime) -> SpeakersView:
        turns = self.session.turns
        handles = turns.handles()
        speaker = turns.participants.get(turns.speaker or "")
        in_round = self.in_round()
        waiting = tuple(
            (
                handles[entry.participant],
                turns.participants[entry.participant].name,
                entry.priority.name,
            )
            for entry in turns.ordered_queue(now, turns.quiet_first)
            # In a round F8 follows the round; only requests with a priority come before it.
            if not in_round or entry.priority is not Priority.NORMAL
        )
        return SpeakersView(
            speaker=speaker.name if speaker else None,
            speaking_seconds=int(turns.speaking_seconds(now)),
            speaker_total_seconds=int(turns.total_seconds(speaker.id, now)) if speaker else 0,
            waiting=waiting,
            stamps=self.stamps,
            quiet_first=turns.quiet_first,
            round=round_view(self.session.state, turns, self.session.referat, now)
            if in_round
            else None,
        )

    def in_round(self) -> bool:
        current = self.session.state.current
        return current is not None and self.session.program.block(current).kind is BlockKind.ROUND

    # ----------------------------------------------------------------- speakers

    def action_queue_speaker(self) -> None:
        turns = self.session.turns
        handles = turns.handles()
        people = sorted(
            ((handles[p.id], p.name) for p in turns.participants.values()),
            key=lambda pair: int(pair[0]),
        )

        def chosen(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            text, priority = answer
            name, faglighed = parse_participant(text)
            participant = turns.find(name)
            if participant is None:
                matches = [
                    p
                    for p in turns.participants.values()
                    if p.name.casefold().startswith(name.casefold())
                ]
                if name.isdigit() or matches or not name:
                    self.notify(tr("speakers.unknown", text=name), severity="warning")
                    return
                if not self.execute(add_participant(turns, name, faglighed)):
                    return
                participant = turns.find(name)
                assert participant is not None
                self.notify(
                    tr(
                        "speakers.added",
                        name=participant.name,
                        handle=turns.handles()[participant.id],
                    ),
                    timeout=3,
                )
            waiting = next((e for e in turns.queue if e.participant == participant.id), None)
            if waiting is not None:
                if waiting.priority.name == priority:
                    self.notify(tr("speakers.already", name=participant.name), timeout=3)
                    return
                # A new priority for someone already waiting: take them out and in again.
                removal = EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": participant.id})
                if not self.execute(removal):
                    return
            draft = EventDraft(
                TurnEvent.SPEAKER_QUEUED, {"participant": participant.id, "priority": priority}
            )
            self.execute(draft)

        self.app.push_screen(QueueSpeakerScreen(people), chosen)

    def action_next_speaker(self) -> None:
        """F8: the next on the talerliste; in a round, the next in the round (but requests
        with a priority, like a point of order, still come first)."""
        now = self.session.clock.now()
        turns, block = self.session.turns, self.session.state.current
        urgent = [
            e
            for e in turns.ordered_queue(now, turns.quiet_first)
            if e.priority is not Priority.NORMAL
        ]
        if self.in_round() and block is not None and not urgent:
            draft = next_in_round(turns, self.session.referat, block)
        else:
            draft = next_speaker(turns, now, turns.quiet_first)
        if draft is None or not self.execute(draft):
            return
        speaker = self.session.turns.participants.get(self.session.turns.speaker or "")
        if self.stamps and speaker is not None and not self.session.read_only:
            self.insert_stamp(stamp(now.astimezone(self.zone), speaker.name))

    def insert_stamp(self, text: str) -> None:
        """Put `[19.32] Anne: ` at the cursor, on a line of its own."""
        editor = self.query_one(NotesPane).editor
        row, column = editor.cursor_location
        line = editor.document.get_line(row)
        prefix = "\n" if line[:column].strip() else ""
        editor.insert(prefix + text)

    def action_pass_in_round(self) -> None:
        """Shift+F9: the next person in the round passes (or is not here)."""
        block = self.session.state.current
        if not self.in_round() or block is None:
            self.notify(tr("round.not_a_round"), severity="warning")
            return
        draft = pass_next(self.session.turns, self.session.referat, block)
        if draft is not None and self.execute(draft):
            name = self.session.turns.participants[str(draft.data["participant"])].name
            self.notify(tr("round.passed", name=name), timeout=3)

    def add_participant_line(self, text: str) -> bool:
        """`/deltager Anne, pædagog`: join the meeting without asking for the word."""
        name, faglighed = parse_participant(text)
        turns = self.session.turns
        if not name or name.isdigit():
            self.notify(tr("speakers.participant_needed"), severity="warning")
            return False
        if any(p.name.casefold() == name.casefold() for p in turns.participants.values()):
            self.notify(tr("speakers.participant_exists", name=name), severity="warning")
            return False
        if not self.execute(add_participant(turns, name, faglighed)):
            return False
        participant = turns.find(name)
        assert participant is not None
        handle = turns.handles()[participant.id]
        self.notify(tr("speakers.added", name=name, handle=handle), timeout=3)
        return True

    def mark_colleagues(self, names_text: str) -> bool:
        """`/kolleger Anne, Bo`: they work together daily, so groups keep them apart."""
        turns = self.session.turns
        names = [name.strip() for name in names_text.split(",") if name.strip()]
        found = [turns.find(name) for name in names]
        if len(names) < 2 or any(person is None for person in found):
            self.notify(tr("groups.colleagues_unknown"), severity="warning")
            return False
        ids = [person.id for person in found if person is not None]
        draft = EventDraft(TurnEvent.COLLEAGUES_MARKED, {"participants": ids})
        if self.execute(draft):
            self.notify(tr("groups.colleagues_marked", names=", ".join(names)), timeout=3)
            return True
        return False

    def action_split_groups(self, grow: bool = False) -> None:
        """F12: split the present participants into groups (again: reshuffle);
        Shift+F12: one more per group (after 6, back to 2)."""
        block_id = self.session.state.current
        if block_id is None or self.session.program.block(block_id).kind is not BlockKind.GROUPS:
            self.notify(tr("groups.not_groups"), severity="warning")
            return
        turns = self.session.turns
        people = round_order(turns, self.session.referat)
        if len(people) < 2:
            self.notify(tr("groups.too_few"), severity="warning")
            return
        size, seed, _groups = turns.groups.get(
            block_id, (self.session.program.block(block_id).group_size or 3, 0, [])
        )
        if grow:
            size = size + 1 if size < 6 else 2
        groups = split_into_groups(people, size, turns.colleagues, seed + 1)
        data = {"block": block_id, "size": size, "seed": seed + 1, "groups": groups}
        self.execute(EventDraft(TurnEvent.GROUPS_SPLIT, data))

    def action_show_fairness(self) -> None:
        self.app.push_screen(FairnessScreen(self.session))

    def action_toggle_quiet_first(self) -> None:
        on = not self.session.turns.quiet_first
        if self.execute(EventDraft(TurnEvent.QUIET_FIRST_SET, {"on": on})):
            self.notify(tr("speakers.quiet_on" if on else "speakers.quiet_off"), timeout=3)

    def action_toggle_stamps(self) -> None:
        self.stamps = not self.stamps
        self.notify(
            tr("speakers.stamps_enabled" if self.stamps else "speakers.stamps_disabled"), timeout=2
        )
        self.refresh_view()

    def follow_log(self) -> None:
        try:
            if self.session.follow():
                self.refresh_view()
                self.show_entries()
            if self.notes.reload() and self.shown_block is not None:
                self.show_notes(self.shown_block)
        except StoreError as error:
            self.problem = error.message

    # ----------------------------------------------------------------- notes

    def show_notes(self, block_id: str) -> None:
        """Put one block's notes in the pane (saving what was there first)."""
        if self.shown_block != block_id:
            self.save_notes_now()
        self.shown_block = block_id
        self.query_one(NotesPane).editor.load_text(self.notes.text(block_id))
        self.update_notes_border()
        self.show_entries()

    def show_entries(self) -> None:
        """The shown block's entries; the last block also gathers every parked point."""
        if self.shown_block is None:
            return
        referat = self.session.referat
        entries = referat.entries_for(self.shown_block)
        if self.shown_block == self.session.state.order[-1]:
            entries += [e for e in referat.all_of(EntryKind.PARKED) if e.block != self.shown_block]
        self.query_one(NotesPane).entries.show(entries)

    def on_entries_list_edit_requested(self, message: EntriesList.EditRequested) -> None:
        entry = self.session.referat.entries.get(message.entry_id)
        if entry is None or self.session.read_only:
            return

        def changed(values: dict[str, str] | None) -> None:
            if not values or not values.get("text"):
                return
            data: dict[str, str] = {"id": entry.id, **values}
            if values.get("due"):
                today = self.session.clock.now().astimezone(self.zone).date()
                try:
                    data["due"] = parse_due(values["due"], today).isoformat()
                except (ValueError, IndexError):
                    self.notify(tr("referat.bad_date", value=values["due"]), severity="warning")
                    return
            if self.execute(EventDraft(ReferatEvent.ENTRY_CHANGED, data)):
                self.show_entries()

        self.app.push_screen(EditEntryScreen(entry), changed)

    def handle_command_line(self, line: str) -> bool:
        """A typed `/…` line: record its entries. True if the line should leave the text."""
        if self.shown_block is None:
            return False
        if line.strip().lower() in NEXT_MEETING_COMMANDS:
            self.open_next_meeting_form()
            return True
        if line.strip().lower().startswith("/kolleger"):
            return self.mark_colleagues(line.strip()[len("/kolleger") :])
        if line.strip().lower().startswith("/deltager"):
            return self.add_participant_line(line.strip()[len("/deltager") :])
        today = self.session.clock.now().astimezone(self.zone).date()
        parsed = parse_command_line(line, self.shown_block, today)
        if parsed is None:
            return False
        if isinstance(parsed, CommandError):
            self.notify(tr(parsed.message, **parsed.params), severity="warning")
            return False
        try:
            events = self.session.record_all(parsed)
        except StoreError as error:
            self.problem = tr("run.save_failed", message=error.message)
            return False
        self.show_entries()
        for event in events:
            entry = self.session.referat.entries.get(str(event.data.get("id")))
            if entry is not None:
                kind = tr(f"referat.{entry.kind.value}")
                self.notify(tr("referat.added", kind=kind, text=entry.text), timeout=3)
        return True

    def on_entries_list_remove_requested(self, message: EntriesList.RemoveRequested) -> None:
        entry = self.session.referat.entries.get(message.entry_id)
        draft = EventDraft(ReferatEvent.ENTRY_REMOVED, {"id": message.entry_id})
        if entry is not None and self.execute(draft):
            kind = tr(f"referat.{entry.kind.value}")
            self.notify(tr("referat.removed", kind=kind, text=entry.text), timeout=3)
            self.show_entries()

    def update_notes_border(self) -> None:
        pane = self.query_one(NotesPane)
        if self.shown_block is None:
            return
        title = self.session.program.block(self.shown_block).title
        key = (
            "notes.title" if self.shown_block == self.session.state.current else "notes.title_other"
        )
        pane.border_title = tr(key, title=title)
        if self.session.read_only:
            pane.border_subtitle = tr("notes.read_only")
        elif self.notes_problem:
            pane.border_subtitle = tr("notes.failed")
        elif self.notes.unsaved:
            pane.border_subtitle = tr("notes.unsaved")
        elif self.notes.last_saved_at is not None:
            saved_at = self.notes.last_saved_at.astimezone(self.zone)
            pane.border_subtitle = tr("notes.saved", time=format_clock(saved_at))
        else:
            pane.border_subtitle = ""

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.shown_block is None or self.session.read_only:
            return
        was_unsaved = self.notes.unsaved
        self.notes.set_text(self.shown_block, event.text_area.text, self.session.clock.now())
        if self.notes.unsaved != was_unsaved:
            self.update_notes_border()

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes_now()

    def save_notes_now(self) -> bool:
        """Save every unsaved note now. True if nothing is left unsaved."""
        if not self.notes.unsaved:
            return True
        try:
            self.notes.save(self.session.clock.now())
        except StoreError as error:
            self.notes_failed(error)
            return False
        self.notes_saved()
        return True

    def notes_saved(self) -> None:
        self.notes_problem = ""
        self.update_notes_border()

    def notes_failed(self, error: StoreError) -> None:
        self.notes_problem = tr("notes.save_failed", message=error.message)
        self.update_notes_border()

    def action_open_notes(self, block_id: str) -> None:
        self.show_notes(block_id)
        self.query_one(NotesPane).editor.focus()

    def watch_view(self, old: MeetingView | None, new: MeetingView | None) -> None:
        if new is not None and new.current is not None and self.is_mounted:
            moved = (
                old is None or old.current is None or old.current.block.id != new.current.block.id
            )
            if moved and self.shown_block is not None:
                self.show_notes(new.current.block.id)
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

    def watch_problem(self) -> None:
        self.show_notice()

    def watch_notes_problem(self) -> None:
        self.show_notice()

    def show_notice(self) -> None:
        message = "\n".join(text for text in (self.problem, self.notes_problem) if text)
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
        self.leave_block(agenda.next_block)

    def action_previous_block(self) -> None:
        self.execute(agenda.previous_block(self.session.state))

    def action_skip_block(self) -> None:
        self.leave_block(agenda.skip_block)

    def leave_block(self, command: Callable[[AgendaState], Command]) -> None:
        """Next or skip; a decision block first asks for its decision (or a reason)."""
        if not decision_missing(self.session.state, self.session.referat):
            self.execute(command(self.session.state))
            return
        block_id = self.session.state.current
        assert block_id is not None

        def answered(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            kind, text = answer
            if kind == "decision":
                draft = EventDraft(
                    ReferatEvent.DECISION_ADDED,
                    {"id": new_entry_id(), "block": block_id, "text": text},
                )
            else:
                draft = EventDraft(
                    ReferatEvent.DECISION_SKIPPED, {"block": block_id, "reason": text}
                )
            if self.execute(draft):
                self.show_entries()
                self.execute(command(self.session.state))

        self.app.push_screen(DecisionScreen(self.session.program.block(block_id).title), answered)

    def open_next_meeting_form(self) -> None:
        current = self.session.referat.next_meeting
        date_text = format_day(current.date) if current and current.date else ""

        def saved(values: dict[str, str] | None) -> None:
            if values is None:
                return
            today = self.session.clock.now().astimezone(self.zone).date()
            day = ""
            if values["date"]:
                try:
                    day = parse_due(values["date"], today).isoformat()
                except (ValueError, IndexError):
                    self.notify(tr("referat.bad_date", value=values["date"]), severity="warning")
                    return
            if self.execute(EventDraft(ReferatEvent.NEXT_MEETING_SET, {**values, "date": day})):
                self.notify(tr("next.saved"))

        self.app.push_screen(NextMeetingScreen(current, date_text), saved)

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

    def action_export_referat(self) -> None:
        """F10: save the notes, then write referat.md and referat.html into the folder."""
        if not self.save_notes_now():
            return
        try:
            record = read_session(self.session.folder)
            paths = write_referat_files(record, self.zone, self.session.clock.now())
        except StoreError as error:
            self.notify(error.message, severity="error")
            return
        self.notify(tr("export.written", path=paths[0].parent / "referat.{md,html}"), timeout=8)

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
