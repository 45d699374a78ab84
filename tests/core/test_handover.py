"""The handover document: what leaves the meeting, every refusal, and what an import does."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from facilitator.core.events import Event, Refusal
from facilitator.core.handover import (
    FORMAT_MARKER,
    MAX_FILE_BYTES,
    Change,
    Handover,
    SessionCopy,
    change_for,
    decode,
    document,
    encode,
    sha256_of,
    shareable,
    strip_off_record,
)

AT = "2026-12-01T18:00:00.000000Z"


def event(seq: int, kind: str = "decision_added", **data: Any) -> dict[str, Any]:
    return {"seq": seq, "at": AT, "type": kind, "data": data}


def copy(
    folder: str = "2026-12-01_1900_netvaerk", events: int = 2, notes: dict[str, str] | None = None
) -> SessionCopy:
    return SessionCopy(
        folder,
        '[session]\nid = "x"\n',
        tuple(event(n, text=f"b{n}") for n in range(1, events + 1)),
        tuple(sorted((notes or {}).items())),
    )


def handover(*copies: SessionCopy) -> Handover:
    return Handover("Netværk Nord", AT, copies or (copy(),))


def resealed(data: dict[str, Any]) -> bytes:
    """A document changed by hand and given a fresh checksum: only the content is wrong."""
    body = {key: value for key, value in data.items() if key != "checksum"}
    return json.dumps({**body, "checksum": sha256_of(body)}).encode("utf-8")


def refusal(raw: bytes) -> Refusal:
    result = decode(raw)
    assert isinstance(result, Refusal), result
    return result


def test_a_handover_reads_back_as_written() -> None:
    written = handover(copy(notes={"01-velkommen.md": "Anne bød velkommen.\n"}))
    assert decode(encode(written)) == written
    assert document(written)["format"] == FORMAT_MARKER


def test_off_the_record_events_and_lines_never_leave() -> None:
    at = datetime(2026, 12, 1, 18, tzinfo=UTC)
    events = [
        Event(1, at, "decision_added", {"text": "Åben"}),
        Event(2, at, "off_the_record", {"text": "HEMMELIGT"}),
    ]
    assert [e["type"] for e in shareable(events)] == ["decision_added"]
    text = "Før\n/fortroligt HEMMELIGT\n  /FORTROLIGT igen\nEfter /fortroligt i midten\n"
    assert strip_off_record(text) == "Før\nEfter /fortroligt i midten\n"


def test_a_fortroligt_line_in_a_file_is_taken_out_on_import() -> None:
    written = handover(copy(notes={"01-velkommen.md": "Åben\n/fortroligt HEMMELIGT\n"}))
    decoded = decode(encode(written))
    assert isinstance(decoded, Handover)
    assert decoded.sessions[0].notes == (("01-velkommen.md", "Åben\n"),)


def test_too_big_is_refused_before_it_is_read() -> None:
    assert refusal(b" " * (MAX_FILE_BYTES + 1)).message == "handover.too_big"


@pytest.mark.parametrize("raw", [b"not json", b"\xff\xfe", b"[" * 100_000, b""])
def test_not_json_is_refused(raw: bytes) -> None:
    assert refusal(raw).message == "handover.not_json"


@pytest.mark.parametrize("raw", [b"[]", b'{"format": "something-else"}', b"{}"])
def test_a_foreign_file_is_refused(raw: bytes) -> None:
    assert refusal(raw).message == "handover.wrong_marker"


def test_a_newer_format_is_refused() -> None:
    data = document(handover())
    data["version"] = 2
    assert refusal(resealed(data)).message == "handover.wrong_version"


def test_a_changed_byte_breaks_the_checksum() -> None:
    raw = encode(handover())
    assert refusal(raw.replace(b"b1", b"b9")).message == "handover.bad_checksum"
    data = json.loads(raw)
    del data["checksum"]
    assert refusal(json.dumps(data).encode()).message == "handover.bad_checksum"


@pytest.mark.parametrize(
    "folder",
    ["../x", "..", "a/../../b", "a\\b", "/etc", ".hidden", "con", "CON.md", "lpt1", "nul.x",
     "com3", "a.", "a ", "", "x" * 200, "a:b", "møde"],
)  # fmt: skip
def test_unsafe_folder_names_are_refused(folder: str) -> None:
    data = document(handover())
    data["sessions"][0]["folder"] = folder
    result = refusal(resealed(data))
    assert result.message == "handover.unsafe_name"


@pytest.mark.parametrize(
    "name", ["../01-x.md", "01-x.md/../../y", "con.md", "01-X.md", "x.md", "01-x.txt", "01-.md"]
)
def test_unsafe_notes_names_are_refused(name: str) -> None:
    data = document(handover())
    data["sessions"][0]["notes"] = {name: "tekst"}
    assert refusal(resealed(data)).message == "handover.unsafe_name"


@pytest.mark.parametrize(
    "bad",
    [{"seq": 0, "at": AT, "type": "x"}, {"seq": 1, "at": "i går", "type": "x"}, "line", {}],
)
def test_an_event_that_is_no_event_is_refused(bad: Any) -> None:
    data = document(handover())
    data["sessions"][0]["events"].append(bad)
    result = refusal(resealed(data))
    assert result.message == "handover.bad_event" and result.params["number"] == 3


def test_an_off_the_record_event_inside_is_refused() -> None:
    data = document(handover())
    data["sessions"][0]["events"].append(event(3, "off_the_record", text="HEMMELIGT"))
    assert refusal(resealed(data)).message == "handover.off_record_inside"


@pytest.mark.parametrize(
    ("field", "value"),
    [("sessions", {}), ("group", 3), ("made", None)],
)
def test_a_document_of_the_wrong_shape_is_refused(field: str, value: Any) -> None:
    data = document(handover())
    data[field] = value
    assert refusal(resealed(data)).message == "handover.bad_shape"


def test_a_session_of_the_wrong_shape_is_refused() -> None:
    for broken in ("text", {"folder": "a", "session_toml": 1, "events": []}):
        data = document(handover())
        data["sessions"][0] = broken
        assert refusal(resealed(data)).message in ("handover.bad_shape", "handover.unsafe_name")
    data = document(handover())
    data["sessions"][0]["notes"] = {"01-a.md": 7}
    assert refusal(resealed(data)).message == "handover.bad_shape"


def test_the_same_meeting_twice_is_refused() -> None:
    same = handover(copy("2026-12-01_1900_a"), copy("2026-12-01_1900_A"))
    assert refusal(encode(same)).message == "handover.duplicate"


def test_what_an_import_does() -> None:
    two, three = copy(events=2), copy(events=3)
    assert change_for(two, None, None) is Change.NEW
    assert change_for(two, two, two.digest) is Change.SAME
    assert change_for(two, two, None) is Change.SAME  # our own meeting, come back
    assert change_for(three, two, two.digest) is Change.GROWN
    assert change_for(two, three, three.digest) is Change.OLDER
    assert change_for(two, three, None) is Change.OLDER


def test_a_meeting_changed_on_both_sides_is_a_conflict() -> None:
    ours = copy(events=2)
    theirs = SessionCopy(ours.folder, ours.header, (ours.events[0], event(2, text="anden")))
    assert change_for(theirs, ours, ours.digest) is Change.CONFLICT
    assert change_for(theirs, ours, None) is Change.CONFLICT


def test_a_copy_changed_here_since_the_import_is_not_written_over() -> None:
    imported = copy(events=2)
    changed_here = copy(events=2, notes={"01-a.md": "rettet her"})
    grown_there = copy(events=3)
    assert change_for(grown_there, changed_here, imported.digest) is Change.CONFLICT
    assert change_for(grown_there, imported, "") is Change.CONFLICT  # an unreadable mark


def test_a_meeting_held_here_is_never_written_over() -> None:
    held_here = copy(events=2)
    assert change_for(copy(events=3), held_here, None) is Change.CONFLICT
    notes_elsewhere = copy(events=2, notes={"01-a.md": "andet"})
    assert change_for(notes_elsewhere, held_here, None) is Change.OLDER


def test_notes_that_moved_on_there_are_taken() -> None:
    imported = copy(events=2)
    assert change_for(copy(events=2, notes={"01-a.md": "mere"}), imported, imported.digest) is (
        Change.GROWN
    )
