"""`/status N STATUS[: forklaring]`: read, recorded with its done/open, the latest word wins."""

from __future__ import annotations

from datetime import date, timedelta

from facilitator.core.action_status import (
    TypedStatus,
    latest_statuses,
    own_statuses,
    parse_status,
    status_text,
)
from facilitator.core.carried import mark_done, numbered
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, Refusal
from facilitator.core.memory import ActionStatus
from facilitator.core.program import Program
from facilitator.core.review import open_items
from facilitator.core.session import SessionState
from facilitator.core.status_targets import status_action
from facilitator.core.typed_commands import parse_command_line
from tests.core.memory_meeting import Meeting

TODAY = date(2026, 11, 26)


def test_typed_statuses_are_read() -> None:
    assert parse_status("2 udskudt 1.2: venter på svar", TODAY) == TypedStatus(
        2, ActionStatus.POSTPONED, "venter på svar", date(2027, 2, 1)
    )
    assert parse_status("1 i gang", TODAY) == TypedStatus(1, ActionStatus.IN_PROGRESS, "", None)
    assert parse_status("3 I GANG: ringet", TODAY) == TypedStatus(
        3, ActionStatus.IN_PROGRESS, "ringet", None
    )
    assert parse_status("4 droppet: ikke aktuelt", TODAY) == TypedStatus(
        4, ActionStatus.DROPPED, "ikke aktuelt", None
    )
    assert parse_status("1 udfoert", TODAY).status is ActionStatus.DONE  # type: ignore[union-attr]
    assert parse_status("1 aaben", TODAY).status is ActionStatus.OPEN  # type: ignore[union-attr]
    assert parse_status("1 udskudt", TODAY) == Refusal("status.needs_date")
    assert parse_status("1 udskudt 31.2", TODAY) == Refusal("referat.bad_date", {"value": "31.2"})
    assert parse_status("x i gang", TODAY) == Refusal("status.bad_line", {"value": "x i gang"})
    assert parse_status("2 måske", TODAY) == Refusal("status.bad_line", {"value": "2 måske"})
    assert parse_status("", TODAY) == Refusal("status.bad_line", {"value": "–"})


def test_a_status_follows_the_action_across_meetings(netvaerk: Program, clock: FakeClock) -> None:
    first = Meeting(netvaerk, clock, "m1")
    for line in ("/handling @Bo Bestil lokale", "/handling @Anne Ring til kommunen"):
        drafts = parse_command_line(line, "velkommen", TODAY)
        assert isinstance(drafts, list)
        first.do(drafts)
    clock.advance(timedelta(days=28).total_seconds())
    second = Meeting(netvaerk, clock, "m2")
    carried = open_items([first.as_group_meeting()])
    referat, created = second.state.referat, second.created
    typed = TypedStatus(2, ActionStatus.POSTPONED, "svar", TODAY)
    action, item = status_action(carried, referat, created, typed)
    assert item is not None and item.text == "Ring til kommunen"
    second.do(action)
    still = numbered(carried, second.state.referat)
    assert [i.text for _, i in still] == ["Bestil lokale", "Ring til kommunen"]  # still open
    typed = TypedStatus(1, ActionStatus.DROPPED, "for dyrt", None)
    dropped, _ = status_action(carried, referat, created, typed)
    second.do(dropped)
    assert [i.text for _, i in numbered(carried, second.state.referat)] == ["Ring til kommunen"]
    typed = TypedStatus(5, ActionStatus.DONE, "", None)
    missing, nothing = status_action(carried, referat, created, typed)
    assert missing == Refusal("status.bad_number", {"value": "5", "valid": "1"})
    assert nothing is None

    meetings = [first.as_group_meeting(), second.as_group_meeting()]
    latest = latest_statuses(meetings)
    bo, anne = (latest[("m1", i.entry_id)] for i in carried)
    assert (bo.status, bo.note) == (ActionStatus.DROPPED, "for dyrt")
    assert status_text(anne) == "udskudt til 26.11.2026: svar"
    assert set(own_statuses("m1", first.state.referat, meetings)) == {i.entry_id for i in carried}
    # /udført later still means udført, and is the latest word.
    clock.advance(60)
    done = mark_done(carried, SessionState.from_events(netvaerk, []).referat, 2)
    assert done is not None
    second.do(done[0])
    assert latest_statuses(meetings)[("m1", carried[1].entry_id)].status is ActionStatus.DONE


def test_a_bad_status_is_skipped(netvaerk: Program, clock: FakeClock) -> None:
    events = [
        Event(1, clock.now(), "action_status_set", {"id": "a", "status": "maybe"}),
        Event(2, clock.now(), "action_status_set", {"id": "a", "status": 3}),
        Event(3, clock.now(), "action_status_set", {"id": "a", "status": "done", "due": "x"}),
    ]
    state = SessionState.from_events(netvaerk, events)
    assert state.agenda.unreadable == [2]
    (kept,) = state.memory.statuses
    assert kept.due is None and kept.status == "done"


def test_a_postponed_action_is_due_when_it_was_put_off_to() -> None:
    from facilitator.core.action_status import StatusInfo, current_due

    given, later = date(2026, 12, 15), date(2027, 2, 1)
    assert current_due(given, None) == given
    assert current_due(given, StatusInfo(ActionStatus.POSTPONED, due=later)) == later
    assert current_due(None, StatusInfo(ActionStatus.POSTPONED, due=later)) == later
    assert current_due(given, StatusInfo(ActionStatus.POSTPONED)) == given  # no new date
    assert current_due(given, StatusInfo(ActionStatus.IN_PROGRESS, due=later)) == given
