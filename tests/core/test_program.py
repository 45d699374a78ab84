from __future__ import annotations

from typing import Any

import pytest

from facilitator.core.program import (
    BlockKind,
    Program,
    ProgramInvalid,
    program_from_data,
    program_to_data,
)


def valid_data() -> dict[str, Any]:
    return {
        "program": {"title": "Test", "total_minutes": 30, "end_by": "21:00"},
        "block": [
            {"id": "a", "title": "A", "minutes": 10},
            {"id": "b", "title": "B", "minutes": 20, "kind": "round"},
        ],
    }


def issues_of(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ProgramInvalid) as raised:
        program_from_data(data, default_id="test")
    return {issue.key_path: issue.message for issue in raised.value.issues}


def test_valid_program_has_defaults_and_planned_minutes() -> None:
    program = program_from_data(valid_data(), default_id="test")
    assert program.id == "test"
    assert program.planned_minutes == 30
    assert program.blocks[0].kind is BlockKind.PLENUM
    assert program.blocks[1].kind is BlockKind.ROUND
    assert program.end_by is not None and program.end_by.hour == 21


def test_minutes_must_be_positive_whole_numbers() -> None:
    data = valid_data()
    data["program"].pop("total_minutes")
    data["block"][1]["minutes"] = -5
    data["block"][0]["minutes"] = "ti"
    issues = issues_of(data)
    assert issues["block[2].minutes"] == "program.not_positive_int"
    assert issues["block[1].minutes"] == "program.not_positive_int"


def test_every_problem_is_reported_at_once() -> None:
    data = valid_data()
    data["program"].pop("title")
    data["block"][1]["id"] = "a"
    data["block"][1]["kind"] = "workshop"
    data["block"][0]["minuts"] = 5
    issues = issues_of(data)
    assert issues == {
        "program.title": "program.missing",
        "block[2].id": "program.duplicate_id",
        "block[2].kind": "program.unknown_kind",
        "block[1].minuts": "program.unknown_key_suggest",
    }


def test_total_must_match_the_blocks() -> None:
    data = valid_data()
    data["program"]["total_minutes"] = 45
    assert issues_of(data) == {"program.total_minutes": "program.total_mismatch"}


def test_no_blocks_and_missing_program_table() -> None:
    assert issues_of({}) == {"program": "program.missing_table", "block": "program.no_blocks"}


def test_bad_end_by_and_ids() -> None:
    data = valid_data()
    data["program"]["end_by"] = "25:99"
    data["block"][0]["id"] = "Velkommen Her"
    issues = issues_of(data)
    assert issues["program.end_by"] == "program.bad_end_by"
    assert issues["block[1].id"] == "program.bad_block_id"


def test_round_trip_through_data(netvaerk: Program) -> None:
    again = program_from_data(program_to_data(netvaerk), default_id="other")
    assert again == netvaerk


def test_speech_limits_on_program_and_block() -> None:
    data = valid_data()
    data["program"]["speech_seconds"] = 180
    data["block"][0]["speech_seconds"] = 60
    program = program_from_data(data, default_id="test")
    assert program.speech_seconds == 180 and program.blocks[0].speech_seconds == 60
    assert program.blocks[1].speech_seconds is None
    assert program_from_data(program_to_data(program), default_id="test") == program
    data["block"][1]["speech_seconds"] = 0
    data["program"]["speech_seconds"] = "3 min"
    issues = issues_of(data)
    assert issues["block[2].speech_seconds"] == "program.not_positive_int"
    assert issues["program.speech_seconds"] == "program.not_positive_int"
