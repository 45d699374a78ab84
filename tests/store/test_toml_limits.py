"""Program files and `session.toml`: a BOM is accepted, nesting and values have limits,
and tomllib's English is said in Danish with file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import ProgramLoadError, load_program
from facilitator.store.session_files import HEADER_NAME, read_header
from facilitator.store.toml_reading import MAX_NESTING, danish_toml_message
from tests.conftest import COPENHAGEN, PROGRAMS

SOURCE = (PROGRAMS / "netvaerk-foerste-moede.toml").read_text(encoding="utf-8")


def written(tmp_path: Path, text: str, name: str = "mit.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def report(path: Path) -> str:
    with pytest.raises(ProgramLoadError) as failure:
        load_program(path)
    text = failure.value.format()
    assert "Traceback" not in text
    return text


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_a_bom_from_notepad_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "netvaerk-foerste-moede.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SOURCE.encode("utf-8"))
    assert load_program(path) == load_program(PROGRAMS / "netvaerk-foerste-moede.toml")


def test_a_bom_in_session_toml_is_accepted(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.close()
    header = session.folder / HEADER_NAME
    header.write_bytes(b"\xef\xbb\xbf" + header.read_bytes())
    assert read_header(session.folder)[1] == netvaerk


@pytest.mark.parametrize("opening", ["[", "{a = "])
def test_500_deep_nesting_names_file_line_and_column(tmp_path: Path, opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    deep = "x = " + opening * 500 + "1" * (opening == "{a = ") + closing * 500
    text = SOURCE.replace("[[block]]", deep + "\n[[block]]", 1)
    path = written(tmp_path, text)
    found = report(path)
    line = line_of(text, "x = ")
    column = 4 + MAX_NESTING * len(opening) + 1
    assert f"{path}:{line}:{column}: ugyldig TOML: " in found
    assert "lag inde i hinanden" in found


def test_deep_nesting_in_session_toml_is_a_store_error_with_its_line(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.close()
    header = session.folder / HEADER_NAME
    header.write_text(header.read_text() + "\nx = " + "[" * 600 + "]" * 600 + "\n")
    line = len(header.read_text().splitlines())
    with pytest.raises(StoreError) as failure:
        read_header(session.folder)
    assert f"{header}:{line}:" in failure.value.message


PROMPTS = 'prompts = ["Er der spørgsmål til dagsordenen?", "Vil én af jer skrive referat i dag?"]'
PAUSE_GUIDE = 'guide = "Sig tydeligt, hvornår I går i gang igen, før alle rejser sig."'


@pytest.mark.parametrize(
    ("find", "replace", "key_path", "words"),
    [
        (
            "minutes = 15",
            "minutes = 15\nspeech_seconds = 100000000000000000000",
            "block[1].speech_seconds",
            "højst være 3600 sekunder (1 time); der står 10000000000",
        ),
        ("minutes = 15", "minutes = 1441", "block[1].minutes", "højst være 1440 minutter"),
        ("minutes = 15", "minutes = 15\ngroup_size = 101", "block[1].group_size", "højst være 100"),
        ('title = "Velkommen"', f'title = "{"V" * 301}"', "block[1].title", "højst være 300 tegn"),
        (PAUSE_GUIDE, f'guide = "{"g" * 10_001}"', "block[3].guide", "højst være 10000 tegn"),
        (PROMPTS, "prompts = [" + '"?", ' * 51 + "]", "block[1].prompts", "højst have 50 punkter"),
        (
            "minutes = 15",
            f'minutes = 15\ntips = ["{"t" * 1001}"]',
            "block[1].tips",
            "højst være 1000 tegn",
        ),
    ],
)
def test_limits_name_file_line_and_key(
    tmp_path: Path, find: str, replace: str, key_path: str, words: str
) -> None:
    assert find in SOURCE
    text = SOURCE.replace(find, replace, 1)
    path = written(tmp_path, text)
    found = report(path)
    key = key_path.split(".")[-1]
    line = line_of(text, replace.split("\n")[-1][:40])
    assert f"{path}:{line}:1: {key_path}: " in found, found
    assert f"»{key}«" in found and words in found


def test_a_program_longer_than_a_day_is_refused(tmp_path: Path) -> None:
    text = SOURCE.replace("minutes = 45", "minutes = 1400", 1)
    found = report(written(tmp_path, text))
    assert "tilsammen 1515 minutter" in found and "24 timer" in found


def test_a_program_count_limit_for_items(tmp_path: Path) -> None:
    blocks = "".join(f'\n[[block]]\nid = "p{n}"\ntitle = "P"\nminutes = 1\n' for n in range(101))
    found = report(written(tmp_path, '[program]\ntitle = "Mange"\n' + blocks))
    assert "højst have 100 punkter" in found


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = written(tmp_path, SOURCE + "#" * 1_100_000)
    assert "1000 KB" in report(path)


@pytest.mark.parametrize(
    ("broken", "danish"),
    [
        ("[[block]", "der mangler »]]« i slutningen af overskriften"),
        ("[ekstra", "der mangler »]« i slutningen af tabeloverskriften"),
        ("= 5", "linjen er hverken »nøgle = værdi« eller en overskrift"),
        ("hej", "der mangler »=« efter nøglen"),
        ('materials = ["a", "b" "c"]', "en liste er ikke lukket med »]«"),
        ('id = "velkommen"\nid = "igen"', "en værdi er givet to gange"),
        ("[program]", "»program« er skrevet to gange"),
        ('title = "uden slut', "ugyldigt tegn U+000A"),
        ("x = '\x01'", "ugyldigt tegn U+0001"),
        ("x = 1 y = 2", "efter en værdi skal linjen slutte"),
    ],
)
def test_tomllib_errors_are_said_in_danish_with_their_place(
    tmp_path: Path, broken: str, danish: str
) -> None:
    text = SOURCE.replace("[[block]]", broken + "\n[[block]]", 1)
    path = written(tmp_path, text)
    found = report(path)
    assert found.startswith(f"{path}:"), found
    assert danish in found, found
    assert "Expected" not in found and "Invalid" not in found and "Cannot" not in found


def test_an_unknown_tomllib_message_is_given_in_parentheses() -> None:
    said = danish_toml_message("Something new went wrong (at line 3, column 4)")
    assert said == "ugyldig TOML (Something new went wrong)"


def test_a_string_left_open_at_the_end_says_so(tmp_path: Path) -> None:
    path = written(tmp_path, SOURCE + '\nx = "uden slut')
    found = report(path)
    assert f"{path}:{len(SOURCE.splitlines()) + 2}:" in found
    assert "en tekst er ikke afsluttet med anførselstegn" in found
