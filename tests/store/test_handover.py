"""Handover between laptops through the store: folder A to a file to folder B."""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.handover import MAX_FILE_BYTES, Change, Handover, encode
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind
from facilitator.core.seats import Seat
from facilitator.core.typed_commands import parse_command_line
from facilitator.store.errors import StoreError
from facilitator.store.handover_files import (
    import_handover,
    make_handover,
    read_handover,
    write_handover,
)
from facilitator.store.history import list_sessions
from facilitator.store.imported import IMPORTED_NAME, is_imported
from facilitator.store.live_session import LiveSession
from facilitator.store.resume import resume_candidates
from facilitator.store.roster import previous_roster
from facilitator.store.session_append import append_event
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN
from tests.store.handover_meeting import (
    ACTION,
    GROUP,
    SECRET_EVENT,
    SECRET_LINE,
    add_decision,
    held_meeting,
)

SECRETS = (SECRET_EVENT.encode(), SECRET_LINE.encode())


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes (what "nothing changed" compares)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".oversigt.json"
    }


def handed_over(tmp_path: Path, program: Program, clock: FakeClock, end: bool = True) -> Path:
    """Meeting 1 in A, and its handover file."""
    held_meeting(program, clock, tmp_path / "A", end=end)
    path = tmp_path / "overdragelse.json"
    write_handover(path, make_handover(tmp_path / "A", GROUP.upper(), clock.now()))
    return path


def test_the_file_carries_the_group_and_nothing_off_the_record(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    raw = path.read_bytes()
    assert not any(secret in raw for secret in SECRETS)
    assert any(secret in b"".join(tree(tmp_path / "A").values()) for secret in SECRETS)
    data = json.loads(raw)
    assert data["group"] == GROUP and len(data["sessions"]) == 1
    assert ACTION in raw.decode("utf-8") and "carla@x.dk" in raw.decode("utf-8")
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_only_the_groups_meetings_go_along(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    LiveSession.create(tmp_path / "A", netvaerk, clock, COPENHAGEN, group="Syd").close()
    clock.advance(3600)
    path = handed_over(tmp_path, netvaerk, clock)
    assert [copy.folder for copy in read_handover(path).sessions] == [
        item.folder.name for item in list_sessions(tmp_path / "A", group=GROUP)
    ]
    assert 'group = \\"Syd' not in path.read_text(encoding="utf-8")
    assert 'group = \\"Netværk Nord' in path.read_text(encoding="utf-8")


def test_a_file_too_big_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "stor.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 10)  # sparse: costs no disk
    with pytest.raises(StoreError, match="større end 64 MB"):
        read_handover(path)


def test_a_group_without_meetings_has_no_handover(tmp_path: Path, clock: FakeClock) -> None:
    with pytest.raises(StoreError, match="ingen møder for gruppen »Syd«"):
        make_handover(tmp_path, "Syd", clock.now())


def test_an_import_brings_the_group_along_and_again_changes_nothing(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    folder_b = tmp_path / "B"
    first = import_handover(folder_b, read_handover(path), clock.now())
    assert [change for _folder, change in first.changes] == [Change.NEW] and first.wrote
    assert not any(secret in b"".join(tree(folder_b).values()) for secret in SECRETS)
    imported = folder_b / first.changes[0][0]
    record = read_session(imported)
    assert [entry.text for entry in record.state.referat.all_of(EntryKind.ACTION)] == [ACTION]
    roster = previous_roster(folder_b, GROUP)
    assert {p.name: p.email for p in roster.participants} == {
        "Anne Holm": "anne@x.dk",
        "Carla": "carla@x.dk",
    }
    assert roster.next_meeting is not None and roster.next_meeting.place == "Biblioteket"
    before = tree(folder_b)
    again = import_handover(folder_b, read_handover(path), clock.now())
    assert [change for _folder, change in again.changes] == [Change.SAME] and not again.wrote
    assert tree(folder_b) == before
    back_home = import_handover(tmp_path / "A", read_handover(path), clock.now())
    assert not back_home.wrote  # A's own meeting, off-the-record events and all, stays


def test_events_of_kinds_this_version_does_not_know_travel_as_they_are(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    """The group memory another part adds (agreements, action status, an approved
    referat) goes along with no code of its own: it is the meeting's events."""
    folder = held_meeting(netvaerk, clock, tmp_path / "A", end=False).folder
    session = LiveSession.open(folder, clock)
    added = [
        EventDraft("agreement_made", {"id": "a1", "text": "Vi holder telefonen væk"}),
        EventDraft("action_status_set", {"session": folder.name, "id": "e2", "status": "i gang"}),
        EventDraft("referat_approved", {"by": "Carla"}),
    ]
    session.record_all(added)
    session.close()
    path = tmp_path / "overdragelse.json"
    write_handover(path, make_handover(tmp_path / "A", GROUP, clock.now()))
    import_handover(tmp_path / "B", read_handover(path), clock.now())
    lines = (tmp_path / "B" / folder.name / "events.jsonl").read_text(encoding="utf-8")
    carried = [json.loads(line) for line in lines.splitlines()]
    assert [(e["type"], e["data"]) for e in carried[-3:]] == [(d.type, dict(d.data)) for d in added]


def test_an_imported_meeting_is_resumed_by_nothing(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock, end=False)  # never ended on laptop A
    assert [c.state.name for c in resume_candidates(tmp_path / "A")] == ["RUNNING"]
    folder_b = tmp_path / "B"
    import_handover(folder_b, read_handover(path), clock.now())
    (imported,) = [item.folder for item in list_sessions(folder_b)]
    assert is_imported(imported) and resume_candidates(folder_b) == []
    for seat in (Seat.CHAIR, Seat.REFERENT):
        with pytest.raises(StoreError, match="hentet fra en anden computer"):
            LiveSession.open(imported, clock, seat=seat)
    display = LiveSession.open(imported, clock, seat=Seat.DISPLAY)
    assert display.read_only
    display.close()


def test_a_newer_handover_updates_a_meeting_that_went_on(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock, end=False)
    folder_b = tmp_path / "B"
    import_handover(folder_b, read_handover(path), clock.now())
    (original,) = [item.folder for item in list_sessions(tmp_path / "A")]
    clock.advance(60)
    session = LiveSession.open(original, clock)
    add_decision(session, "Kaffe hver gang", "e9")
    session.close()
    newer = tmp_path / "nyere.json"
    write_handover(newer, make_handover(tmp_path / "A", GROUP, clock.now()))
    result = import_handover(folder_b, read_handover(newer), clock.now())
    assert [change for _folder, change in result.changes] == [Change.GROWN]
    record = read_session(folder_b / original.name)
    assert "Kaffe hver gang" in [e.text for e in record.state.referat.all_of(EntryKind.DECISION)]
    older = import_handover(folder_b, read_handover(path), clock.now())
    assert [change for _folder, change in older.changes] == [Change.OLDER] and not older.wrote


def test_a_conflict_is_named_and_nothing_of_the_file_is_written(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock, end=False)
    folder_b = tmp_path / "B"
    import_handover(folder_b, read_handover(path), clock.now())
    (name,) = [item.folder.name for item in list_sessions(folder_b)]
    clock.advance(60)
    drafts = parse_command_line("/beslutning Skrevet på B", "velkommen", clock.now().date())
    assert isinstance(drafts, list)
    append_event(folder_b / name, drafts[0], clock)  # as the review on laptop B does
    session = LiveSession.open(tmp_path / "A" / name, clock)
    add_decision(session, "Skrevet på A", "a1")
    session.close()
    held_meeting(netvaerk, clock, tmp_path / "A")  # a second, new meeting in the same file
    newer = tmp_path / "nyere.json"
    write_handover(newer, make_handover(tmp_path / "A", GROUP, clock.now()))
    before = tree(folder_b)
    result = import_handover(folder_b, read_handover(newer), clock.now())
    assert result.named(Change.CONFLICT) == [name] and len(result.named(Change.NEW)) == 1
    assert not result.wrote and tree(folder_b) == before


def reseal(path: Path, folder: str = "", header: str = "") -> None:
    """The file with one session changed and a correct checksum (a tool that knows it)."""
    decoded = read_handover(path)
    first = decoded.sessions[0]
    changed = replace(first, folder=folder or first.folder, header=header or first.header)
    path.write_bytes(encode(Handover(decoded.group, decoded.made, (changed,))))


def test_a_session_that_does_not_read_back_refuses_the_whole_import(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    reseal(path, header="[session]\nid = 'x'\n[program]\ntitle = 3\n")
    folder_b = tmp_path / "B"
    with pytest.raises(StoreError, match="kan ikke læses") as caught:
        import_handover(folder_b, read_handover(path), clock.now())
    assert str(tmp_path) not in caught.value.message  # the meeting's name, not our staging
    assert tree(folder_b) == {} and list(folder_b.iterdir()) == []


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda raw: raw[: len(raw) // 2], "ikke læses som JSON"),
        (lambda raw: raw.replace(b"Carla", b"Karla"), "kontrolsummen passer ikke"),
        (lambda raw: raw.replace(b"facilitator-overdragelse", b"noget-andet"), "mærket"),
        (lambda raw: b"PK\x03\x04" + raw, "ikke læses som JSON"),
    ],
)
def test_a_damaged_file_is_refused_in_danish_and_nothing_changes(
    tmp_path: Path, netvaerk: Program, clock: FakeClock, damage: object, reason: str
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(StoreError, match=reason) as caught:
        read_handover(path)
    assert str(path) in caught.value.message and "Intet er ændret" in caught.value.message


def test_an_unsafe_name_written_by_hand_is_refused(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    good = path.read_bytes()
    for folder in ("../x", "nul", "..\\x"):
        path.write_bytes(good)
        reseal(path, folder=folder)
        with pytest.raises(StoreError, match="kan ikke bruges som mappe"):
            read_handover(path)
    assert not (tmp_path / "x").exists()


def test_a_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="findes"):
        read_handover(tmp_path / "mangler.json")


def test_the_mark_says_imported(tmp_path: Path, netvaerk: Program, clock: FakeClock) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    import_handover(tmp_path / "B", read_handover(path), clock.now())
    (folder,) = [item.folder for item in list_sessions(tmp_path / "B")]
    mark = json.loads((folder / IMPORTED_NAME).read_text())
    assert mark["digest"] == read_handover(path).sessions[0].digest
    assert not (tmp_path / "B" / ".import-").exists()
    assert [p.name for p in (tmp_path / "B").iterdir() if p.name.startswith(".import")] == []


def test_a_staging_folder_left_by_a_dead_import_is_removed(
    tmp_path: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = handed_over(tmp_path, netvaerk, clock)
    folder_b = tmp_path / "B"
    for name, age in ((".import-99999-1", 2 * 3600), (".import-99999-2", 60)):
        (folder_b / name / "x").mkdir(parents=True)
        moment = clock.now().timestamp() - age
        os.utime(folder_b / name, (moment, moment))
    import_handover(folder_b, read_handover(path), clock.now())
    left = sorted(p.name for p in folder_b.iterdir() if p.name.startswith(".import"))
    assert left == [".import-99999-2"]  # a young one may be another import's, running now
