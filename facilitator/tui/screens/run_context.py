"""What the run screen's controllers may use of the screen: this, and nothing else.

Each controller (`run_speakers.SpeakerController`, `run_memory.MemoryController`, …) does
one job of the meeting screen. It gets the screen as a `RunContext`, never as a screen: it
reads the live session and the zone, records with `execute`, speaks with `notify`, asks with
`ask` (a dialog and what to do with its answer), and when what is shown must change it says
so (`refresh_view`, `show_entries`, `insert_in_notes`). It never looks up a widget; the
screen draws. So a controller runs in a unit test with a fake context, without an App.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from facilitator.core.agenda import Command
    from facilitator.core.agenda_view import MeetingView
    from facilitator.core.events import Action
    from facilitator.store.live_session import LiveSession

Answer = TypeVar("Answer")


class RunContext(Protocol):
    @property
    def session(self) -> LiveSession:
        """The live session: its state, referat, turns, room, clock and seat."""

    @property
    def zone(self) -> tzinfo:
        """The zone the meeting's clock times are shown in."""

    @property
    def view(self) -> MeetingView | None:
        """What the screen shows now, as the last `refresh_view` built it."""

    @property
    def shown_block(self) -> str | None:
        """The item whose notes are in the pane (not always the current one)."""

    def execute(self, command: Command | Action) -> bool:
        """Record a command's event, or an action's events as one (atomic); a refusal or a
        failed save is shown. True if recorded."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
    ) -> None:
        """A notice (always literal text)."""

    def ask(self, screen: Screen[Answer], answered: Callable[[Answer | None], None] | None) -> None:
        """Open a dialog; `answered` gets what it is dismissed with."""

    def refresh_view(self) -> None:
        """Draw the state again (after a change that recorded nothing, or a dialog)."""

    def show_entries(self) -> None:
        """Draw the shown item's entries again."""

    def insert_in_notes(self, text: str) -> None:
        """Put text at the notes' cursor, on a line of its own."""

    def show_notes_problem(self, message: str) -> None:
        """Say (until it is "" again) that the notes could not be saved."""

    def today(self) -> date:
        """The meeting's day in its zone, by the session's clock."""
