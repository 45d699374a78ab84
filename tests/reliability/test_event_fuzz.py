"""Fuzz: every event type with wrong-typed values, through every reader of a session.

The log stays valid JSON; only the values inside `data` are hostile (null, a bool for a
number, a list for a name, 10^20 seconds, nested objects …), mixed with the right values
of a real meeting. Every reader must read the session, skip what does not fit, and say
which lines it skipped: the fold, `read_session`, the sessions list and its summaries, the
group review, the roster carried to the next meeting, the export as Markdown and HTML, the
CLI's review views, and `LiveSession.open` (resume) with the run screen's computations.
300 cases quick, 10,000 in `make torture`.

Before event shapes, 1,349 of 10,000 cases crashed, at seven places in the folds
(turns.py: round_passed, speaker_queued, speaker_started, colleagues_marked, groups_split,
seats_set; agenda.py: block_reopened), all `TypeError: unhashable`."""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from facilitator.core import agenda, phase_run
from facilitator.core.agenda_view import build_view
from facilitator.core.clock import FakeClock
from facilitator.core.event_shapes import SHAPES, fits
from facilitator.core.events import Event, EventDraft, EventType, Refusal
from facilitator.core.meeting_end import meeting_end
from facilitator.core.meeting_life import Quitting, quit_meeting
from facilitator.core.referat import ReferatEvent, meeting_plan_data
from facilitator.core.review import block_history, fairness_over, open_items
from facilitator.core.room import RoomEvent
from facilitator.core.room_actions import (
    add_proposal,
    count_consent,
    count_dots,
    count_vote,
    show_on_screen,
)
from facilitator.core.rounds import round_remaining_estimate, round_view
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.core.welcome import announce_start
from facilitator.export.contacts import contacts_text
from facilitator.export.referat import render_referat
from facilitator.review.views import (
    actions_table,
    group_overview,
    session_overview,
    sessions_table,
)
from facilitator.store.event_log import read_event_log
from facilitator.store.history import as_meetings, group_records, list_sessions, summary_of
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import load_program
from facilitator.store.roster import previous_roster
from facilitator.store.session_files import EVENTS_NAME
from facilitator.store.session_reader import SessionRecord, read_session
from facilitator.tui.screens.speakers_view import groups_for_current, speakers_view
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS
from tests.reliability.conftest import scale

GROUP = "Fuzz"


def record_room_events(session: LiveSession) -> None:
    """The room's events as its actions write them (core/room_actions.py)."""
    state, room = session.state, session.room
    starts = datetime(2026, 11, 26, 19, tzinfo=ZoneInfo("Europe/Copenhagen"))
    for action in (
        announce_start(starts, "cli"),
        show_on_screen(room, "Kaffen er klar"),
        add_proposal(state, "Fælles drev"),
        count_vote(state, 3, "Fælles drev", {"for": "2", "against": "1"}),
        count_consent(state, ["Anne", "Bo"], "Fælles drev", {"Bo": "For dyrt"}),
    ):
        outcome = session.act(action)
        assert not isinstance(outcome, Refusal), outcome
    # The current item here has no checklist, so the tick is written as tick_checklist would.
    tick = {"block": state.current or "", "item": 0, "done": True}
    session.record(EventDraft(RoomEvent.CHECKLIST_TICKED, tick))
    (proposal,) = room.proposals_for(state.current or "")
    assert not isinstance(session.act(count_dots(state, room, 3, "2", {proposal.id: "4"})), Refusal)


def every_event_type(root: Path) -> Path:
    """A meeting that has written an event of every declared type, with its real data."""
    clock = FakeClock(MEETING_START)
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    session = LiveSession.create(root, program, clock, COPENHAGEN, group=GROUP)
    record = session.record
    session.execute(agenda.toggle_clock(session.state))
    for name in ("Anne", "Bo", "Carla"):
        record(add_participant(session.turns, name, "pædagog", email=f"{name}@x.dk"))
    record(EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": "anne", "priority": "REPLY"}))
    record(EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": "bo", "priority": "REPLY"}))
    record(EventDraft(TurnEvent.SPEAKER_MOVED, {"participant": "bo", "direction": "up"}))
    record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": "anne"}))
    clock.advance(60)
    record(EventDraft(TurnEvent.SPEAKER_STOPPED))
    record(EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": "bo"}))
    record(EventDraft(TurnEvent.QUIET_FIRST_SET, {"on": True}))
    record(EventDraft(TurnEvent.COLLEAGUES_MARKED, {"participants": ["anne", "bo"]}))
    record(EventDraft(TurnEvent.SPEECH_LIMIT_SET, {"block": "velkommen", "seconds": 120}))
    record(EventDraft(TurnEvent.SEATS_SET, {"order": ["carla", "anne", "bo"]}))
    record(EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": "carla", "role": "referent"}))
    entry = {"id": "e1", "block": "velkommen", "text": "Vi mødes igen"}
    record(EventDraft(ReferatEvent.DECISION_ADDED, entry))
    action = {"id": "a1", "block": "velkommen", "text": "Book lokale", "who": "Bo", "due": ""}
    record(EventDraft(ReferatEvent.ACTION_ADDED, {**action, "due": "2026-12-01"}))
    record(EventDraft(ReferatEvent.POINT_PARKED, {**entry, "id": "p1", "text": "Kaffe"}))
    record(EventDraft(ReferatEvent.ENTRY_CHANGED, {"id": "a1", "who": "Anne"}))
    record(EventDraft(ReferatEvent.ACTION_UPDATED, {"session": "", "id": "a1", "done": True}))
    record(EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": "Anne", "status": "present"}))
    record(EventDraft(ReferatEvent.ROLE_SET, {"role": "ordstyrer", "name": "Anne"}))
    record(EventDraft(ReferatEvent.PLACE_SET, {"place": "Kulturhuset"}))
    next_meeting = {"date": "2026-12-10", "time": "19:00", "place": "Her", "chair": "Bo"}
    record(EventDraft(ReferatEvent.NEXT_MEETING_SET, {**next_meeting, "referent": "Carla"}))
    session.execute(agenda.extend_block(session.state, 60))
    session.execute(agenda.add_block(session.state, "Beboerhøring", 15))
    clock.advance(300)
    session.execute(agenda.next_block(session.state))  # the added item
    session.execute(agenda.skip_block(session.state))  # into the round
    record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": "bo"}))
    clock.advance(90)
    record(EventDraft(TurnEvent.ROUND_PASSED, {"participant": "carla", "block": "velkommen"}))
    session.execute(agenda.postpone_block(session.state))
    session.execute(agenda.previous_block(session.state))
    minutes = {"netvaerksoensker": 30, "beslutning": 15}
    record(EventDraft("plan_adjusted", {"minutes": minutes}))
    groups = {"block": "netvaerksoensker", "size": 2, "seed": 1, "groups": [["anne", "bo"]]}
    record(EventDraft(TurnEvent.GROUPS_SPLIT, groups))
    record(EventDraft(ReferatEvent.DECISION_SKIPPED, {"block": "beslutning", "reason": "Ingen"}))
    plan = meeting_plan_data([], "Her", "Netværksmøde")
    starts = "2027-01-14T19:00:00+01:00"
    plan["meetings"] = [{"starts": starts, "ends": starts, "chair": "Bo", "referent": ""}]
    plan["meetings"][0] |= {"host": "Anne", "theme": "Feedback", "owners": ["Anne", "Bo"]}
    record(EventDraft(ReferatEvent.MEETINGS_PLANNED, plan))
    record_room_events(session)
    record(EventDraft(ReferatEvent.ENTRY_REMOVED, {"id": "p1"}))
    answer = {"block": "velkommen", "participant": "anne", "name": "Anne", "sentence": "Godt"}
    record(EventDraft(ReferatEvent.EVALUATION_GIVEN, {**answer, "scores": {"indhold": 4}}))
    record(add_participant(session.turns, "Dorte"))
    record(EventDraft(TurnEvent.PARTICIPANT_REMOVED, {"id": "dorte"}))
    while session.state.current not in (None, "netvaerksoensker"):
        session.execute(agenda.next_block(session.state))
    for phase_key in (
        phase_run.next_phase(session.state, clock.now()),  # the item's phases
        phase_run.extend_phase(session.state, clock.now(), 60),
    ):
        assert isinstance(phase_key, EventDraft), phase_key
        session.execute(phase_key)
    record(EventDraft(EventType.PHASE_GROUP_MOVED, {"block": "netvaerksoensker", "group": 1}))
    agreement = {"id": "g1", "text": "Det, der siges her, bliver her", "by": "Anne"}
    record(EventDraft("agreement_made", agreement))
    record(EventDraft("agreement_changed", {**agreement, "session": "", "text": "Tavshed"}))
    record(EventDraft("agreement_ended", {"id": "g1", "session": "", "by": "Bo"}))
    record(EventDraft("off_the_record", {"text": "Fortroligt", "block": "velkommen", "by": ""}))
    record(EventDraft("timeout_called", {"block": "velkommen", "by": "Carla", "role": "x"}))
    record(EventDraft("timeout_ended"))
    status = {"session": "", "id": "a1", "status": "postponed", "note": "Svar", "due": ""}
    record(EventDraft("action_status_set", {**status, "due": "2027-02-01"}))
    record(EventDraft("referat_approved", {"session": "2026-11-01_1900_x", "by": ["Anne"]}))
    session.execute(agenda.toggle_clock(session.state))
    session.execute(agenda.toggle_clock(session.state))
    session.execute(quit_meeting(session.state, Quitting.LEAVE_RUNNING))
    session.execute(quit_meeting(session.state, Quitting.END))
    session.close()
    return session.folder


TEMPLATE = Path(tempfile.mkdtemp(prefix="event-fuzz-"))
ORIGINAL = every_event_type(TEMPLATE / "sessions")
EVENTS = read_event_log(ORIGINAL / EVENTS_NAME).events
WRITTEN = {event.type for event in EVENTS}
IDS = ["velkommen", "praesentationsrunde", "beboerhoering", "anne", "bo", "a1", "e1", ""]

leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, 1, -1, 10**20, 2**63, -(2**63) - 1, 86_401]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
    st.sampled_from(IDS),
    st.sampled_from(["9999-12-31", "2026-02-30", "0001-01-01T00:00:00", "up", "NORMAL"]),
    st.sampled_from(["\ud800", "\x1b]52;c;aGk=\x07", "[/]", "x" * 10_000]),
)
HOSTILE = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=4), st.sampled_from(IDS)), inner, max_size=3),
    ),
    max_leaves=6,
)


@st.composite
def damaged_event(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A real event of some type with one or more of its fields given hostile values (or
    dropped, or an unknown field added)."""
    kind = draw(st.sampled_from(sorted(SHAPES)))
    real = [event for event in EVENTS if event.type == kind]
    data: dict[str, Any] = dict(draw(st.sampled_from(real)).data) if real else {}
    fields = sorted(set(SHAPES[kind]) | set(data)) or ["extra"]
    for name in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=3, unique=True)):
        if draw(st.integers(0, 5)) == 0:
            data.pop(name, None)
        else:
            data[name] = draw(HOSTILE)
    return kind, data


def append_lines(path: Path, events: list[tuple[str, dict[str, Any]]]) -> list[int]:
    """Append the events after the real ones, numbered on; returns their line numbers."""
    lines = path.read_text(encoding="utf-8").splitlines()
    with path.open("a", encoding="utf-8") as handle:
        for offset, (kind, data) in enumerate(events, start=1):
            at = f"2026-11-26T19:{offset % 60:02d}:00.000000Z"
            line = {"seq": len(lines) + offset, "at": at, "type": kind, "data": data}
            handle.write(json.dumps(line) + "\n")  # \ud800 as an escape, as JSON allows
    return list(range(len(lines) + 1, len(lines) + len(events) + 1))


def render(*renderables: Any) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    for renderable in renderables:
        console.print(renderable)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def read_everything(folder: Path) -> SessionRecord:
    """Every reader of the session, each of which must not raise."""
    sessions_dir = folder.parent
    record = read_session(folder)
    assert read_session(folder, tolerant=True).warnings == record.warnings
    summary = summary_of(record)
    assert type(summary).from_data(json.loads(json.dumps(summary.to_data()))) == summary
    running = meeting_end(record.state, live=True, now=MEETING_START)  # a clock gone back
    render_referat(record, "md", COPENHAGEN, running)
    render_referat(record, "html", COPENHAGEN)
    listed = list_sessions(sessions_dir, search="vi")
    meetings = as_meetings(group_records(sessions_dir, GROUP))
    open_items(meetings, include_done=True)
    fairness_over(meetings)
    block_history(meetings)
    render(
        session_overview(record, COPENHAGEN),
        sessions_table(sessions_dir, None, None, COPENHAGEN),
        actions_table(sessions_dir, GROUP, False, COPENHAGEN),
        group_overview(GROUP, meetings, COPENHAGEN),
    )
    contacts_text(sessions_dir, GROUP, "vcf")
    previous_roster(sessions_dir, GROUP)
    assert [item.warnings for item in listed] in ([], [record.warnings])
    clock = FakeClock(MEETING_START)
    clock.advance(3600)
    session = LiveSession.open(folder, clock)  # resume: the chair's seat, writing
    try:
        assert session.warnings == record.warnings
        now = clock.now()
        estimate = round_remaining_estimate(session.state, session.turns, session.referat, now)
        build_view(session.state, now, COPENHAGEN, estimate)
        speakers_view(session, now, stamps=True)
        groups_for_current(session)
        round_view(session.state, session.turns, session.referat, now)
    finally:
        session.close()
    return record


CASES = settings(
    max_examples=scale(quick=300, full=10_000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_the_template_has_every_event_type_and_every_event_we_write_fits() -> None:
    assert set(SHAPES) <= WRITTEN, set(SHAPES) - WRITTEN
    assert all(fits(event) for event in EVENTS)
    assert read_session(ORIGINAL).warnings == ()


@CASES
@given(
    damaged=st.lists(damaged_event(), min_size=1, max_size=4),
    valid_after=st.lists(st.sampled_from(EVENTS), max_size=4),
)
def test_wrong_typed_event_values_never_crash_a_reader(
    damaged: list[tuple[str, dict[str, Any]]], valid_after: list[Event]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "sessions" / ORIGINAL.name
        shutil.copytree(ORIGINAL, folder)
        appended = damaged + [(event.type, dict(event.data)) for event in valid_after]
        lines = append_lines(folder / EVENTS_NAME, appended)
        record = read_everything(folder)
    misfits = [
        line
        for line, (kind, data) in zip(lines, appended, strict=True)
        if not fits(Event(1, MEETING_START, kind, data))
    ]
    assert record.state.agenda.unreadable == misfits
    assert not set(misfits) & set(lines[len(damaged) :])  # the real events all fit
    said = " ".join(record.warnings)
    for line in misfits[:10]:
        assert re.search(rf"(events\.jsonl|, ):{line}\b", said), (line, said)
