"""Names are capped at 60 characters, in core: F9, /deltager, the roster's form and a new
name for someone are refused with a Danish message when longer."""

from __future__ import annotations

from datetime import date

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.name_length import MAX_NAME_LENGTH, name_refusal
from facilitator.core.program import Program
from facilitator.core.referat_actions import give_action_to
from facilitator.core.roster_actions import change_person, join_roster
from facilitator.core.speaker_actions import Asked, queue_speaker
from facilitator.core.typed_commands import parse_command_line
from facilitator.i18n import tr
from tests.core.test_actions import Meeting

LONGEST = "A" * MAX_NAME_LENGTH
TOO_LONG = "Anne " + "B" * MAX_NAME_LENGTH


def test_sixty_characters_pass_and_sixty_one_are_refused_in_danish() -> None:
    assert MAX_NAME_LENGTH == 60
    assert name_refusal(LONGEST) is None
    assert name_refusal(f"  {LONGEST}  ") is None  # the spaces around are not the name
    refusal = name_refusal(LONGEST + "x")
    assert refusal == Refusal("names.too_long", {"length": 61, "limit": 60})
    assert tr(refusal.message, **refusal.params) == (
        "Et navn kan højst være 60 tegn (det her er 61)."
    )


def test_every_way_a_name_comes_in_is_refused_when_too_long(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    turns = meeting.state.turns
    assert isinstance(queue_speaker(turns, Asked(f"{TOO_LONG}, pædagog")), Refusal)
    assert isinstance(join_roster(turns, {"name": TOO_LONG}), Refusal)
    assert turns.participants == {}
    meeting.do(join_roster(turns, {"name": LONGEST}))
    (person,) = turns.participants.values()
    assert person.name == LONGEST
    refused = change_person(meeting.state.referat, person, {"name": TOO_LONG})
    assert isinstance(refused, Refusal) and refused.message == "names.too_long"
    renamed = change_person(meeting.state.referat, person, {"name": "Anne"})
    assert isinstance(renamed, list) and isinstance(renamed[0], EventDraft)
    joined = queue_speaker(turns, Asked("Bo, pædagog"))
    assert isinstance(joined, list)


def test_a_typed_line_with_a_name_too_long_is_refused_whole() -> None:
    today = date(2026, 12, 1)
    for line in (
        f"/fremmøde Anne, {TOO_LONG}",
        f"/afbud {TOO_LONG}",
        f"/fraværende {TOO_LONG}",
        f"/ordstyrer {TOO_LONG}",
        f"/referent {TOO_LONG}",
        f"/handling @{TOO_LONG.replace(' ', '_')} Sende referatet",
    ):
        refused = parse_command_line(line, "alfa", today)
        assert isinstance(refused, Refusal) and refused.message == "names.too_long", line
    accepted = parse_command_line(f"/handling @{LONGEST} Sende referatet", "alfa", today)
    assert isinstance(accepted, list) and accepted[0].data["who"] == LONGEST
    assert isinstance(parse_command_line(f"/fremmøde Anne, {LONGEST}", "alfa", today), list)


def test_a_new_owner_for_an_action_is_held_to_the_same_limit(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    action = parse_command_line("/handling Sende referatet", "alfa", date(2026, 12, 1))
    assert action is not None
    meeting.do(action)
    (entry_id,) = meeting.state.referat.entries
    refused = give_action_to(meeting.state.referat, entry_id, TOO_LONG)
    assert isinstance(refused, Refusal) and refused.message == "names.too_long"
    assert isinstance(give_action_to(meeting.state.referat, entry_id, "Bo"), list)
