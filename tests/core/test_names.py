"""One person, one identity: typed names match the meeting's people."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.core.attendance import attendance
from facilitator.core.events import Event
from facilitator.core.names import Ambiguous, Matched, match_name, resolve_names
from facilitator.core.referat import Attendance, ReferatState
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnsState
from facilitator.core.typed_commands import parse_command_line

PEOPLE = ["Anne Holm", "Anne Berg", "Bo Ærø-Jensen", "Erik Nielsen, jr.", "Carla"]
TODAY = date(2026, 11, 26)


def test_full_name_first_name_or_unique_start_case_insensitive() -> None:
    assert match_name("anne holm", PEOPLE) == Matched("Anne Holm", True)
    assert match_name("BO", PEOPLE) == Matched("Bo Ærø-Jensen", True)
    assert match_name("Erik Nielsen", PEOPLE) == Matched("Erik Nielsen, jr.", True)
    assert match_name("carla", PEOPLE) == Matched("Carla", True)
    assert match_name("Anne H", PEOPLE) == Matched("Anne Holm", True)
    assert match_name("  Søs  Nielsen ", PEOPLE) == Matched("Søs Nielsen", False)


def test_two_people_that_fit_are_a_question() -> None:
    assert match_name("Anne", PEOPLE) == Ambiguous("Anne", ("Anne Holm", "Anne Berg"))
    assert match_name("An", PEOPLE) == Ambiguous("An", ("Anne Holm", "Anne Berg"))


def test_a_typed_line_takes_the_meetings_names_and_says_who_is_new() -> None:
    parsed = parse_command_line("/fremmøde anne holm, Bo, Søs", "x", TODAY)
    assert isinstance(parsed, list)
    resolved = resolve_names(parsed, PEOPLE)
    assert not isinstance(resolved, Ambiguous)
    assert [d.data["name"] for d in resolved.drafts] == ["Anne Holm", "Bo Ærø-Jensen", "Søs"]
    assert resolved.new_names == ("Søs",)
    action = parse_command_line("/handling @bo Bestil lokale", "x", TODAY)
    assert isinstance(action, list)
    resolved = resolve_names(action, PEOPLE)
    assert not isinstance(resolved, Ambiguous)
    assert resolved.drafts[0].data["who"] == "Bo Ærø-Jensen" and not resolved.new_names
    ambiguous = parse_command_line("/afbud Anne", "x", TODAY)
    assert isinstance(ambiguous, list)
    assert isinstance(resolve_names(ambiguous, PEOPLE), Ambiguous)


def test_someone_who_had_the_word_is_present_unless_marked_otherwise() -> None:
    turns, referat = TurnsState(), ReferatState()
    moment = datetime(2026, 11, 26, 18, tzinfo=UTC)
    seq = 0
    for name in ("Anne", "Bo", "Carla"):
        seq += 1
        draft = add_participant(turns, name, "")
        turns.apply(Event(seq, moment, draft.type, draft.data), "x")
    ids = {p.name: p.id for p in turns.participants.values()}
    for who in ("Anne", "Bo"):
        seq += 1
        turns.apply(Event(seq, moment, "speaker_started", {"participant": ids[who]}), "x")
    referat.apply(Event(seq + 1, moment, "attendance_set", {"name": "Bo", "status": "afbud"}))
    assert attendance(referat, turns) == {
        "Anne": Attendance.PRESENT,
        "Bo": Attendance.SENT_APOLOGIES,
    }
