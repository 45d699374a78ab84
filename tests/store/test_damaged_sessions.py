"""A damaged session still opens, and says what is damaged; nothing is written before it
is known to open; nothing is read or written through a symlink; folders are 0700
whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.export.referat import render_referat
from facilitator.store import live_session
from facilitator.store.errors import StoreError
from facilitator.store.files import ensure_private_folder
from facilitator.store.history import CACHE_NAME, list_sessions
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import notes_path, save_note
from facilitator.store.notes_buffer import NotesBuffer
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN


@pytest.fixture
def folder(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    """A meeting with notes for the first two items, closed."""
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Nord")
    session.execute(agenda.toggle_clock(session.state))
    decision = {"id": "d1", "block": "velkommen", "text": "Vi mødes igen"}
    session.record(EventDraft(ReferatEvent.DECISION_ADDED, decision))
    session.close()
    save_note(session.folder, netvaerk, "velkommen", "Første punkt\n")
    save_note(session.folder, netvaerk, "praesentationsrunde", "Andet punkt\n")
    return session.folder


def log_bytes(folder: Path) -> bytes:
    return (folder / EVENTS_NAME).read_bytes()


def test_a_notes_file_that_is_not_utf8_is_named_and_never_written_over(
    folder: Path, netvaerk: Program, clock: FakeClock
) -> None:
    damaged = notes_path(folder, netvaerk, "praesentationsrunde")
    damaged.write_bytes(b"Linje et\nLinje \xff\xfe to\n")
    record = read_session(folder)
    assert record.notes == {"velkommen": "Første punkt\n"}
    assert any(f"{damaged}:2" in w and "UTF-8" in w for w in record.warnings), record.warnings

    session = LiveSession.open(folder, clock)  # resume opens the rest of the meeting
    try:
        assert any(str(damaged) in w for w in session.warnings)
        buffer = NotesBuffer(folder, session.program)
        assert buffer.text("velkommen") == "Første punkt\n"
        assert "praesentationsrunde" in buffer.damaged
        buffer.set_text("velkommen", "Første punkt, rettet\n", clock.now())
        buffer.set_text("praesentationsrunde", "Nyt\n", clock.now())
        with pytest.raises(StoreError) as failure:
            buffer.save(clock.now())
        assert str(damaged) in failure.value.message
        # The other block was saved anyway; the damaged file is as it was; the typed
        # text is still there.
        assert notes_path(folder, netvaerk, "velkommen").read_text() == "Første punkt, rettet\n"
        assert damaged.read_bytes() == b"Linje et\nLinje \xff\xfe to\n"
        assert buffer.text("praesentationsrunde") == "Nyt\n" and buffer.unsaved
        # Moved away, the block saves.
        damaged.rename(folder / "gemt.md")
        buffer.save(clock.now())
        assert damaged.read_text() == "Nyt\n"
    finally:
        session.close()


def test_a_folder_where_a_notes_file_belongs_is_named(
    folder: Path, netvaerk: Program, clock: FakeClock
) -> None:
    path = notes_path(folder, netvaerk, "velkommen")
    path.unlink()
    path.mkdir()
    record = read_session(folder)
    assert any(str(path) in w for w in record.warnings)
    assert record.notes == {"praesentationsrunde": "Andet punkt\n"}
    LiveSession.open(folder, clock).close()


def test_notes_as_a_file_keeps_the_meeting_open_and_saves_refused(
    folder: Path, netvaerk: Program, clock: FakeClock
) -> None:
    notes = folder / "notes"
    for child in notes.iterdir():
        child.unlink()
    notes.rmdir()
    notes.write_text("ikke en mappe")
    record = read_session(folder)
    assert record.notes == {}
    assert any(str(notes) in w and "ikke en mappe" in w for w in record.warnings)
    session = LiveSession.open(folder, clock)
    try:
        buffer = NotesBuffer(folder, session.program)
        buffer.set_text("velkommen", "Tekst\n", clock.now())
        with pytest.raises(StoreError):
            buffer.save(clock.now())
        assert notes.read_text() == "ikke en mappe"
        assert buffer.text("velkommen") == "Tekst\n"
    finally:
        session.close()


def test_nothing_is_appended_when_the_session_does_not_open(
    folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = log_bytes(folder)

    def fails(*_args: object) -> object:
        raise StoreError("kan ikke læses")

    monkeypatch.setattr(live_session, "read_notes", fails)
    with pytest.raises(StoreError):
        LiveSession.open(folder, clock)
    assert log_bytes(folder) == before  # the notes are read before session_opened


def test_a_damaged_header_appends_nothing(folder: Path, clock: FakeClock) -> None:
    before = log_bytes(folder)
    header = folder / HEADER_NAME
    header.write_text(header.read_text().replace("[[block]]", "[[block]\n", 1))
    with pytest.raises(StoreError) as failure:
        LiveSession.open(folder, clock)
    assert f"{header}:" in failure.value.message
    assert log_bytes(folder) == before


def test_session_toml_fields_of_the_wrong_type_are_named_and_left_out(
    folder: Path, clock: FakeClock
) -> None:
    header = folder / HEADER_NAME
    text = header.read_text()
    text = text.replace('group = "Nord"', "group = 5").replace('place = ""', 'place = ["x"]')
    text = text.replace("[session]\n", '[session]\ncolleagues = "anne"\n', 1)
    text += '\n[[participant]]\nid = "anne"\nname = "Anne"\n'
    text += '\n[[participant]]\nid = "bo"\nname = "Bo"\nemail = [1]\n'
    header.write_text(text)
    lines = text.splitlines()
    record = read_session(folder)
    assert record.header.group == "" and record.header.place == ""
    assert [p.name for p in record.header.roster] == ["Anne"]
    for key, written in (("session.group", "group = 5"), ("participant[2]", 'id = "bo"')):
        line = lines.index(written) + 1 if key != "participant[2]" else None
        said = [w for w in record.warnings if f"»{key}«" in w]
        assert said, (key, record.warnings)
        if line is not None:
            assert f"{header}:{line}:" in said[0]
    assert any("»session.colleagues«" in w for w in record.warnings)
    session = LiveSession.open(folder, clock)
    try:
        assert session.warnings[: len(record.header.warnings)] == record.header.warnings
    finally:
        session.close()


def test_a_created_of_the_wrong_type_names_its_line(folder: Path, clock: FakeClock) -> None:
    header = folder / HEADER_NAME
    lines = header.read_text().splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("created = "))
    lines[number - 1] = "created = 2026"
    header.write_text("\n".join(lines) + "\n")
    before = log_bytes(folder)
    with pytest.raises(StoreError) as failure:
        LiveSession.open(folder, clock)
    assert f"{header}:{number}" in failure.value.message and "»created«" in failure.value.message
    assert log_bytes(folder) == before


def test_a_summary_cache_nested_too_deep_is_rebuilt(folder: Path) -> None:
    cache = folder.parent / CACHE_NAME
    cache.write_text("[" * 100_000 + "]" * 100_000)
    assert [item.folder for item in list_sessions(folder.parent)] == [folder]


# ----------------------------------------------------------------- symlinks


def test_an_events_symlink_is_refused_and_the_file_outside_untouched(
    folder: Path, clock: FakeClock, tmp_path: Path
) -> None:
    outside = tmp_path / "udenfor.jsonl"
    log = folder / EVENTS_NAME
    outside.write_bytes(log.read_bytes())
    log.unlink()
    log.symlink_to(outside)
    before = outside.read_bytes()
    for open_it in (lambda: read_session(folder), lambda: LiveSession.open(folder, clock)):
        with pytest.raises(StoreError) as failure:
            open_it()
        assert str(log) in failure.value.message and "symbolsk link" in failure.value.message
    assert outside.read_bytes() == before


def test_a_notes_symlink_to_a_file_outside_is_not_followed_into_the_export(
    folder: Path, netvaerk: Program, clock: FakeClock, tmp_path: Path
) -> None:
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("Kodeord: hemmeligt\n")
    path = notes_path(folder, netvaerk, "velkommen")
    path.unlink()
    path.symlink_to(secret)
    record = read_session(folder)
    assert any(str(path) in w and "symbolsk link" in w for w in record.warnings)
    for fmt in ("md", "html"):
        assert "hemmeligt" not in render_referat(record, fmt, COPENHAGEN)
    assert list_sessions(folder.parent, search="hemmeligt") == []  # nor searched
    assert [item.folder for item in list_sessions(folder.parent, search="Andet punkt")] == [folder]
    session = LiveSession.open(folder, clock)
    try:
        buffer = NotesBuffer(folder, session.program)
        assert buffer.text("velkommen") == ""
        buffer.set_text("velkommen", "Ny tekst\n", clock.now())
        with pytest.raises(StoreError):
            buffer.save(clock.now())
    finally:
        session.close()
    assert secret.read_text() == "Kodeord: hemmeligt\n"
    assert path.is_symlink()


def test_a_notes_folder_symlink_is_not_written_through(
    folder: Path, netvaerk: Program, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "andetsted"
    (folder / "notes").rename(elsewhere)
    (folder / "notes").symlink_to(elsewhere)
    record = read_session(folder)
    assert record.notes == {}
    assert any("symbolsk link" in w for w in record.warnings)
    with pytest.raises(StoreError):
        save_note(folder, netvaerk, "velkommen", "Ud af mappen?\n")
    assert (elsewhere / "01-velkommen.md").read_text() == "Første punkt\n"


@pytest.mark.parametrize("name", [HEADER_NAME, ".lock"])
def test_a_header_or_lock_symlink_is_refused(
    folder: Path, clock: FakeClock, tmp_path: Path, name: str
) -> None:
    outside = tmp_path / "udenfor"
    path = folder / name
    if path.exists():
        outside.write_bytes(path.read_bytes())
        path.unlink()
    path.symlink_to(outside)
    before = log_bytes(folder)
    with pytest.raises(StoreError) as failure:
        LiveSession.open(folder, clock)
    assert str(path) in failure.value.message
    assert log_bytes(folder) == before


# ----------------------------------------------------------------- modes


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_every_folder_made_is_private_under_umask_000(
    netvaerk: Program, clock: FakeClock, tmp_path: Path
) -> None:
    sessions_dir = tmp_path / "a" / "b" / "sessions"
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    save_note(session.folder, netvaerk, "velkommen", "Tekst\n")
    session.close()
    for made in (tmp_path / "a", tmp_path / "a" / "b", sessions_dir, session.folder):
        assert mode(made) == 0o700, made
    assert mode(session.folder / "notes") == 0o700
    for path in session.folder.rglob("*"):
        if path.is_file():
            assert mode(path) == 0o600, path
    existing = tmp_path / "delt"
    existing.mkdir(mode=0o755)
    ensure_private_folder(existing / "x" / "y")
    assert mode(existing / "x") == mode(existing / "x" / "y") == 0o700
    assert mode(existing) == 0o755  # a folder that was there is not ours to change
