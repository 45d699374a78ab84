"""A meeting where every typed field, and the program's file, holds text Markdown would act
on: bold, links, images, code, entities, HTML and a leading block marker. Each field is
marked (`D:` for the decision …) so a test can find it in any export."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.agreements import agreement_action
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.meeting_plan import PlannedMeeting, parse_interval, plan_meetings
from facilitator.core.off_record import off_record_action
from facilitator.core.phases import Phase
from facilitator.core.program import Block, BlockKind, Program
from facilitator.core.referat import ReferatEvent, meeting_plan_data
from facilitator.core.room_actions import tick_checklist
from facilitator.core.typed_commands import parse_command_line
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN

GROUP = "Netværk **Nord**"
ENTRY_URL = "http://evil/entry"  # what no export may link or load
INLINE = (
    f"**fed** _x_ [lnk]({ENTRY_URL}) ![img]({ENTRY_URL}.png) [jsA](javascript:alert(1))"
    " `kode` ~~s~~ &copy; &#169; <script>alert(1)</script> <b>b</b> \\* a\\b * _ [ ] ! ~ &"
)
LEADS = ("# ", "1. ", "> ", "- ", "+ ", "2) ", "### ", "#", "")


def hostile(tag: str) -> str:
    """`tag`'s field: a leading block marker (by the tag's letters), then INLINE."""
    lead = LEADS[sum(map(ord, tag)) % len(LEADS)]
    return f"{lead}{tag}: {INLINE}"


# Names are typed one word after `@`, or comma-separated after /fremmøde.
NAMES = ("**Anne**", f"[Bo]({ENTRY_URL})", "# _Carla_ &copy;")
WHO = f"**fedW**[w]({ENTRY_URL})"
SECRET = "HEMMELIG-7Q"
NOTE_IMAGE = "http://evil/track.png"
NOTES = f"Referentens **egne** noter.\n![pix]({NOTE_IMAGE})\n[js](javascript:alert(1))"

TYPED = {
    "decision": hostile("D"),
    "action": hostile("A"),
    "parked": hostile("P"),
    "agreement": hostile("G"),
    "status": hostile("S"),
    "skip": hostile("K"),
    "place": hostile("L"),
    "next_place": hostile("N"),
    "next_time": hostile("T"),
    "timeout_by": hostile("O"),
    "sentence": hostile("E"),
}
FROM_FILE = {
    "program": hostile("R"),
    "block": hostile("B"),
    "phase": hostile("F"),
    "checklist": hostile("C"),
    "dimension": f"# **I** [d]({ENTRY_URL}) &copy;",  # at most 40 characters
    "evaluation": hostile("V"),
}
PLAN = {"chair": hostile("M"), "host": hostile("H"), "theme": hostile("Q"), "place": hostile("U")}


def hostile_program() -> Program:
    first = Block(
        "b1",
        FROM_FILE["block"],
        20,
        phases=(Phase(FROM_FILE["phase"], 10), Phase("Runde", 10)),
        checklist=(FROM_FILE["checklist"],),
    )
    evaluation = Block(
        "b2",
        FROM_FILE["evaluation"],
        10,
        kind=BlockKind.EVALUATION,
        dimensions=(FROM_FILE["dimension"],),
    )
    return Program("hostile", FROM_FILE["program"], (first, evaluation, Block("b3", "Slut", 5)))


def _typed(session: LiveSession, line: str, entry_id: str) -> None:
    block = session.state.current
    assert block is not None
    today = session.clock.now().astimezone(COPENHAGEN).date()
    drafts = parse_command_line(line, block, today, entry_id=entry_id)
    assert isinstance(drafts, list), drafts
    session.record_all(drafts)


def _memory(session: LiveSession) -> None:
    """An agreement by a hostile name, a status on h1, a time-out, something off the record."""
    made = agreement_action(TYPED["agreement"], [], session.folder.name, NAMES[0])
    assert isinstance(made, list), made
    session.record_all(made)
    said = {"session": "", "id": "e1", "status": "in_progress", "note": TYPED["status"]}
    session.record(EventDraft("action_status_set", {**said, "due": ""}))
    session.record(EventDraft("timeout_called", {"block": "b1", "by": TYPED["timeout_by"]}))
    session.record(EventDraft("timeout_ended"))
    secret = off_record_action(f"{SECRET} {INLINE}", "b1", NAMES[1], session.whole.memory)
    assert isinstance(secret, list), secret
    session.record_all(secret)


def _next_meeting(session: LiveSession) -> None:
    data = {"date": "2026-12-10", "time": TYPED["next_time"], "place": TYPED["next_place"]}
    session.record(EventDraft(ReferatEvent.NEXT_MEETING_SET, {**data, "chair": NAMES[2]}))
    session.record(
        EventDraft(ReferatEvent.MEETINGS_PLANNED, meeting_plan_data(plan(), PLAN["place"], ""))
    )


def plan() -> list[PlannedMeeting]:
    """Two planned meetings with a hostile chair, host, theme and theme owner."""
    meetings = plan_meetings(
        date(2027, 1, 14), parse_interval("4w"), 2, time(19), timedelta(hours=2), COPENHAGEN, []
    )
    first = meetings[0]
    hostile_first = PlannedMeeting(
        first.number,
        first.starts,
        first.ends,
        chair=PLAN["chair"],
        host=PLAN["host"],
        theme=PLAN["theme"],
        owners=(NAMES[1],),
    )
    return [hostile_first, *meetings[1:]]


def run_hostile_meeting(clock: FakeClock, sessions_dir: Path) -> Path:
    program = hostile_program()
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN, group=GROUP)
    session.execute(agenda.toggle_clock(session.state))
    _typed(session, f"/handling @{WHO} 10.12 {TYPED['action']}", "e1")
    for number, line in enumerate(
        (
            f"/fremmøde {', '.join(NAMES)}",
            f"/ordstyrer {NAMES[0]}",
            f"/sted {TYPED['place']}",
            f"/beslutning {TYPED['decision']}",
            f"/parker {TYPED['parked']}",
        ),
        start=2,
    ):
        _typed(session, line, f"e{number}")
    ticked = tick_checklist(session.state, session.whole.room, 0)
    assert isinstance(ticked, list), ticked
    session.record_all(ticked)
    save_note(session.folder, program, "b1", NOTES)
    _memory(session)
    clock.advance(10 * 60)
    session.execute(agenda.next_block(session.state))
    scores = {FROM_FILE["dimension"]: 4}
    answer = {"participant": "p1", "name": NAMES[2], "scores": scores}
    session.record(
        EventDraft("evaluation_given", {"block": "b2", **answer, "sentence": TYPED["sentence"]})
    )
    clock.advance(5 * 60)
    session.execute(agenda.next_block(session.state))
    session.record(
        EventDraft(ReferatEvent.DECISION_SKIPPED, {"block": "b3", "reason": TYPED["skip"]})
    )
    _next_meeting(session)
    clock.advance(5 * 60)
    session.execute(agenda.next_block(session.state))
    session.close()
    return session.folder
