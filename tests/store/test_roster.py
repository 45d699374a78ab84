"""The roster carries from a group's last meeting into its next one, via session.toml."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.store.live_session import LiveSession
from facilitator.store.roster import previous_roster
from facilitator.store.session_files import read_header
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN


def meeting_with(
    program: Program, clock: FakeClock, sessions_dir: Path, group: str, *names: str
) -> LiveSession:
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN, group=group)
    for name in names:
        session.record(add_participant(session.turns, name, "pædagog", email=f"{name}@x.dk"))
    return session


def test_the_next_meeting_of_the_group_starts_with_its_roster(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    first = meeting_with(netvaerk, clock, sessions_dir, "Netværk Nord", "Anne", "Bo", "Carla")
    first.record(EventDraft(TurnEvent.SEATS_SET, {"order": ["carla", "anne", "bo"]}))
    first.record(EventDraft(TurnEvent.COLLEAGUES_MARKED, {"participants": ["anne", "bo"]}))
    first.record(EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": "bo", "role": "referent"}))
    first.close()
    other = meeting_with(netvaerk, clock, sessions_dir, "Sydgruppen", "Zoe")
    other.close()
    clock.advance(28 * 24 * 3600)

    second = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="netværk nord")
    handles = second.turns.handles()
    assert handles == {"carla": "1", "anne": "2", "bo": "3"}
    assert second.turns.participants["bo"].role == "referent"
    assert second.turns.participants["anne"].email == "Anne@x.dk"
    assert second.turns.colleagues == {frozenset(("anne", "bo"))}
    second.close()
    # It is written in session.toml, so a reader sees the same roster without any events.
    header, _program = read_header(second.folder)
    assert [p.name for p in header.roster] == ["Carla", "Anne", "Bo"]
    assert set(read_session(second.folder).state.turns.participants) == {"anne", "bo", "carla"}
    reopened = LiveSession.open(second.folder, clock)
    assert reopened.turns.handles() == handles
    reopened.close()


def test_no_group_no_roster_and_a_broken_session_is_passed_over(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    meeting_with(netvaerk, clock, sessions_dir, "Nord", "Anne").close()
    clock.advance(3600)
    broken = meeting_with(netvaerk, clock, sessions_dir, "Nord", "Bo")
    broken.close()
    header = broken.folder / "session.toml"
    header.write_text(header.read_text(encoding="utf-8") + "\n[[[broken", encoding="utf-8")
    before = header.read_bytes()
    assert previous_roster(sessions_dir, "").participants == ()
    roster = previous_roster(sessions_dir, "Nord")
    assert [p.name for p in roster.participants] == ["Anne"]
    assert header.read_bytes() == before  # reading never rewrites


def test_naeste_sets_the_roles_of_the_groups_next_meeting_and_its_referat(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.core.referat import ReferatEvent
    from facilitator.export.referat_markdown import referat_markdown

    first = meeting_with(netvaerk, clock, sessions_dir, "Nord", "Anne", "Bo", "Carla", "Dorte")
    first.record(EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": "anne", "role": "ordstyrer"}))
    first.record(EventDraft(TurnEvent.PARTICIPANT_CHANGED, {"id": "bo", "role": "referent"}))
    chosen = {"date": "2027-01-12", "time": "19:00", "place": "", "chair": "carla"}
    first.record(EventDraft(ReferatEvent.NEXT_MEETING_SET, {**chosen, "referent": "Dorte"}))
    first.close()
    text = referat_markdown(read_session(first.folder), COPENHAGEN)
    assert "**Ordstyrer:** Anne" in text and "**Referent:** Bo" in text  # the roster's roles
    clock.advance(28 * 24 * 3600)

    second = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Nord")
    roles = {p.name: p.role for p in second.turns.participants.values()}
    assert roles == {
        "Anne": "deltager",
        "Bo": "deltager",
        "Carla": "ordstyrer",
        "Dorte": "referent",
    }
    second.close()
    text = referat_markdown(read_session(second.folder), COPENHAGEN)
    assert "**Ordstyrer:** Carla" in text and "**Referent:** Dorte" in text
