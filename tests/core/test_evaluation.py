"""Evaluation items: the program's `dimensions`, the checks on typed scores, the fold of
`evaluation_given` and the results per item and per meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.core.evaluation import DEFAULT_DIMENSIONS
from facilitator.core.evaluation_rules import (
    dimensions_of,
    evaluation_result,
    give_evaluation,
    still_to_answer,
)
from facilitator.core.evaluation_trend import group_trend, trend_dimensions
from facilitator.core.event_shapes import fits
from facilitator.core.events import Action, Event, EventDraft, Refusal
from facilitator.core.program import (
    BlockKind,
    Program,
    ProgramInvalid,
    program_from_data,
    program_to_data,
)
from facilitator.core.review import GroupMeeting
from facilitator.core.session import SessionState
from facilitator.core.turn_commands import add_participant

START = datetime(2027, 6, 3, 17, 0, tzinfo=UTC)
SCORES = {"indhold": "4", "form": "3", "stemning": "5", "trivsel": "4"}


def program(**evaluation: object) -> Program:
    return program_from_data(
        {
            "program": {"title": "Evalueringsmøde"},
            "block": [
                {"id": "siden-sidst", "title": "Siden sidst", "minutes": 20, "kind": "round"},
                {
                    "id": "evaluering",
                    "title": "Evaluering",
                    "minutes": 40,
                    "kind": "evaluation",
                    **evaluation,
                },
            ],
        },
        "evalueringsmoede",
    )


class Meeting:
    def __init__(self, prog: Program, names: tuple[str, ...] = ("Anne", "Bo", "Carla")) -> None:
        self.program = prog
        self.state = SessionState.from_events(prog, [])
        self.seq = 0
        for name in names:
            self.record(add_participant(self.state.turns, name))

    def record(self, action: EventDraft | list[EventDraft] | Refusal) -> None:
        assert not isinstance(action, Refusal), action
        for draft in [action] if isinstance(action, EventDraft) else action:
            self.seq += 1
            at = START + timedelta(minutes=self.seq)
            self.state.apply(Event(self.seq, at, draft.type, dict(draft.data)))

    def person(self, name: str) -> str:
        found = self.state.turns.find(name)
        assert found is not None
        return found.id

    def answer(self, name: str, scores: dict[str, str], sentence: str = "") -> Action:
        return give_evaluation(
            self.program, self.state.turns, "evaluering", self.person(name), scores, sentence
        )


def test_an_evaluation_item_rates_the_seeds_four_dimensions_unless_it_names_its_own() -> None:
    block = program().block("evaluering")
    assert block.kind is BlockKind.EVALUATION
    assert dimensions_of(block) == DEFAULT_DIMENSIONS == ("indhold", "form", "stemning", "trivsel")
    own = program(dimensions=["Indhold", " Tid "]).block("evaluering")
    assert dimensions_of(own) == ("Indhold", "Tid")
    # Written back only when the program named them (the session's copy stays the same).
    again = program_from_data(program_to_data(program(dimensions=["Tid"])), "x")
    assert again.block("evaluering").dimensions == ("Tid",)
    assert "dimensions" not in program_to_data(program())["block"][1]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("indhold", "evaluation.dimensions_not_list"),
        ([], "evaluation.dimensions_count"),
        (["a"] * 9, "evaluation.dimensions_count"),
        (["indhold", " "], "evaluation.dimension_bad"),
        (["x" * 41], "evaluation.dimension_bad"),
        (["Form", "form"], "evaluation.dimension_twice"),
    ],
)
def test_bad_dimensions_are_named_with_their_key_path(value: object, message: str) -> None:
    with pytest.raises(ProgramInvalid) as caught:
        program(dimensions=value)
    assert [(i.key_path, i.message) for i in caught.value.issues] == [
        ("block[2].dimensions", message)
    ]


def test_dimensions_belong_to_an_evaluation_item_only() -> None:
    data = program_to_data(program())
    data["block"][0]["dimensions"] = ["indhold"]
    with pytest.raises(ProgramInvalid) as caught:
        program_from_data(data, "x")
    assert caught.value.issues[0].message == "evaluation.dimensions_not_evaluation"


def test_every_present_person_is_asked_in_seat_order_and_an_answer_is_an_event() -> None:
    meeting = Meeting(program())
    meeting.record(EventDraft("attendance_set", {"name": "Bo", "status": "afbud"}))
    referat, turns = meeting.state.referat, meeting.state.turns
    assert [p.name for p in still_to_answer(turns, referat, "evaluering")] == ["Anne", "Carla"]
    action = meeting.answer("Anne", SCORES, "Godt at  høre\nde andre")
    assert isinstance(action, list) and len(action) == 1
    assert action[0].type == "evaluation_given"
    assert dict(action[0].data) == {
        "block": "evaluering",
        "participant": meeting.person("Anne"),
        "name": "Anne",
        "scores": {"indhold": 4, "form": 3, "stemning": 5, "trivsel": 4},
        "sentence": "Godt at høre de andre",
    }
    meeting.record(action)
    assert [p.name for p in still_to_answer(turns, referat, "evaluering")] == ["Carla"]


@pytest.mark.parametrize(
    ("typed", "message", "params"),
    [
        ({**SCORES, "form": ""}, "evaluation.score_missing", {"dimension": "form"}),
        ({**SCORES, "form": "6"}, "evaluation.score_bad", {"value": "6"}),
        ({**SCORES, "form": "0"}, "evaluation.score_bad", {"value": "0"}),
        ({**SCORES, "trivsel": "3,5"}, "evaluation.score_bad", {"dimension": "trivsel"}),
        ({**SCORES, "indhold": "fire"}, "evaluation.score_bad", {"value": "fire"}),
        ({"indhold": "4"}, "evaluation.score_missing", {"dimension": "form"}),
        ({**SCORES, "form": "٣"}, "evaluation.score_bad", {"value": "٣"}),  # Arabic-Indic 3
        ({**SCORES, "form": "３"}, "evaluation.score_bad", {"value": "３"}),  # full-width 3
        ({**SCORES, "form": "³"}, "evaluation.score_bad", {"value": "³"}),
    ],
)
def test_a_score_is_a_whole_number_from_1_to_5_or_refused_with_a_reason(
    typed: dict[str, str], message: str, params: dict[str, str]
) -> None:
    refusal = Meeting(program()).answer("Anne", typed)
    assert isinstance(refusal, Refusal)
    assert refusal.message == message
    assert params.items() <= dict(refusal.params).items()


def test_too_long_a_sentence_and_a_plain_item_are_refused() -> None:
    meeting = Meeting(program())
    long = meeting.answer("Anne", SCORES, "ord " * 100)
    assert isinstance(long, Refusal) and long.message == "evaluation.sentence_long"
    plain = give_evaluation(
        meeting.program, meeting.state.turns, "siden-sidst", meeting.person("Anne"), SCORES, ""
    )
    assert isinstance(plain, Refusal) and plain.message == "evaluation.not_evaluation"
    gone = give_evaluation(meeting.program, meeting.state.turns, "evaluering", "x9", SCORES, "")
    assert isinstance(gone, Refusal) and gone.message == "evaluation.unknown_participant"


def test_the_result_averages_each_dimension_counts_answers_and_keeps_the_sentences() -> None:
    meeting = Meeting(program())
    meeting.record(meeting.answer("Anne", SCORES, "Gode temaer"))
    meeting.record(meeting.answer("Bo", {**SCORES, "form": "1", "stemning": "2"}))
    # Carla answers twice: the second answer replaces the first (a typo corrected).
    meeting.record(meeting.answer("Carla", {**SCORES, "trivsel": "1"}, "Fejl"))
    meeting.record(meeting.answer("Carla", {**SCORES, "trivsel": "5"}, "Rart at være her"))
    result = evaluation_result(meeting.program.block("evaluering"), meeting.state.referat)
    assert result.answered == 3
    assert result.dimensions == DEFAULT_DIMENSIONS
    assert result.averages == (4.0, pytest.approx(7 / 3), 4.0, pytest.approx(13 / 3))
    assert result.sentences == (("Anne", "Gode temaer"), ("Carla", "Rart at være her"))


def test_a_damaged_evaluation_event_is_skipped_never_folded() -> None:
    meeting = Meeting(program())
    anne = meeting.person("Anne")
    for data in (
        {"block": "evaluering", "participant": anne, "scores": {"form": 7}},
        {"block": "evaluering", "participant": anne, "scores": {"form": True}},
        {"block": "evaluering", "participant": anne, "scores": "4"},
        {"block": "evaluering", "participant": anne, "scores": {}},
        {"participant": anne, "scores": {"form": 3}},
    ):
        event = Event(99, START, "evaluation_given", data)
        meeting.state.apply(event)
    assert meeting.state.referat.evaluations == {}
    assert not fits(Event(1, START, "evaluation_given", {"block": "e", "participant": "p"}))


def test_the_trend_has_attendance_for_every_meeting_and_averages_where_evaluated() -> None:
    first, second = Meeting(program()), Meeting(program(), ("Anne", "Bo", "Carla", "Dorte"))
    for name in ("Anne", "Bo"):
        first.record(EventDraft("attendance_set", {"name": name, "status": "present"}))
    for name in ("Anne", "Bo", "Carla"):
        second.record(EventDraft("attendance_set", {"name": name, "status": "present"}))
    second.record(EventDraft("attendance_set", {"name": "Dorte", "status": "afbud"}))
    second.record(second.answer("Anne", SCORES))
    second.record(second.answer("Bo", {**SCORES, "trivsel": "2"}))
    meetings = [
        GroupMeeting("b", START + timedelta(days=28), second.state),
        GroupMeeting("a", START, first.state),
    ]
    trend = group_trend(meetings)
    assert [(row.present, row.answered) for row in trend] == [(2, 0), (3, 2)]
    assert trend[0].average("trivsel") is None
    assert trend[1].average("trivsel") == 3.0
    assert trend[1].average("stemning") == 5.0
    assert trend_dimensions(trend) == list(DEFAULT_DIMENSIONS)


def test_who_answers_the_evaluation_counts_as_present_unless_marked_otherwise() -> None:
    meeting = Meeting(program())
    meeting.record(meeting.answer("Anne", SCORES))
    meeting.record(meeting.answer("Bo", SCORES))
    meeting.record(EventDraft("attendance_set", {"name": "Bo", "status": "absent"}))
    (row,) = group_trend([GroupMeeting("a", START, meeting.state)])
    assert (row.present, row.answered) == (1, 2)
