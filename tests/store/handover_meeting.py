"""A group's first meeting on laptop A, with something off the record in it."""

from __future__ import annotations

from pathlib import Path

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent
from facilitator.core.roster_actions import join_roster
from facilitator.core.typed_commands import parse_command_line
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN

GROUP = "Netværk Nord"
SECRET_EVENT = "HEMMELIG-BEGIVENHED-7Q"
SECRET_LINE = "HEMMELIG-LINJE-7Q"
ACTION = "Booke lokale på biblioteket"


def held_meeting(
    program: Program, clock: FakeClock, sessions_dir: Path, end: bool = True
) -> LiveSession:
    """Meeting 1 of GROUP: a roster with contacts, a decision, an open action, a parked
    point, the next meeting, an `off_the_record` event and a `/fortroligt` line left in
    the notes (as an older version would have left it)."""
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN, group=GROUP)
    session.execute(agenda.toggle_clock(session.state))
    for name, email in (("Anne Holm", "anne@x.dk"), ("Carla", "carla@x.dk")):
        if session.turns.find(name) is not None:
            continue  # on the roster from last time
        joined = join_roster(session.turns, {"name": name, "email": email})
        assert isinstance(joined, list), joined
        session.record_all(joined)
    block = session.state.current
    assert block is not None
    today = clock.now().astimezone(COPENHAGEN).date()
    for number, line in enumerate(
        (
            "/beslutning Vi mødes hver 4. uge",
            f"/handling @Carla 10.12 {ACTION}",
            "/parker Forplejning",
        ),
        start=1,
    ):
        drafts = parse_command_line(line, block, today, entry_id=f"e{number}")
        assert isinstance(drafts, list), drafts
        session.record_all(drafts)
    session.record(EventDraft("off_the_record", {"text": SECRET_EVENT}))
    session.record(
        EventDraft(
            ReferatEvent.NEXT_MEETING_SET,
            {"date": "2026-12-29", "time": "19.00", "place": "Biblioteket", "chair": "Carla"},
        )
    )
    save_note(
        session.folder,
        program,
        block,
        f"Anne bød velkommen.\n/fortroligt {SECRET_LINE}\nCarla fortalte om lokalet.\n",
    )
    clock.advance(10 * 60)
    if end:
        while session.state.current is not None:
            session.execute(agenda.next_block(session.state))
            clock.advance(60)
    session.close()
    return session


def add_decision(session: LiveSession, text: str, entry_id: str) -> None:
    """A decision typed in the notes of the meeting's current (or first) item."""
    block = session.state.current or session.program.blocks[0].id
    today = session.clock.now().astimezone(COPENHAGEN).date()
    drafts = parse_command_line(f"/beslutning {text}", block, today, entry_id=entry_id)
    assert isinstance(drafts, list), drafts
    session.record_all(drafts)
