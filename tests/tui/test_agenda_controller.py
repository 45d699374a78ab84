"""The agenda keys without a screen: AgendaController with a fake context."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.forms import DecisionScreen
from facilitator.tui.screens.run_agenda import AgendaController
from facilitator.tui.screens.run_context import RunContext
from tests.conftest import COPENHAGEN
from tests.tui.fake_context import FakeContext


def controller(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> tuple[AgendaController, FakeContext]:
    context = FakeContext(LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN), COPENHAGEN)
    checked: RunContext = context
    return AgendaController(checked), context


def test_the_clock_key_starts_and_pauses(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    agenda, context = controller(netvaerk, clock, sessions_dir)
    agenda.toggle_clock()
    assert context.session.state.running
    agenda.toggle_clock()
    assert not context.session.state.running


def test_a_decision_item_is_left_only_with_its_decision(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    agenda, context = controller(netvaerk, clock, sessions_dir)
    for _ in range(4):
        agenda.skip_block()
    state = context.session.state
    assert state.current == "beslutning" and context.asked == []
    agenda.skip_block()
    assert isinstance(context.asked[-1][0], DecisionScreen)
    context.answer(None)  # Esc: stay in the item
    assert context.session.state.current == "beslutning"
    agenda.next_block()
    context.answer(("decision", "Vi mødes hver 4. uge"))
    assert context.session.state.current == "fremtidige-moeder"
    decisions = context.session.referat.all_of(EntryKind.DECISION)
    assert [d.text for d in decisions] == ["Vi mødes hver 4. uge"]


def test_an_item_added_during_the_meeting_comes_next(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    agenda, context = controller(netvaerk, clock, sessions_dir)
    assert agenda.add_block_line("Beboerhøring 15")
    state = context.session.state
    added = state.order[state.order.index("velkommen") + 1]
    assert context.session.program.block(added).title == "Beboerhøring"
    assert "Beboerhøring" in context.said()[-1]


def test_nothing_to_catch_up_is_said(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    agenda, context = controller(netvaerk, clock, sessions_dir)
    agenda.catch_up()
    assert context.asked == [] and len(context.notices) == 1
