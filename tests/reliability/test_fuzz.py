"""Fuzz: mutated program files, event logs and session headers. Never a traceback: a
program either loads or its error names `file:line:col` or a key path; a session either
reads or its error names the file. 10,000 cases each in the full run (`make torture`)."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.turn_commands import add_participant
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import ProgramLoadError, load_program
from facilitator.store.session_files import EVENTS_NAME, HEADER_NAME
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS
from tests.reliability.conftest import scale

SHIPPED = sorted(PROGRAMS.glob("*.toml"))
PIECES = [
    '"',
    "'",
    "[",
    "]",
    "[[block]]",
    "=",
    "\n",
    "-1",
    "0",
    "99999999999",
    "æøå",
    "\\",
    "minutes",
    "kind",
    "id",
    "title",
    " = ",
    "true",
    "{",
    "}",
    "#",
    "\x00",
    "1.5",
    '"""',
]
CASES = settings(
    max_examples=scale(quick=300, full=10_000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LOCATED = re.compile(r":\d+:\d+: |: [a-z_]+(\[\d+\])?(\.[a-z_]+)*: ")


def mutate(text: str, edits: list[tuple[int, int, int, str]]) -> str:
    """Apply (kind, position, length, piece) edits: delete, insert, replace, duplicate a line."""
    for kind, position, length, piece in edits:
        at = position % (len(text) + 1)
        if kind == 0:
            text = text[:at] + text[at + length :]
        elif kind == 1:
            text = text[:at] + piece + text[at:]
        elif kind == 2:
            text = text[:at] + piece + text[at + length :]
        else:
            lines = text.split("\n")
            line = at % max(1, len(lines))
            lines.insert(line, lines[line] if lines else piece)
            text = "\n".join(lines)
    return text


EDITS = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.integers(0, 20_000),
        st.integers(0, 40),
        st.one_of(st.sampled_from(PIECES), st.text(max_size=6)),
    ),
    min_size=1,
    max_size=6,
)


@CASES
@given(source=st.sampled_from(SHIPPED), edits=EDITS)
def test_mutated_programs_load_or_say_where(
    source: Path, edits: list[tuple[int, int, int, str]]
) -> None:
    text = mutate(source.read_text(encoding="utf-8"), edits)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        try:
            load_program(path)
        except ProgramLoadError as error:
            report = error.format()
            assert str(path) in report
            assert LOCATED.search(report) or "UTF-8" in report or "utf-8" in report, report


def recorded_session(root: Path) -> Path:
    """A short real meeting to damage."""
    clock = FakeClock(MEETING_START)
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    session = LiveSession.create(root, program, clock, COPENHAGEN, group="Fuzz")
    session.execute(agenda.toggle_clock(session.state))
    session.record(add_participant(session.turns, "Anne", "pædagog"))
    clock.advance(300)
    session.execute(agenda.next_block(session.state))
    session.close()
    return session.folder


TEMPLATE = Path(tempfile.mkdtemp(prefix="fuzz-session-"))
ORIGINAL = recorded_session(TEMPLATE)


def read_damaged(name: str, edits: list[tuple[int, int, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / ORIGINAL.name
        shutil.copytree(ORIGINAL, folder)
        path = folder / name
        damaged = mutate(path.read_text(encoding="utf-8"), edits)
        path.write_bytes(damaged.encode("utf-8", errors="surrogatepass"))
        for tolerant in (False, True):
            try:
                read_session(folder, tolerant=tolerant)
            except StoreError as error:
                assert str(folder) in error.message, error.message
        try:
            LiveSession.open(folder, FakeClock(MEETING_START), read_only=True).close()
        except StoreError as error:
            assert str(folder) in error.message, error.message


@CASES
@given(edits=EDITS)
def test_damaged_event_logs_read_or_say_where(edits: list[tuple[int, int, int, str]]) -> None:
    read_damaged(EVENTS_NAME, edits)


@CASES
@given(edits=EDITS)
def test_damaged_session_headers_read_or_say_where(edits: list[tuple[int, int, int, str]]) -> None:
    read_damaged(HEADER_NAME, edits)
