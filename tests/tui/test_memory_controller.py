"""The group's memory on the run screen without a screen: MemoryController."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.timeout import toggle_clock
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.screens.run_memory import MemoryController
from tests.conftest import COPENHAGEN
from tests.tui.fake_context import FakeContext


def controller(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> tuple[MemoryController, FakeContext]:
    context = FakeContext(LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN), COPENHAGEN)
    checked: RunContext = context
    return MemoryController(checked, []), context


def test_an_agreement_is_made_shown_at_the_first_item_and_ended(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    memory, context = controller(netvaerk, clock, sessions_dir)
    assert memory.agreement_line("Mobiler på lydløs")
    assert memory.shown_agreements() == ("1. Mobiler på lydløs",)
    assert memory.agreement_line("slut 1")
    assert memory.shown_agreements() == ()
    assert len(context.notices) == 2


def test_a_time_out_is_in_the_title_bar_until_the_clock_goes_on(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    memory, context = controller(netvaerk, clock, sessions_dir)
    assert memory.title_bar() == (netvaerk.title, False)
    assert context.execute(toggle_clock(context.session.whole))  # F5: the meeting starts
    memory.call_timeout()
    title, going = memory.title_bar()
    assert going and netvaerk.title in title and title != netvaerk.title
    assert not context.session.state.running
    assert context.execute(toggle_clock(context.session.whole))  # F5 ends the time-out
    assert memory.title_bar() == (netvaerk.title, False)


def test_a_bad_carried_number_is_said_and_the_line_stays(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    memory, context = controller(netvaerk, clock, sessions_dir)
    assert not memory.mark_carried_done("7")
    assert context.notices[-1][1] == "warning"
    assert memory.carried_lines() == ()
