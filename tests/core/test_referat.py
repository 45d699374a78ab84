from __future__ import annotations

from datetime import date

from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft, Refusal
from facilitator.core.referat import Attendance, EntryKind, ReferatEvent, ReferatState, parse_due
from facilitator.core.seats import Seat
from facilitator.core.typed_commands import parse_command_line

TODAY = date(2026, 11, 26)


def drafts(line: str) -> list[EventDraft]:
    result = parse_command_line(line, "beslutning", TODAY, entry_id="e1")
    assert isinstance(result, list), result
    return result


def test_decision_and_parked_lines() -> None:
    (decision,) = drafts("/beslutning Vi mødes hver anden torsdag kl. 19")
    assert decision.type == ReferatEvent.DECISION_ADDED
    assert decision.data == {
        "id": "e1",
        "block": "beslutning",
        "text": "Vi mødes hver anden torsdag kl. 19",
    }
    (parked,) = drafts("/parker Forplejning")
    assert parked.type == ReferatEvent.POINT_PARKED


def test_action_with_who_and_due_in_either_order() -> None:
    (first,) = drafts("/handling @Anne 1.12 Sende referatet rundt")
    (second,) = drafts("/handling 2027-01-14 @Bo_Hansen Booke lokale")
    assert first.data["who"] == "Anne" and first.data["due"] == "2026-12-01"
    assert first.data["text"] == "Sende referatet rundt"
    assert second.data["who"] == "Bo Hansen" and second.data["due"] == "2027-01-14"
    (plain,) = drafts("/handling Finde et nyt mødested")
    assert plain.data["who"] == "" and plain.data["due"] == ""


def test_due_dates_in_danish_forms() -> None:
    assert parse_due("1.12", TODAY) == date(2026, 12, 1)
    assert parse_due("3/1", TODAY) == date(2027, 1, 3)  # already past this year: next year
    assert parse_due("1.12.2026", TODAY) == date(2026, 12, 1)
    assert parse_due("5/2-27".replace("-", "/"), TODAY) == date(2027, 2, 5)


def test_bad_and_unknown_lines() -> None:
    assert parse_command_line("Almindelig tekst", "b", TODAY) is None
    assert isinstance(parse_command_line("/handling @Anne 31.2 Noget", "b", TODAY), Refusal)
    assert isinstance(parse_command_line("/beslutning", "b", TODAY), Refusal)
    unknown = parse_command_line("/hvad nu", "b", TODAY)
    assert isinstance(unknown, Refusal) and unknown.params["word"] == "hvad"
    # The hint names every word this seat may use, from the one table.
    assert "/mødeplan" in unknown.params["known"] and "/nytpunkt" in unknown.params["known"]
    referent = parse_command_line("/hvad", "b", TODAY, seat=Seat.REFERENT)
    assert isinstance(referent, Refusal) and "/nytpunkt" not in referent.params["known"]
    assert parse_command_line("/næste møde", "b", TODAY) is None  # a form: the screen's word


def test_attendance_lines_set_each_name() -> None:
    events = drafts("/fremmøde Anne, Bo; Carla")
    assert [e.data["name"] for e in events] == ["Anne", "Bo", "Carla"]
    (afbud,) = drafts("/afbud Dorte")
    assert afbud.data == {"name": "Dorte", "status": "afbud"}


def test_fold_add_change_remove_and_attendance(clock: FakeClock) -> None:
    state = ReferatState()

    def apply(seq: int, draft: EventDraft) -> bool:
        return state.apply(Event(seq, clock.now(), draft.type, dict(draft.data)))

    assert apply(1, drafts("/handling @Anne 1.12 Sende referatet")[0])
    assert apply(2, EventDraft(ReferatEvent.ENTRY_CHANGED, {"id": "e1", "who": "Bo"}))
    (action,) = state.all_of(EntryKind.ACTION)
    assert (
        action.who == "Bo" and action.due == date(2026, 12, 1) and action.text == "Sende referatet"
    )
    assert apply(3, drafts("/afbud Dorte")[0])
    assert state.attendance == {"Dorte": Attendance.SENT_APOLOGIES}
    assert apply(4, EventDraft(ReferatEvent.ENTRY_REMOVED, {"id": "e1"}))
    assert state.entries == {}
    assert not apply(5, EventDraft(ReferatEvent.ENTRY_REMOVED, {"id": "e1"}))
    assert not apply(6, EventDraft("clock_started", {}))
    assert not apply(7, EventDraft(ReferatEvent.DECISION_ADDED, {"id": "x"}))  # no text


def test_a_decision_clears_a_skip(clock: FakeClock) -> None:
    state = ReferatState()
    state.apply(
        Event(1, clock.now(), ReferatEvent.DECISION_SKIPPED, {"block": "b", "reason": "Udsat"})
    )
    assert state.decision_skips == {"b": "Udsat"}
    state.apply(
        Event(2, clock.now(), ReferatEvent.DECISION_ADDED, {"id": "d", "block": "b", "text": "Ja"})
    )
    assert state.decision_skips == {}
