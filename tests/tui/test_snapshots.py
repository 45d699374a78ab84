"""Snapshots of each screen at 80x24 and a wide size, with a fake clock (19.00 Copenhagen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.groups import split_into_groups
from facilitator.core.program import Program
from facilitator.core.rounds import next_in_round
from facilitator.core.seats import Seat
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN
from tests.tui.conftest import app_for, run_screen

SIZES = [(80, 24), (160, 45)]
NAMES = [
    "Anne",
    "Bo",
    "Carla",
    "Dorte",
    "Erik",
    "Frida",
    "Gustav",
    "Hanne",
    "Ib",
    "Jette",
    "Karl",
    "Lise",
    "Mads",
    "Nora",
    "Ole",
]


def started_with_people(
    program: Program, clock: FakeClock, sessions_dir: Path, people: list[tuple[str, str]]
) -> LiveSession:
    """A running session with participants (name, faglighed) added in seat order."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    for name, field in people:
        session.record(add_participant(session.turns, name, field))
    session.execute(agenda.toggle_clock(session.state))
    return session


ROUND_NOTES = (
    "Anne: handicaphjælper i 6 år, to børn i eget hjem.\n"
    "Bo: ny i faget, savner sparring om ergonomi.\n"
    "Carla: vil gerne mødes fysisk, højst en gang om måneden.\n"
)
SnapCompare = Callable[..., bool]


def started_session(program: Program, clock: FakeClock, sessions_dir: Path, seconds: int) -> Path:
    """A session whose clock was started `seconds` ago, recorded before the app opens it,
    so the snapshot sees a steady state and no one-off flash or toast."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.close()
    clock.advance(seconds)
    return session.folder


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_mid_round(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(16 * 60)
    session.execute(agenda.next_block(session.state))
    session.close()
    clock.advance(38 * 60)  # Præsentationsrunde: 7 min left, under 20 %
    save_note(session.folder, netvaerk, "praesentationsrunde", ROUND_NOTES)
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_overrun(
    snap_compare: SnapCompare,
    erfaring: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    folder = started_session(erfaring, clock, sessions_dir, 17 * 60 + 5)
    app = app_for(None, clock, sessions_dir, session=folder)
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_chair_keys(
    snap_compare: SnapCompare,
    erfaring: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    """Esc in the notes: the key bar and the notes' border say the plain keys act now."""
    folder = started_session(erfaring, clock, sessions_dir, 4 * 60)
    app = app_for(None, clock, sessions_dir, session=folder)
    assert snap_compare(app, terminal_size=size, press=["escape"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_picker(
    snap_compare: SnapCompare, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["down", "down"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_big_clock(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    async def step(pilot: Pilot[Any]) -> None:
        await pilot.press("f5", "f6", "f6", "f2")  # the pause, on the projector
        clock.advance(4 * 60 + 30)
        run_screen(pilot.app).refresh_view()  # type: ignore[arg-type]
        await pilot.pause()

    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, run_before=step)


def test_help(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    app = app_for(netvaerk, clock, sessions_dir)
    assert snap_compare(app, terminal_size=(100, 40), press=["f1"])


def test_catch_up_dialog(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = started_session(netvaerk, clock, sessions_dir, 25 * 60)
    app = app_for(None, clock, sessions_dir, session=folder)
    assert snap_compare(app, terminal_size=(80, 24), press=["f3"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_round_with_twelve(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    session = started_with_people(netvaerk, clock, sessions_dir, [(n, "") for n in NAMES[:12]])
    clock.advance(15 * 60)
    session.execute(agenda.next_block(session.state))
    for _ in range(3):  # three have spoken, the fourth runs over
        draft = next_in_round(session.turns, session.referat, "praesentationsrunde")
        assert draft is not None
        session.record(draft)
        clock.advance(4 * 60)
    session.record(
        EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": "karl", "priority": "REPLY"})
    )
    session.close()
    clock.advance(30)
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_run_screen_groups(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    roster = [
        ("Anne", "pædagog"),
        ("Bo", "pædagog"),
        ("Carla", "drift"),
        ("Dorte", "drift"),
        ("Erik", "byggeteknik"),
        ("Frida", "byggeteknik"),
        ("Gustav", "boligsocial"),
    ]
    session = started_with_people(netvaerk, clock, sessions_dir, roster)
    for _ in range(3):
        session.execute(agenda.next_block(session.state))
    people = sorted(session.turns.participants.values(), key=lambda p: p.seat)
    groups = split_into_groups(people, 3, set(), seed=1)
    data = {"block": "netvaerksoensker", "size": 3, "seed": 1, "groups": groups}
    session.record(EventDraft(TurnEvent.GROUPS_SPLIT, data))
    session.close()
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=size)


def test_fairness_with_fifteen(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = started_with_people(netvaerk, clock, sessions_dir, [(n, "") for n in NAMES])
    for index, person in enumerate(list(session.turns.participants)[:11]):
        session.record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": person}))
        clock.advance(30 + 25 * (index % 5))
    session.close()
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=(80, 24), press=["shift+f2"])


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=["80x24", "200x50"])
def test_fairness_keeps_its_numbers_whole_beside_a_long_name(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    """Anne Holm has said nothing (her times 00:00 must show, not `…`); a name of 60
    characters is ellipsised, and »Hele mødet« and »Indlæg« stay inside the dialog."""
    long_name = "Bo " + "Langenberg-" * 5 + "Østergaard"[: 60 - 3 - 55]
    people = [("Anne Holm", "pædagog"), (long_name, ""), ("Carla Nielsen", "")]
    session = started_with_people(netvaerk, clock, sessions_dir, people)
    for person, seconds in zip(list(session.turns.participants)[1:], (3725, 61), strict=True):
        session.record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": person}))
        clock.advance(seconds)
    session.close()
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=size, press=["shift+f2"])


def two_reviewed_meetings(program: Program, clock: FakeClock, sessions_dir: Path) -> None:
    from tests.store.test_history import meeting

    meeting(
        program,
        clock,
        sessions_dir,
        "Netværk Nord",
        ["/beslutning Vi mødes hver fjerde uge", "/handling @Bo 1.12 Bestil lokale"],
        talk={"Anne": 240, "Bo": 60, "Carla": 150},
    )
    clock.advance(28 * 24 * 3600)
    meeting(program, clock, sessions_dir, "Netværk Nord", ["/parker Forplejning"], {"Anne": 90})


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_sessions_screen(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    two_reviewed_meetings(netvaerk, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["f3"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_session_detail_screen(
    snap_compare: SnapCompare,
    netvaerk: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    two_reviewed_meetings(netvaerk, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(app, terminal_size=size, press=["f3", "down", "enter"])


def meeting_in_progress(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    """A chair's session seven minutes in: Anne speaking, Bo and Carla waiting, notes."""
    session = started_with_people(
        program, clock, sessions_dir, [("Anne", "pædagog"), ("Bo", "boligsocial"), ("Carla", "")]
    )
    for person in ("anne", "bo", "carla"):
        session.record(EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": person}))
    session.record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": "anne"}))
    clock.advance(7 * 60 + 12)
    save_note(session.folder, program, program.blocks[0].id, "Velkomst ved ordstyreren.\n")
    session.close()
    return session.folder


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_room_display(
    snap_compare: SnapCompare,
    erfaring: Program,
    clock: FakeClock,
    sessions_dir: Path,
    size: tuple[int, int],
) -> None:
    folder = meeting_in_progress(erfaring, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir, session=folder, seat=Seat.DISPLAY)
    assert snap_compare(app, terminal_size=size)


def test_referent_seat(
    snap_compare: SnapCompare, erfaring: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = meeting_in_progress(erfaring, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir, session=folder, seat=Seat.REFERENT)
    assert snap_compare(app, terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_invitation_form(
    snap_compare: SnapCompare, clock: FakeClock, sessions_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(None, clock, sessions_dir)
    assert snap_compare(
        app, terminal_size=size, press=["down", "down", "f2", *"3.12", "enter", "enter"]
    )


def test_save_program_form(
    snap_compare: SnapCompare, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.execute(agenda.extend_block(session.state, 120))
    clock.advance(17 * 60)
    session.execute(agenda.next_block(session.state))
    session.execute(agenda.skip_block(session.state))
    session.close()
    app = app_for(None, clock, sessions_dir, session=session.folder)
    assert snap_compare(app, terminal_size=(80, 24), press=[*"/gemprogram", "enter"])
