"""A list whose keys are letters holds them back while someone is typing at it.

In the roster Space marks who is here and N adds a person. A chair who believes the notes
have the keys types a sentence there: every letter is refused, but the spaces changed the
selected person's attendance and the n of »nu« opened a form that took the rest of the
words (a tester, in tmux). So once a letter has been refused, the list's letter keys wait
until the person shows that they mean the list: a deliberate key (an arrow, Enter, Esc,
Tab) or a pause. A key the guard holds back counts as typing too, so a long sentence stays
held to its end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Longer than the gap between two words typed at any speed, shorter than the time it
# takes to look up and see the list.
PAUSE = timedelta(seconds=1)


@dataclass(frozen=True)
class TypingGuard:
    """When a letter typed at the list was last refused (None: not since a deliberate key)."""

    last_typed: datetime | None = None

    def typed(self, now: datetime) -> TypingGuard:
        """A letter refused, or a held key: the guard holds from now."""
        return TypingGuard(now)

    def lifted(self) -> TypingGuard:
        """A deliberate key: the list's keys act again."""
        return TypingGuard(None)

    def holds(self, now: datetime) -> bool:
        """Whether the list's letter keys wait. A clock set back lifts the guard rather than
        holding it for as long as it went back."""
        if self.last_typed is None:
            return False
        return timedelta(0) <= now - self.last_typed < PAUSE
