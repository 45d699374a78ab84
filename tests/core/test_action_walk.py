"""The walk through the open actions at »Siden sidst«, and `/status` for this meeting's own
actions (`h1`): which actions, in which order, what each key records, which numbers."""

from __future__ import annotations

from datetime import date, timedelta

from facilitator.core.action_status import TypedStatus, latest_statuses, parse_status
from facilitator.core.action_walk import Walk, key_status, start_walk, walk_status
from facilitator.core.clock import FakeClock
from facilitator.core.events import Refusal
from facilitator.core.memory import ActionStatus
from facilitator.core.program import Program
from facilitator.core.review import OpenItem, open_items
from facilitator.core.status_targets import own_actions, status_action, valid_numbers
from facilitator.core.typed_commands import parse_command_line
from tests.core.memory_meeting import Meeting

TODAY = date(2026, 11, 26)


def written(meeting: Meeting, *lines: str) -> None:
    for line in lines:
        drafts = parse_command_line(line, "velkommen", TODAY)
        assert isinstance(drafts, list)
        meeting.do(drafts)


def two_meetings(program: Program, clock: FakeClock) -> tuple[Meeting, Meeting, list[OpenItem]]:
    first = Meeting(program, clock, "m1")
    lines = ("/handling @Bo Bestil lokale", "/parker Kage", "/handling Ring", "/handling Mail")
    written(first, *lines)
    clock.advance(timedelta(days=28).total_seconds())
    second = Meeting(program, clock, "m2")
    return first, second, open_items([first.as_group_meeting()])


def test_the_walk_takes_the_open_actions_in_the_order_shown(
    netvaerk: Program, clock: FakeClock
) -> None:
    first, second, carried = two_meetings(netvaerk, clock)
    walk = start_walk(carried, second.state.referat, {})
    assert isinstance(walk, Walk)
    assert [item.text for item in walk.items] == ["Bestil lokale", "Ring", "Mail"]  # no Kage
    assert walk.progress == (1, 3) and walk.current is walk.items[0]

    walk_on = walk
    for key, typed in (("i", "venter på svar"), ("S", "1.2: mangler tilbud"), ("d", "")):
        status = key_status(key)
        assert status is not None
        action = walk_status(walk_on, status, typed, TODAY)
        assert isinstance(action, list)
        second.do(action)
        walk_on = walk_on.recorded()
    assert walk_on.finished and walk_on.set_count == 3 and walk_on.current is None

    latest = latest_statuses([first.as_group_meeting(), second.as_group_meeting()])
    said = [latest[(item.folder, item.entry_id)] for item in walk.items]
    assert [(s.status, s.note, s.due) for s in said] == [
        (ActionStatus.IN_PROGRESS, "venter på svar", None),
        (ActionStatus.POSTPONED, "mangler tilbud", date(2027, 2, 1)),
        (ActionStatus.DROPPED, "", None),
    ]
    # Droppet closes »Mail«; a new walk takes the two still open, and skips none.
    again = start_walk(carried, second.state.referat, latest)
    assert isinstance(again, Walk)
    assert [item.text for item in again.items] == ["Bestil lokale", "Ring"]
    assert again.skipped().progress == (2, 2) and again.skipped().set_count == 0


def test_the_walk_refuses_what_it_cannot_record(netvaerk: Program, clock: FakeClock) -> None:
    _first, second, carried = two_meetings(netvaerk, clock)
    walk = start_walk(carried, second.state.referat, {})
    assert isinstance(walk, Walk)
    assert walk_status(walk, ActionStatus.POSTPONED, "venter", TODAY) == Refusal("walk.needs_date")
    bad = walk_status(walk, ActionStatus.POSTPONED, "31.2", TODAY)
    assert bad == Refusal("referat.bad_date", {"value": "31.2"})
    assert walk_status(Walk(()), ActionStatus.DONE, "", TODAY) == Refusal("walk.none")
    assert key_status("x") is None and key_status("å") is ActionStatus.OPEN
    assert start_walk([], second.state.referat, {}) == Refusal("walk.none")
    parked_only = [item for item in carried if item.text == "Kage"]
    assert start_walk(parked_only, second.state.referat, {}) == Refusal("walk.none")


def test_status_reaches_this_meetings_own_actions_by_their_plan_number(
    netvaerk: Program, clock: FakeClock
) -> None:
    first, second, carried = two_meetings(netvaerk, clock)
    written(second, "/handling @Anne Skriv til kommunen", "/handling Book bus")
    created = second.created
    assert [(n, i.text) for n, i in own_actions(second.state.referat, created)] == [
        (1, "Skriv til kommunen"),
        (2, "Book bus"),
    ]
    typed = parse_status("h2 udført: bussen er booket", TODAY)
    assert typed == TypedStatus(2, ActionStatus.DONE, "bussen er booket", None, own=True)
    action, item = status_action(carried, second.state.referat, created, typed)
    assert item is not None and item.text == "Book bus" and item.folder == ""
    second.do(action)
    own = second.state.referat.all_of(second.state.referat.entries[item.entry_id].kind)
    assert second.state.referat.action_done(own[1].id)  # done in its own session
    latest = latest_statuses([first.as_group_meeting(), second.as_group_meeting()])
    assert latest[("m2", own[1].id)].note == "bussen er booket"
    # The numbers stay: h2 is still »Book bus« after it is done.
    assert own_actions(second.state.referat, created)[1][1].text == "Book bus"


def test_an_unknown_number_is_refused_with_the_numbers_there_are(
    netvaerk: Program, clock: FakeClock
) -> None:
    _first, second, carried = two_meetings(netvaerk, clock)
    referat = second.state.referat
    missing = TypedStatus(9, ActionStatus.DONE, "", None)
    assert valid_numbers(carried, referat) == "1–4"
    assert status_action(carried, referat, second.created, missing) == (
        Refusal("status.bad_number", {"value": "9", "valid": "1–4"}),
        None,
    )
    written(second, "/handling Book bus")
    own_missing = TypedStatus(3, ActionStatus.DONE, "", None, own=True)
    refusal, _ = status_action(carried, referat, second.created, own_missing)
    assert refusal == Refusal("status.bad_number", {"value": "h3", "valid": "1–4, h1"})
    nothing = Meeting(netvaerk, clock, "m3").state.referat
    assert status_action([], nothing, second.created, missing)[0] == Refusal(
        "status.no_actions", {"value": "9"}
    )
    assert parse_status("٣ udført", TODAY) == Refusal("status.bad_line", {"value": "٣ udført"})
    assert parse_status("hx udført", TODAY) == Refusal("status.bad_line", {"value": "hx udført"})
