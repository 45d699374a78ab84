"""The room: the welcome before the start, the message on its screens, and deciding
together (proposals, dots, votes, consent) and the checklist, as core rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from facilitator.core import agenda
from facilitator.core.attendance import present_names
from facilitator.core.events import Action, Event, EventDraft, Refusal
from facilitator.core.meeting_plan import PlannedMeeting
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind, NextMeeting
from facilitator.core.room_actions import (
    add_proposal,
    count_consent,
    count_dots,
    count_vote,
    show_on_screen,
    tick_checklist,
)
from facilitator.core.session import SessionState
from facilitator.core.turn_commands import add_participant
from facilitator.core.welcome import announce_start, planned_start, room_sign, start_on

ZONE = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2026, 11, 26, 18, 55, 28, tzinfo=UTC)  # 19.55.28 in Copenhagen
TODAY = date(2026, 11, 26)


class Meeting:
    def __init__(self, program: Program) -> None:
        self.state = SessionState.from_events(program, [])
        self.seq = 0

    def do(self, action: Action | EventDraft) -> None:
        drafts = [action] if isinstance(action, EventDraft) else action
        assert not isinstance(drafts, Refusal), drafts
        for draft in drafts:
            self.seq += 1
            self.state.apply(Event(self.seq, NOW, draft.type, draft.data))

    def people(self, *names: str) -> None:
        for name in names:
            self.do(add_participant(self.state.turns, name))

    def decisions(self) -> list[str]:
        return [entry.text for entry in self.state.referat.all_of(EntryKind.DECISION)]


def started(program: Program) -> Meeting:
    meeting = Meeting(program)
    meeting.do(agenda.toggle_clock(meeting.state.agenda))
    return meeting


# ------------------------------------------------------------------ the welcome


def test_the_welcome_counts_down_to_the_start_and_gives_the_agenda_clock_times(
    netvaerk: Program,
) -> None:
    meeting = Meeting(netvaerk)
    meeting.do(announce_start(start_on(TODAY, "20:00", ZONE), "cli"))
    sign = room_sign(meeting.state.agenda, meeting.state.room, NOW, ZONE)
    assert sign.welcome is not None and sign.message == ""
    welcome = sign.welcome
    assert welcome.title == netvaerk.title
    assert welcome.seconds_left == 4 * 60 + 32  # »om 04:32«
    first, second = welcome.lines[0], welcome.lines[1]
    assert (first.starts and first.starts.strftime("%H.%M"), first.title) == ("20.00", "Velkommen")
    assert second.starts is not None and second.starts.strftime("%H.%M") == "20.15"
    # The wall clock counts, not a tick: five minutes later it has begun to be late.
    later = room_sign(meeting.state.agenda, meeting.state.room, NOW + timedelta(minutes=5), ZONE)
    assert later.welcome is not None and later.welcome.seconds_left == 0


def test_without_a_known_start_the_welcome_has_no_time_and_after_the_start_none(
    netvaerk: Program,
) -> None:
    meeting = Meeting(netvaerk)
    welcome = room_sign(meeting.state.agenda, meeting.state.room, NOW, ZONE).welcome
    assert welcome is not None and welcome.starts_at is None and welcome.seconds_left is None
    assert all(line.starts is None for line in welcome.lines)
    meeting.do(agenda.toggle_clock(meeting.state.agenda))
    assert room_sign(meeting.state.agenda, meeting.state.room, NOW, ZONE).welcome is None


def test_the_start_comes_from_the_groups_plan_or_its_next_meeting() -> None:
    at_seven = datetime(2026, 11, 26, 19, 0, tzinfo=ZONE)
    other_day = PlannedMeeting(1, at_seven + timedelta(days=28), at_seven + timedelta(days=28))
    planned = PlannedMeeting(2, at_seven, at_seven + timedelta(hours=2))
    assert planned_start(TODAY, ZONE, [other_day, planned], []) == at_seven
    next_meeting = NextMeeting(date=TODAY, time="18.30")
    found = planned_start(TODAY, ZONE, [other_day], [next_meeting])
    assert found == datetime(2026, 11, 26, 18, 30, tzinfo=ZONE)
    unreadable = NextMeeting(date=TODAY, time="efter arbejde")
    assert planned_start(TODAY, ZONE, [], [unreadable]) is None


def test_a_start_announced_with_a_bad_time_is_not_read(netvaerk: Program) -> None:
    meeting = Meeting(netvaerk)
    meeting.do([EventDraft("start_announced", {"starts": "kl. 19"})])
    meeting.do([EventDraft("start_announced", {"starts": "2026-11-26T19:00:00"})])  # no zone
    assert meeting.state.room.announced_start is None
    assert meeting.state.agenda.ignored_events == 2  # counted, as a fold counts what it cannot use


# ------------------------------------------------------------------ the room's screen


def test_a_message_is_shown_until_skaerm_alone_takes_it_away(netvaerk: Program) -> None:
    meeting = started(netvaerk)
    assert show_on_screen(meeting.state.room, "  ") == Refusal("room.no_message")
    meeting.do(show_on_screen(meeting.state.room, " Pause til kl. 20.15 "))
    assert meeting.state.room.message == "Pause til kl. 20.15"
    sign = room_sign(meeting.state.agenda, meeting.state.room, NOW, ZONE)
    assert sign.message == "Pause til kl. 20.15" and sign.welcome is None
    meeting.do(show_on_screen(meeting.state.room, ""))
    assert meeting.state.room.message == ""
    assert meeting.decisions() == []  # signage, not the referat


# ------------------------------------------------------------------ deciding


def test_a_vote_is_checked_against_those_present(netvaerk: Program) -> None:
    meeting = started(netvaerk)
    meeting.people("Anne", "Bo", "Carla")
    present = len(present_names(meeting.state.referat, meeting.state.turns))
    assert present == 3
    state = meeting.state.agenda
    too_many = count_vote(state, present, "Ny router", {"for": "3", "against": "1"})
    assert too_many == Refusal("room.too_many_votes", {"total": 4, "present": 3})
    assert count_vote(state, present, "Ny router", {"for": "to"}) == Refusal(
        "room.bad_count", {"value": "to"}
    )
    assert count_vote(state, present, "Ny router", {}) == Refusal("room.no_votes")
    assert count_vote(state, 0, "Ny router", {"for": "1"}) == Refusal("room.nobody_present")
    assert count_vote(state, present, " ", {"for": "1"}) == Refusal("room.empty_vote")
    meeting.do(count_vote(state, present, "Ny router", {"for": "2", "against": "1"}))
    assert meeting.decisions() == ["Vedtaget: Ny router (for 2, imod 1, undlader 0 · 3 til stede)"]
    vote = meeting.state.room.votes[0]
    assert (vote.yes, vote.no, vote.abstain, vote.present, vote.passed) == (2, 1, 0, 3, True)
    meeting.do(count_vote(state, present, "Nyt drev", {"for": "1", "against": "1", "abstain": "1"}))
    assert meeting.decisions()[-1] == (
        "Ikke vedtaget: Nyt drev (for 1, imod 1, undlader 1 · 3 til stede)"
    )


def test_those_away_do_not_count_as_present(netvaerk: Program) -> None:
    meeting = started(netvaerk)
    meeting.people("Anne", "Bo")
    meeting.do([EventDraft("attendance_set", {"name": "Bo", "status": "afbud"})])
    meeting.do([EventDraft("attendance_set", {"name": "Gæst", "status": "present"})])
    assert present_names(meeting.state.referat, meeting.state.turns) == ["Anne", "Gæst"]


def test_dots_give_a_ranking_and_no_more_dots_than_the_room_has(netvaerk: Program) -> None:
    meeting = started(netvaerk)
    state, room = meeting.state.agenda, meeting.state.room
    assert count_dots(state, room, 3, "3", {}) == Refusal("room.no_proposals")
    assert add_proposal(state, "  ") == Refusal("room.empty_proposal")
    for text in ("Fælles drev", "Ny router", "Mailliste"):
        meeting.do(add_proposal(state, text))
    drive, router, mail = room.proposals_for(state.current or "")
    typed = {drive.id: "2", router.id: "5", mail.id: "2"}
    assert count_dots(state, room, 3, "2", typed) == Refusal(
        "room.too_many_dots", {"total": 9, "most": 6, "present": 3}
    )
    assert count_dots(state, room, 3, "0", typed) == Refusal("room.bad_dots_each", {"most": 20})
    meeting.do(count_dots(state, room, 3, "3", typed))
    ranking = [(p.text, dots) for p, dots in room.ranking(state.current or "")]
    assert ranking == [("Ny router", 5), ("Fælles drev", 2), ("Mailliste", 2)]  # ties as made
    assert meeting.decisions() == [
        "Prioriteret med prikker (3 hver · 3 til stede): 1. Ny router (5 prikker); "
        "2. Fælles drev (2 prikker); 3. Mailliste (2 prikker)"
    ]


def test_consent_passes_only_without_an_objection_and_each_objection_has_a_reason(
    netvaerk: Program,
) -> None:
    meeting = started(netvaerk)
    state, present = meeting.state.agenda, ["Anne", "Bo", "Carla"]
    assert count_consent(state, present, "Drev", {"Bo": " "}) == Refusal(
        "room.reason_needed", {"name": "Bo"}
    )
    assert count_consent(state, present, "Drev", {"Dorte": "nej"}) == Refusal(
        "room.not_present", {"name": "Dorte"}
    )
    assert count_consent(state, [], "Drev", {}) == Refusal("room.nobody_present")
    meeting.do(count_consent(state, present, "Drev i 3 måneder", {}))
    meeting.do(count_consent(state, present, "Drev for altid", {"Bo": "For dyrt"}))
    assert meeting.decisions() == [
        "Vedtaget ved samtykke: Drev i 3 måneder (ingen indvendinger · 3 til stede)",
        "Ikke vedtaget ved samtykke: Drev for altid (indvending: Bo: For dyrt · 3 til stede)",
    ]
    passed, failed = meeting.state.room.consents
    assert passed.passed and passed.agreed == ("Anne", "Bo", "Carla")
    assert not failed.passed and failed.objections == (("Bo", "For dyrt"),)


def test_a_checklist_line_is_ticked_and_unticked(netvaerk: Program) -> None:
    meeting = started(netvaerk)
    state, room = meeting.state.agenda, meeting.state.room
    block = state.current or ""
    meeting.do(tick_checklist(state, room, 1))
    assert room.ticked(block) == {1}
    meeting.do(tick_checklist(state, room, 1))
    assert room.ticked(block) == frozenset()
    lines = len(netvaerk.block(block).checklist)
    assert tick_checklist(state, room, lines) == Refusal(
        "room.no_checklist_line", {"number": lines + 1}
    )
