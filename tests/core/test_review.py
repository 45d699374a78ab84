"""The review tells the truth: presence, parked points closed, and overrun from 1 second."""

from __future__ import annotations

from datetime import timedelta

from facilitator.core import agenda
from facilitator.core.carried import mark_done, not_ticked_off, numbered
from facilitator.core.clock import FakeClock
from facilitator.core.events import Event, EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind, ReferatEvent
from facilitator.core.review import (
    GroupMeeting,
    block_history,
    block_use,
    fairness_over,
    open_items,
)
from facilitator.core.session import SessionState, route_event
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.core.typed_commands import parse_command_line


class Meeting:
    def __init__(self, program: Program, clock: FakeClock, folder: str) -> None:
        self.clock, self.folder = clock, folder
        self.created = clock.now()
        self.state = SessionState.from_events(program, [])
        self.seq = 0

    def do(self, draft: agenda.Command | EventDraft | None) -> None:
        assert isinstance(draft, EventDraft), draft
        self.seq += 1
        event = Event(self.seq, self.clock.now(), draft.type, dict(draft.data))
        route_event(self.state.agenda, self.state.referat, event, self.state.turns)
        self.state.last_at = event.at

    def typed(self, line: str, entry_id: str | None = None) -> None:
        block = self.state.agenda.current or "velkommen"
        drafts = parse_command_line(line, block, self.clock.now().date(), entry_id)
        assert isinstance(drafts, list), drafts
        for draft in drafts:
            self.do(draft)

    def talk(self, name: str, seconds: int) -> None:
        who = self.state.turns.find(name)
        assert who is not None
        self.do(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": who.id}))
        self.clock.advance(seconds)
        self.do(EventDraft(TurnEvent.SPEAKER_STOPPED))

    def as_group_meeting(self) -> GroupMeeting:
        return GroupMeeting(self.folder, self.created, self.state)


def held(program: Program, clock: FakeClock, folder: str, roster: list[str]) -> Meeting:
    meeting = Meeting(program, clock, folder)
    for name in roster:
        meeting.do(add_participant(meeting.state.turns, name))
    meeting.do(agenda.toggle_clock(meeting.state.agenda))
    return meeting


def test_quiet_counts_only_the_meetings_someone_attended(
    netvaerk: Program, clock: FakeClock
) -> None:
    """Søs sent apologies four times and never spoke: she is not the quietest with
    "Møder 4, 00:00". Bo came (marked present) twice and said nothing: he is."""
    meetings = []
    for number in range(4):
        meeting = held(netvaerk, clock, f"m{number}", ["Anne", "Bo", "Søs", "Carla"])
        meeting.typed("/afbud Søs")
        if number < 2:
            meeting.typed("/fremmøde Anne, Bo")
        else:
            meeting.typed("/fraværende Bo")
        meeting.talk("Anne", 120)
        if number == 3:
            meeting.talk("Carla", 60)  # not marked, but she spoke: she was there
        meetings.append(meeting.as_group_meeting())
        clock.advance(28 * 24 * 3600)
    rows = {row.name: row for row in fairness_over(meetings)}
    assert "Søs" not in rows
    assert (rows["Bo"].meetings, rows["Bo"].seconds) == (2, 0)
    assert (rows["Anne"].meetings, rows["Anne"].seconds) == (4, 480)
    assert (rows["Carla"].meetings, rows["Carla"].seconds) == (1, 60)
    assert [row.name for row in fairness_over(meetings)] == ["Bo", "Carla", "Anne"]


def test_a_parked_point_is_numbered_closed_with_udfoert_and_no_longer_carried(
    netvaerk: Program, clock: FakeClock
) -> None:
    first = held(netvaerk, clock, "m1", [])
    first.typed("/handling @Bo Bestil lokale", "a1")
    first.typed("/parker Forplejning", "p1")
    first.typed("/parker Økonomi", "p2")
    clock.advance(28 * 24 * 3600)
    carried = open_items([first.as_group_meeting()])
    second = held(netvaerk, clock, "m2", [])
    shown = [(n, item.text) for n, item in numbered(carried, second.state.referat)]
    assert shown == [(1, "Bestil lokale"), (2, "Forplejning"), (3, "Økonomi")]
    chosen = mark_done(carried, second.state.referat, 2)
    assert chosen is not None
    draft, item = chosen
    assert item.kind is EntryKind.PARKED and item.text == "Forplejning"
    assert draft.type == ReferatEvent.ACTION_UPDATED
    assert dict(draft.data) == {"session": "m1", "id": "p1", "done": True}
    second.do(draft)
    assert [i.text for i in not_ticked_off(carried, second.state.referat)] == [
        "Bestil lokale",
        "Økonomi",
    ]
    assert mark_done(carried, second.state.referat, 3) is None  # the numbers closed up
    # The next meeting no longer carries it, and the review no longer lists it as open.
    clock.advance(28 * 24 * 3600)
    group = [first.as_group_meeting(), second.as_group_meeting()]
    assert [i.text for i in open_items(group)] == ["Bestil lokale", "Økonomi"]
    closed = [i for i in open_items(group, include_done=True) if i.done]
    assert [(i.kind, i.text) for i in closed] == [(EntryKind.PARKED, "Forplejning")]


def test_an_item_is_over_its_time_from_the_first_second(
    netvaerk: Program, clock: FakeClock
) -> None:
    meeting = held(netvaerk, clock, "m1", [])
    planned = netvaerk.blocks[0].minutes * 60
    clock.advance(planned + 1)
    meeting.do(agenda.next_block(meeting.state.agenda))
    clock.advance(netvaerk.blocks[1].minutes * 60)
    meeting.do(agenda.next_block(meeting.state.agenda))
    uses = block_use(meeting.state)
    assert uses[0].over_seconds == 1 and uses[0].overran
    assert uses[1].over_seconds == 0 and not uses[1].overran
    history = {h.title: h for h in block_history([meeting.as_group_meeting()])}
    assert history[netvaerk.blocks[0].title].overran
    assert not history[netvaerk.blocks[1].title].overran
    assert timedelta(seconds=uses[0].actual_seconds) == timedelta(seconds=planned + 1)
