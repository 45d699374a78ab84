"""A list whose keys are letters holds them back while someone is typing at it.

In the roster Space marks who is here and N adds a person. A chair who believes the notes
have the keys types a sentence there: every letter is refused, but the spaces changed the
selected person's attendance and the n of »nu« opened a form that took the rest of the
words (a tester, in tmux). So once a letter has been refused, the list's letter keys wait
until the person shows that they mean the list: a deliberate key (an arrow, Enter, Esc,
Tab) or a pause. A key the guard holds back counts as typing too, so a long sentence stays
held to its end.

The keys that open a form (N a new person, Enter an edit) are held more: a sentence that
began with »Nu …« right after the list opened, or right after a Space that marked
someone, had no refused letter before it, and its first n opened the form that took the
rest of the words (a tester, in tmux). They act only after a deliberate key or a pause
since the list opened and since the last key of the list; and their form opens
`FORM_DELAY` later, not at all if a key comes first (the screen keeps the time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Longer than the gap between two words typed at any speed, shorter than the time it
# takes to look up and see the list.
PAUSE = timedelta(seconds=1)
# How long N and Enter wait before their form opens: a key within it is the sentence the N
# began going on (at 60 words a minute a letter follows 0.2 s after the last), while
# nobody sees a form open and types into it faster.
FORM_DELAY = timedelta(milliseconds=300)


@dataclass(frozen=True)
class TypingGuard:
    """When a letter typed at the list was last refused (None: not since a deliberate key)."""

    last_typed: datetime | None = None
    last_key: datetime | None = None
    """When the list opened or one of its keys last acted (None: a deliberate key since)."""

    @classmethod
    def opened(cls, now: datetime) -> TypingGuard:
        """The list has just opened: what comes at once may be typing that went on."""
        return cls(None, now)

    def typed(self, now: datetime) -> TypingGuard:
        """A letter refused, or a held key: the guard holds from now."""
        return TypingGuard(now, now)

    def acted(self, now: datetime) -> TypingGuard:
        """A key of the list acted (Space, +/−, Delete): a form key waits a pause after it."""
        return TypingGuard(self.last_typed, now)

    def lifted(self) -> TypingGuard:
        """A deliberate key (an arrow, Tab, Esc): the list's keys act again."""
        return TypingGuard(None, None)

    def holds(self, now: datetime) -> bool:
        """Whether the list's letter keys wait. A clock set back lifts the guard rather than
        holding it for as long as it went back."""
        return within_pause(self.last_typed, now)

    def holds_forms(self, now: datetime) -> bool:
        """Whether the keys that open a form wait: while the others do, and for a pause
        after the list opened or a key of it acted."""
        return self.holds(now) or within_pause(self.last_key, now)


def within_pause(moment: datetime | None, now: datetime) -> bool:
    return moment is not None and timedelta(0) <= now - moment < PAUSE
