"""A synced drive's conflict copies: named in the review, never read as the meeting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.history import list_sessions
from facilitator.store.session_reader import read_session
from facilitator.store.sync_copies import conflict_copies, copy_of
from tests.store.handover_meeting import held_meeting

COPIES = {
    "events.jsonl": (
        "events (1).jsonl",
        "events-DESKTOP-AB12.jsonl",
        "events.sync-conflict-20261201-101010-ABCDEF.jsonl",
        "events (conflicted copy 2026-12-01).jsonl",
        "events (Annes conflicted copy 2026-12-01).jsonl",
        "events (conflicted copy 2026-12-01 101010).jsonl",
    ),
    "session.toml": (
        "session (1).toml",
        "session-LAPTOP-9.toml",
        "session.sync-conflict-20261201-101010-ABCDEF.toml",
        "session (conflicted copy 2026-12-01).toml",
    ),
}
NOTES_COPIES = (
    "01-velkommen (1).md",
    "01-velkommen-DESKTOP-AB12.md",
    "01-velkommen.sync-conflict-20261201-101010-ABCDEF.md",
    "01-velkommen (conflicted copy 2026-12-01).md",
    "02-praesentationsrunde (1).md",  # a copy of a file that is not there (yet)
)
NOT_COPIES = (
    "events.jsonl",
    "events-2.jsonl",
    "events-ny.jsonl",
    "events.json",
    "referat.md",
    ".lock",
    "x.jsonl",
)


@pytest.mark.parametrize("base", sorted(COPIES))
def test_every_services_copy_is_known(base: str) -> None:
    for name in COPIES[base]:
        assert copy_of(name, base), name
    for name in NOT_COPIES:
        assert not copy_of(name, "events.jsonl"), name


def make_copies(folder: Path) -> Path:
    for names in COPIES.values():
        for name in names:
            (folder / name).write_bytes(b"{not the log\n")  # would stop any reader
    for name in NOTES_COPIES:
        (folder / "notes" / name).write_text("Kun i kopien\n", encoding="utf-8")
    (folder / "mødeplan.md").write_text("ikke en kopi\n", encoding="utf-8")
    return folder


def test_copies_are_named_with_what_to_do_and_never_read(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = held_meeting(netvaerk, clock, sessions_dir).folder
    clean = read_session(folder, tolerant=True)
    make_copies(folder)
    record = read_session(folder)  # not tolerant: a copy read as the log would raise
    assert record.state == clean.state and record.notes == clean.notes
    found = {copy.name for copy, _base in conflict_copies(folder)}
    expected = {name for names in COPIES.values() for name in names} | set(NOTES_COPIES)
    assert found == expected
    assert len(record.sync_copies) == len(expected)
    said = "\n".join(record.warnings)
    for name in expected:
        assert name in said
    assert "events-DESKTOP-AB12.jsonl er en konfliktkopi" in said
    assert "mødet læses fra events.jsonl" in said and "flyt så kopien ud af mappen" in said


def test_the_list_says_it_fresh_and_the_cache_does_not_keep_it(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = make_copies(held_meeting(netvaerk, clock, sessions_dir).folder)
    (listed,) = list_sessions(sessions_dir)
    assert any("events (1).jsonl" in warning for warning in listed.warnings)
    assert listed.summary is not None
    assert not any("konfliktkopi" in warning for warning in listed.summary.warnings)
    for path, _base in conflict_copies(folder):
        path.unlink()
    (listed,) = list_sessions(sessions_dir)  # the same cached summary, no copy left
    assert not any("konfliktkopi" in warning for warning in listed.warnings)


def test_a_copied_session_folder_is_named_but_our_own_second_folder_is_not(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = held_meeting(netvaerk, clock, sessions_dir).folder
    shutil.copytree(folder, sessions_dir / f"{folder.name} (1)")
    shutil.copytree(folder, sessions_dir / f"{folder.name}-2")
    shutil.copytree(folder, sessions_dir / f"{folder.name}-DESKTOP-AB12")
    shutil.copytree(folder, sessions_dir / f"{folder.name}-moede")  # another program's id
    warned = {item.folder.name: item.sync_copies for item in list_sessions(sessions_dir)}
    assert warned[folder.name] == () and warned[f"{folder.name}-2"] == ()
    assert warned[f"{folder.name}-moede"] == ()
    for copy in (f"{folder.name} (1)", f"{folder.name}-DESKTOP-AB12"):
        (said,) = warned[copy]
        assert "konfliktkopi af mødemappen" in said and folder.name in said
