"""What every part of the run screen shares: the session, the view and recording events.

The run screen is split by concern into this base, `run_referat` (notes and entries),
`run_speakers` (talerliste, rounds, groups) and `run` (the agenda and the layout).
"""

from __future__ import annotations

from datetime import date, tzinfo

from textual.reactive import reactive
from textual.screen import Screen

from facilitator.core.agenda import Command
from facilitator.core.agenda_view import MeetingView, build_view
from facilitator.core.carried import catch_up_block, mark_done, numbered
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.referat import EntryKind, parse_due
from facilitator.core.review import OpenItem
from facilitator.core.rounds import round_remaining_estimate
from facilitator.i18n import format_day, tr
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.tui.screens.in_order import KeysInOrder
from facilitator.tui.screens.speakers_view import groups_for_current, in_round, speakers_view
from facilitator.tui.widgets.guide_panel import GuidePanel
from facilitator.tui.widgets.speakers_panel import SpeakersView


class RunScreenBase(KeysInOrder, Screen[None]):
    # The screen draws neither itself: they are bound into the widgets that do, so a new
    # view must not repaint the whole screen once a second (measured: idle CPU).
    view: reactive[MeetingView | None] = reactive(None, repaint=False)
    problem: reactive[str] = reactive("")
    notes_problem: reactive[str] = reactive("")
    speakers: reactive[SpeakersView | None] = reactive(None, repaint=False)
    stamps: reactive[bool] = reactive(False)
    chair_keys: reactive[bool] = reactive(False)
    """The chair's key mode (Esc in the notes): plain keys act instead of typing."""
    big_clock: reactive[bool] = reactive(False)

    def __init__(
        self, session: LiveSession, zone: tzinfo, carried: list[OpenItem] | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.carried = carried or []
        self.zone = zone
        session.notes.collect = self.take_editor_text
        self.shown_block: str | None = None
        self.notes_writer = ""
        """Who writes the notes when it is not this seat (the referent, for the chair)."""

    @property
    def notes(self) -> NotesBuffer:
        """The notes live with the session (store), not with this screen."""
        return self.session.notes

    def take_editor_text(self) -> None:
        """The editor's text handed to the notes before a save (run_referat)."""

    def update_notes_border(self) -> None:
        """The notes' border: what is shown, saved or not, and the key mode (run_referat)."""

    def refresh_view(self) -> None:
        now = self.session.clock.now()
        session = self.session
        estimate = (
            round_remaining_estimate(session.state, session.turns, session.referat, now)
            if self.in_round()
            else None
        )
        self.view = build_view(session.state, now, self.zone, estimate)
        self.speakers = speakers_view(self.session, now, self.stamps)
        guide = self.query_one(GuidePanel)
        guide.groups = groups_for_current(self.session)
        at_catch_up = session.state.current == catch_up_block(session.program)
        guide.carried = self.carried_lines() if at_catch_up else ()

    def carried_lines(self) -> tuple[str, ...]:
        """`2. Bestil lokale (Bo, senest 1.12.2026)`, `3. Forplejning (parkeret)`: one
        numbering, the numbers `/udført` takes."""
        lines = []
        for number, item in numbered(self.carried, self.session.referat):
            details = [item.who] if item.who else []
            if item.due:
                details.append(tr("review.due", day=format_day(item.due)))
            if item.kind is EntryKind.PARKED:
                details.append(tr("review.parked"))
            suffix = f" ({', '.join(details)})" if details else ""
            lines.append(f"{number}. {item.text}{suffix}")
        return tuple(lines)

    def mark_carried_done(self, text: str) -> bool:
        """`/udført 2`: an action from an earlier meeting is done, or a parked point closed."""
        number = int(text) if text.strip().isdigit() else 0
        chosen = mark_done(self.carried, self.session.referat, number)
        if chosen is None:
            self.notify(tr("review.bad_number", value=text), severity="warning")
            return False
        draft, item = chosen
        if self.execute(draft):
            done = "review.marked_done" if item.kind is EntryKind.ACTION else "review.closed"
            self.notify(tr(done, number=number, text=item.text), timeout=3)
            return True
        return False

    def in_round(self) -> bool:
        return in_round(self.session)

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
        self.refresh_view()
        return True

    def today(self) -> date:
        return self.session.clock.now().astimezone(self.zone).date()

    def parse_day(self, text: str) -> str | None:
        """A typed date (`1.12`, `1.12.2026`, `2026-12-01`) as ISO, or None after saying why."""
        try:
            return parse_due(text, self.today()).isoformat()
        except (ValueError, IndexError):
            self.notify(tr("referat.bad_date", value=text), severity="warning")
            return None
