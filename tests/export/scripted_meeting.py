"""A short scripted netværk meeting, recorded through the real store with a FakeClock."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.meeting_plan import parse_interval, plan_meetings
from facilitator.core.program import Program
from facilitator.core.referat import ReferatEvent, meeting_plan_data
from facilitator.core.typed_commands import parse_command_line
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN

ROUND_NOTES = (
    "[19.18] Carla: Ny i faget, savner sparring.\n"
    "[19.24] Ærø-Jens: Har været hjælper i 12 år.\n"
    "\n"
    "Alle fortalte om deres hverdag."
)


def run_scripted_meeting(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN)
    today = clock.now().astimezone(COPENHAGEN).date()
    ids = iter(f"e{n}" for n in range(1, 100))

    def typed(line: str) -> None:
        block = session.state.current
        assert block is not None
        drafts = parse_command_line(line, block, today, entry_id=next(ids))
        assert isinstance(drafts, list), drafts
        session.record_all(drafts)

    session.execute(agenda.toggle_clock(session.state))
    typed("/ordstyrer Anne Holm")
    typed("/referent Bo")
    typed("/fremmøde Anne Holm, Bo, Carla, Ærø-Jens")
    typed("/afbud Dorte")
    typed("/sted Kulturhuset, lokale 2")
    save_note(
        session.folder,
        program,
        "velkommen",
        "Anne bød velkommen og gennemgik dagsordenen.\nPause kl. 20.",
    )
    clock.advance(17 * 60)
    session.execute(agenda.next_block(session.state))
    save_note(session.folder, program, "praesentationsrunde", ROUND_NOTES)
    typed("/parker Forplejning | hvem betaler?")
    clock.advance(44 * 60)
    session.execute(agenda.next_block(session.state))
    clock.advance(20 * 60)
    session.execute(agenda.next_block(session.state))  # the pause ends
    clock.advance(60)
    session.execute(agenda.skip_block(session.state))  # Netværksønsker is skipped
    typed("/beslutning Vi mødes hver 4. uge, torsdag kl. 19")
    clock.advance(18 * 60)
    session.execute(agenda.next_block(session.state))
    typed("/handling @Carla 10.12 Booke lokale på biblioteket")
    typed("/handling Lave kontaktliste")
    session.record(
        EventDraft(
            ReferatEvent.NEXT_MEETING_SET,
            {
                "date": "2026-12-10",
                "time": "19.00",
                "place": "Biblioteket",
                "chair": "Carla",
                "referent": "Anne Holm",
            },
        )
    )
    meetings = plan_meetings(
        date(2027, 1, 14), parse_interval("4w"), 2, time(19), timedelta(hours=2), COPENHAGEN, []
    )
    session.record(
        EventDraft(ReferatEvent.MEETINGS_PLANNED, meeting_plan_data(meetings, "Biblioteket", ""))
    )
    clock.advance(21 * 60)
    session.execute(agenda.next_block(session.state))  # the meeting ends
    session.close()
    return session.folder
