"""The actions of a past meeting in its detail view: a ✓ for one done at a later meeting,
and the one chosen with ↑↓ always in view (at 80x24 it was chosen under the fold)."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import OptionList

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.history import list_sessions
from facilitator.tui.screens.session_detail import SessionDetailScreen
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for
from tests.tui.test_action_status import MONTH, catch_up
from tests.tui.test_review import hold_meeting

ACTIONS = [f"/handling @Bo Opgave nummer {number}" for number in range(1, 9)]


async def test_an_action_done_later_is_ticked_and_the_chosen_one_is_in_view(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    await hold_meeting(netvaerk, clock, sessions_dir, ACTIONS)
    clock.advance(MONTH)
    await catch_up(netvaerk, clock, sessions_dir, ["/udført 1"])
    first = list_sessions(sessions_dir)[-1]  # the oldest: the list is newest first
    review = app_for(None, clock, sessions_dir, seat=None)
    async with review.run_test(size=(80, 24)) as pilot:
        review.push_screen(SessionDetailScreen(first.folder, clock, COPENHAGEN))
        await pilot.pause()
        screen = review.screen
        scroll = screen.query_one("#detail-scroll", VerticalScroll)
        listing = screen.query_one(OptionList)
        assert scroll.scroll_y == 0  # it opens at the top: the overview first
        first_line = str(listing.get_option_at_index(0).prompt)
        assert first_line.startswith(" h1 ✓ Opgave nummer 1"), first_line
        assert "udført" in first_line
        for _ in range(7):
            await pilot.press("down")
        await pilot.pause()
        assert listing.highlighted == 7
        # The chosen line lies inside what the scroll shows.
        line = listing.region.y + 7 - listing.scroll_offset.y
        assert scroll.region.y <= line < scroll.region.bottom, (line, scroll.region)
        await pilot.press("space")  # marks the one in view, and it stays in view
        await pilot.pause()
        assert str(listing.get_option_at_index(7).prompt).startswith(" h8 ✓")
        line = listing.region.y + 7 - listing.scroll_offset.y
        assert scroll.region.y <= line < scroll.region.bottom
