"""The talerliste's screen part without a screen: SpeakerController with a fake context."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.tui.screens.forms import QueueSpeakerScreen
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.screens.run_speakers import SpeakerController
from tests.conftest import COPENHAGEN
from tests.tui.fake_context import FakeContext


def controller(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> tuple[SpeakerController, FakeContext]:
    context = FakeContext(LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN), COPENHAGEN)
    checked: RunContext = context  # the fake is what the screen is to a controller
    return SpeakerController(checked), context


def test_asking_for_the_word_joins_the_meeting_and_says_so(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    speakers.queue_speaker()
    assert isinstance(context.asked[-1][0], QueueSpeakerScreen)
    context.answer(("Anne", "NORMAL"))
    turns = context.session.turns
    assert [p.name for p in turns.participants.values()] == ["Anne"]
    assert [e.participant for e in turns.ordered_queue(clock.now(), False)] == ["anne"]
    assert context.said() == ["Anne er med i mødet som nr. 1."]


def test_asking_twice_is_said_not_refused(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    for _ in range(2):
        speakers.queue_speaker()
        context.answer(("Anne", "NORMAL"))
    assert len(context.session.turns.ordered_queue(clock.now(), False)) == 1
    (last, severity) = context.notices[-1]
    assert "Anne" in last and severity == "information"


def test_the_next_speaker_gets_a_stamp_only_when_stamps_are_on(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    for name in ("Anne", "Bo"):
        speakers.queue_speaker()
        context.answer((name, "NORMAL"))
    speakers.next_speaker()
    assert context.session.turns.speaker == "anne" and context.in_notes == []
    speakers.toggle_stamps()
    assert speakers.stamps and context.refreshed == 1
    speakers.next_speaker()
    assert context.session.turns.speaker == "bo"
    assert context.in_notes == ["[19.00] Bo: "]


def test_a_speech_limit_needs_a_time(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    assert not speakers.set_speech_limit_line("lidt")
    assert context.notices[-1][1] == "warning"
    assert speakers.set_speech_limit_line("2")
    assert speakers.set_speech_limit_line("fra")


def test_a_pass_outside_a_round_is_refused(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    speakers.pass_in_round()
    assert context.notices == [(context.said()[0], "warning")]
    assert context.session.turns.speaker is None


def test_a_new_participant_by_name_and_never_twice(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    speakers, context = controller(netvaerk, clock, sessions_dir)
    assert speakers.add_participant_line("Anne, pædagog")
    assert not speakers.add_participant_line("anne")
    assert not speakers.add_participant_line("7")
    people = context.session.turns.participants.values()
    assert [(p.name, p.faglighed) for p in people] == [("Anne", "pædagog")]
