"""A stand-in for the run screen, as its controllers see it (`RunContext`): no App, no
widgets. It records and refuses as the screen does, and keeps what would have been shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from typing import Any

from textual.notifications import SeverityLevel
from textual.screen import Screen

from facilitator.core.agenda import Command
from facilitator.core.agenda_view import MeetingView
from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.i18n import tr
from facilitator.store.live_session import LiveSession


class FakeContext:
    def __init__(self, session: LiveSession, zone: tzinfo) -> None:
        self.session = session
        self.zone = zone
        self.shown_block: str | None = session.state.current
        self.view: MeetingView | None = None
        self.notices: list[tuple[str, SeverityLevel]] = []
        self.asked: list[tuple[Screen[Any], Callable[[Any], None] | None]] = []
        self.in_notes: list[str] = []
        self.refreshed = 0
        self.notes_problem = ""

    def execute(self, command: Command | Action) -> bool:
        drafts = [command] if isinstance(command, EventDraft) else command
        outcome = self.session.act(drafts)
        if isinstance(outcome, Refusal):
            self.notify(tr(outcome.message, **outcome.params), severity="warning")
            return False
        return True

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
    ) -> None:
        self.notices.append((message, severity))

    def ask(self, screen: Screen[Any], answered: Callable[[Any], None] | None) -> None:
        self.asked.append((screen, answered))

    def answer(self, value: object) -> None:
        """The last dialog is dismissed with `value`."""
        _screen, answered = self.asked.pop()
        if answered is not None:
            answered(value)

    def refresh_view(self) -> None:
        self.refreshed += 1

    def show_entries(self) -> None:
        """Nothing to draw."""

    def insert_in_notes(self, text: str) -> None:
        self.in_notes.append(text)

    def show_notes_problem(self, message: str) -> None:
        self.notes_problem = message

    def today(self) -> date:
        return self.session.clock.now().astimezone(self.zone).date()

    def said(self) -> list[str]:
        return [message for message, _severity in self.notices]
