"""What the meeting's texts say when the figures get awkward: seconds over, hours behind,
one group, a round that is over, and the referent's seat without F9."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.agenda import AgendaState
from facilitator.core.agenda_view import build_view
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft
from facilitator.core.program import Program
from facilitator.core.rounds import RoundView
from facilitator.i18n import format_overrun, set_language
from facilitator.tui.widgets.countdown import countdown_caption
from facilitator.tui.widgets.meeting_status import describe_meeting
from facilitator.tui.widgets.speakers_panel import SpeakersPanel, SpeakersView, round_status
from tests.conftest import COPENHAGEN


def started(program: Program, clock: FakeClock) -> AgendaState:
    state = AgendaState.initial(program)
    draft = agenda.toggle_clock(state)
    assert isinstance(draft, EventDraft)
    state.apply(Event(1, clock.now(), draft.type, dict(draft.data)))
    return state


def test_a_few_seconds_over_say_seconds_and_hours_behind_say_hours(
    netvaerk: Program, clock: FakeClock
) -> None:
    state = started(netvaerk, clock)
    clock.advance(netvaerk.blocks[0].minutes * 60 + 16)
    caption = countdown_caption(build_view(state, clock.now(), COPENHAGEN)).plain
    assert "16 s over tiden" in caption and "0 min" not in caption
    clock.advance(670 * 60 - 16)
    view = build_view(state, clock.now(), COPENHAGEN)
    assert view.delay_minutes == 670
    assert "11 t 10 min bagud" in describe_meeting(view).plain
    assert "11 t 10 min over tiden" in countdown_caption(view).plain
    assert format_overrun(-59) == "59 s" and format_overrun(60) == "1 min"
    set_language("en")
    assert "11 h 10 min behind" in describe_meeting(view).plain


def round_of(done: int, left: int, finished: bool = False, budget: int | None = 69) -> RoundView:
    names = tuple(f"P{i}" for i in range(done + left))
    return RoundView(names[:done], names[done:], budget, 0, 69, finished)


def test_the_round_header_counts_in_danish_and_says_when_it_is_over() -> None:
    assert round_status(round_of(1, 3)) == "Runde: 1 færdig, 3 tilbage · hver ca. 01:09"
    assert round_status(round_of(2, 1)).startswith("Runde: 2 færdige, 1 tilbage")
    assert round_status(round_of(5, 0, finished=True)) == "Runden er færdig"
    assert round_status(round_of(0, 0, budget=None)) == "Runde: ingen deltagere endnu"


def test_the_referent_is_not_told_to_press_f9() -> None:
    def shown(can_queue: bool) -> str:
        panel = SpeakersPanel()
        panel.speakers = SpeakersView(None, 0, 0, (), False, can_queue=can_queue)
        return panel.render().plain

    assert "F9" in shown(True)
    assert "F9" not in shown(False) and "Ingen på listen" in shown(False)
