from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.program_files import (
    ProgramLoadError,
    discover_programs,
    find_program,
    load_program,
    locate_key_path,
)
from tests.conftest import PROGRAMS

GOOD = """\
[program]
title = "Prøve"
total_minutes = 30

[[block]]
id = "a"
title = "A"
minutes = 10

[[block]]
id = "b"
title = "B"
minutes = 20
"""


def write(tmp_path: Path, text: str, name: str = "proeve.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(PROGRAMS.glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_program_loads(path: Path) -> None:
    program = load_program(path)
    assert program.id == path.stem
    assert program.total_minutes == program.planned_minutes


def test_the_seed_programs_are_all_there() -> None:
    ids = {entry.program_id for entry in discover_programs([PROGRAMS])}
    assert {
        "erfaringsgruppe-1",
        "netvaerk-foerste-moede",
        "netvaerk-andet-moede",
        "netvaerk-kommende-moeder",
        "tvaerorganisatorisk-samarbejde",
        "samdrift-resultatmoede",
        "videns-og-praksisdeling",
    } <= ids


def test_netvaerk_first_meeting_matches_the_seed() -> None:
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    assert [(b.title, b.minutes, b.kind.value) for b in program.blocks] == [
        ("Velkommen", 15, "plenum"),
        ("Præsentationsrunde", 45, "round"),
        ("Pause", 20, "pause"),
        ("Netværksønsker", 40, "groups"),
        ("Beslutning om netværk", 20, "decision"),
        ("Fremtidige møder", 20, "plenum"),
    ]
    assert program.end_by is not None and program.end_by.hour == 21
    assert program.blocks[3].group_size == 3


def test_invalid_toml_names_file_line_column_and_shows_a_caret(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('title = "A"', 'title "A"'))
    with pytest.raises(ProgramLoadError) as raised:
        load_program(path)
    report = raised.value.format()
    assert f"{path}:7:7: ugyldig TOML" in report
    assert '    title "A"\n          ^' in report
    assert "facilitator check" in report


def test_semantic_error_names_key_path_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("minutes = 20", "minutes = -20"))
    with pytest.raises(ProgramLoadError) as raised:
        load_program(path)
    first = raised.value.format().splitlines()[0]
    assert first.startswith(f"{path}:13:1: block[2].minutes: ")
    assert "helt tal større end 0" in first


def test_total_mismatch_and_duplicate_id_are_both_reported(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('id = "b"', 'id = "a"').replace("= 30", "= 35"))
    with pytest.raises(ProgramLoadError) as raised:
        load_program(path)
    report = raised.value.format()
    assert "block[2].id: id »a« er allerede brugt af block[1]" in report
    assert f"{path}:3:1: program.total_minutes" in report


def test_missing_key_points_at_its_table(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('title = "B"\n', ""))
    with pytest.raises(ProgramLoadError) as raised:
        load_program(path)
    assert f"{path}:10:1: block[2].title: mangler »title«" in raised.value.format()


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Prøve", "Pr\xf8ve").encode("latin-1"))
    with pytest.raises(ProgramLoadError, match="problem"):
        load_program(path)
    with pytest.raises(ProgramLoadError) as raised:
        load_program(tmp_path / "findes-ikke.toml")
    report = raised.value.format()
    assert "findes-ikke.toml: filen findes ikke" in report
    # No advice to fix a file that is not there: where the programs are listed instead.
    assert "Ret filen" not in report and "»facilitator programs«" in report
    with pytest.raises(ProgramLoadError) as raised:
        load_program(path)
    assert "Ret filen og kør »facilitator check" in raised.value.format()


def test_locate_key_path_handles_blocks_and_header() -> None:
    assert locate_key_path(GOOD, "program.title") == (2, 1)
    assert locate_key_path(GOOD, "block[2].minutes") == (13, 1)
    assert locate_key_path(GOOD, "block[2]") == (10, 1)
    assert locate_key_path(GOOD, "block[9].minutes") is None


def test_find_program_by_id_or_path_and_unknown(tmp_path: Path) -> None:
    assert find_program("erfaringsgruppe-1", [PROGRAMS]).title.startswith("Erfaringsgruppe 1")
    assert find_program(str(PROGRAMS / "erfaringsgruppe-1.toml"), []).id == "erfaringsgruppe-1"
    with pytest.raises(ProgramLoadError) as raised:
        find_program("ukendt", [PROGRAMS])
    assert "netvaerk-foerste-moede" in raised.value.format()


def test_discover_lists_broken_files_with_their_error(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "god.toml")
    write(tmp_path, "[program\n", "daarlig.toml")
    entries = {entry.path.name: entry for entry in discover_programs([tmp_path])}
    assert entries["god.toml"].program is not None
    assert entries["daarlig.toml"].program is None and entries["daarlig.toml"].error is not None
