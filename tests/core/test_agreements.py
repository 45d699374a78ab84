"""Standing agreements: made, changed and ended across meetings; the numbers as shown."""

from __future__ import annotations

from datetime import timedelta

from facilitator.core.agreements import agreement_action, agreements_in_force
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft, Refusal
from facilitator.core.memory import MemoryEvent
from facilitator.core.program import Program
from facilitator.core.referat_memory import referat_memory
from facilitator.core.seats import Seat, may_record
from facilitator.core.session import SessionState
from tests.core.memory_meeting import Meeting

MONTH = timedelta(days=28)


def agree(meeting: Meeting, others: list[Meeting], line: str, by: str = "Anne") -> None:
    in_force = agreements_in_force([m.as_group_meeting() for m in [*others, meeting]])
    action = agreement_action(line, in_force, meeting.folder, by)
    assert not isinstance(action, Refusal), action
    meeting.do(action)


def test_an_agreement_lives_until_a_later_meeting_changes_or_ends_it(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = Meeting(netvaerk, clock, "m1")
    agree(first, [], "Det, der siges her, bliver her")
    agree(first, [], "Vi melder afbud senest dagen før")
    clock.advance(MONTH.total_seconds())
    second = Meeting(netvaerk, clock, "m2")
    agree(second, [first], "ret 2 Vi melder afbud senest to dage før", by="Bo")
    agree(second, [first], "Telefonen er på lydløs")
    clock.advance(MONTH.total_seconds())
    third = Meeting(netvaerk, clock, "m3")
    agree(third, [first, second], "slut 1")

    meetings = [m.as_group_meeting() for m in (first, second, third)]
    texts = [a.text for a in agreements_in_force(meetings)]
    assert texts == ["Vi melder afbud senest to dage før", "Telefonen er på lydløs"]
    changed = agreements_in_force(meetings)[0]
    assert changed.folder == "m1" and changed.made_by == "Anne" and changed.changed_by == "Bo"
    assert changed.changed_at == second.created

    # Each referat says what was in force when its meeting was held.
    at_first = referat_memory("m1", meetings).agreements
    assert [a.text for a in at_first] == [
        "Det, der siges her, bliver her",
        "Vi melder afbud senest dagen før",
    ]
    assert len(referat_memory("m2", meetings).agreements) == 3
    assert referat_memory("elsewhere", meetings).agreements == []


def test_an_agreement_keeps_its_number_when_one_before_it_ends(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = Meeting(netvaerk, clock, "m1")
    for line in ("Det, der siges her, bliver her", "Vi melder afbud dagen før", "Lydløs"):
        agree(first, [], line)
    agree(first, [], "slut 1")  # at the meeting it was made at, too
    clock.advance(MONTH.total_seconds())
    second = Meeting(netvaerk, clock, "m2")
    agree(second, [first], "slut 2")
    agree(second, [first], "Kaffe først")
    agree(second, [first], "ret 3 Telefonen er på lydløs")
    meetings = [first.as_group_meeting(), second.as_group_meeting()]
    assert [(a.number, a.text) for a in agreements_in_force(meetings)] == [
        (3, "Telefonen er på lydløs"),
        (4, "Kaffe først"),
    ]
    in_force = agreements_in_force(meetings)
    assert agreement_action("slut 1", in_force, "m2", "") == Refusal(
        "agreement.bad_number", {"value": "1"}
    )  # ended: 1 is nobody's number now, not »Telefonen er på lydløs«
    assert [a.number for a in referat_memory("m1", meetings).agreements] == [2, 3]


def test_the_words_name_the_session_an_agreement_was_made_in(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = Meeting(netvaerk, clock, "m1")
    agree(first, [], "Det, der siges her, bliver her")
    in_force = agreements_in_force([first.as_group_meeting()])
    ended = agreement_action("slut 1", in_force, "m2", "Bo")
    assert isinstance(ended, list)
    assert ended[0].type == MemoryEvent.AGREEMENT_ENDED
    assert ended[0].data == {"id": in_force[0].id, "session": "m1", "by": "Bo"}
    here = agreement_action("ret 1 Ny tekst", in_force, "m1", "")
    assert isinstance(here, list) and here[0].data["session"] == ""  # its own meeting


def test_refusals_empty_unknown_number_and_the_line_made_twice(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = Meeting(netvaerk, clock, "m1")
    agree(first, [], "Det, der siges her, bliver her")
    in_force = agreements_in_force([first.as_group_meeting()])
    assert agreement_action("  ", in_force, "m1", "") == Refusal("agreement.empty")
    assert agreement_action("slut 4", in_force, "m1", "") == Refusal(
        "agreement.bad_number", {"value": "4"}
    )
    assert agreement_action("ret x tekst", in_force, "m1", "") == Refusal(
        "agreement.bad_number", {"value": "x"}
    )
    assert agreement_action("ret 1", in_force, "m1", "") == Refusal(
        "agreement.change_needs_text", {"nr": "1"}
    )  # not the hint for a new agreement
    assert agreement_action("slut ٣", in_force, "m1", "") == Refusal(
        "agreement.bad_number", {"value": "٣"}
    )
    again = agreement_action("Det, der siges her, bliver her", in_force, "m1", "")
    assert again == Refusal("agreement.already")  # a line left by a crash: not twice


def test_the_fold_skips_what_does_not_fit_and_words_about_unknown_agreements(
    netvaerk: Program, clock: FakeClock
) -> None:
    now = clock.now()
    events = [
        Event(1, now, "agreement_made", {"id": "a", "text": "   "}),  # no text: not applied
        Event(2, now, "agreement_made", {"id": 7, "text": "x"}),  # wrong shape
        Event(3, now, "agreement_ended", {"id": "ghost", "session": "m0"}),
        Event(4, now, "agreement_made", {"id": "b", "text": "Kaffe først", "session": "m0"}),
        Event(5, now, "agreement_made", {"id": "c", "text": "Vi slutter til tiden"}),
    ]
    state = SessionState.from_events(netvaerk, events)
    assert state.agenda.unreadable == [2]
    meeting = Meeting(netvaerk, clock, "m1")
    meeting.state = state
    assert [a.text for a in agreements_in_force([meeting.as_group_meeting()])] == [
        "Vi slutter til tiden"
    ]


def test_the_referent_may_write_agreements() -> None:
    for kind in ("agreement_made", "agreement_changed", "agreement_ended"):
        assert may_record(Seat.REFERENT, kind) and not may_record(Seat.DISPLAY, kind)
    assert EventDraft(MemoryEvent.AGREEMENT_MADE).type == "agreement_made"
