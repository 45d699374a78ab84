"""Names are capped at 60 characters, in core: F9, /deltager, the roster's form and a new
name for someone are refused with a Danish message when longer."""

from __future__ import annotations

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.name_length import MAX_NAME_LENGTH, name_refusal
from facilitator.core.program import Program
from facilitator.core.roster_actions import change_person, join_roster
from facilitator.core.speaker_actions import Asked, queue_speaker
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
