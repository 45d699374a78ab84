"""Listing, summarizing, searching and carrying over past sessions; damaged folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.program import Program
from facilitator.core.referat import EntryKind
from facilitator.core.review import block_history, fairness_over, open_items
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.core.typed_commands import parse_command_line
from facilitator.export.contacts import contacts_text
from facilitator.store.errors import StoreError
from facilitator.store.history import CACHE_NAME, as_meetings, group_records, list_sessions
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from tests.conftest import COPENHAGEN

DAY = 24 * 3600


def meeting(
    program: Program,
    clock: FakeClock,
    sessions_dir: Path,
    group: str,
    lines: list[str],
    talk: dict[str, int] | None = None,
) -> LiveSession:
    session = LiveSession.create(sessions_dir, program, clock, COPENHAGEN, group=group)
    session.execute(agenda.toggle_clock(session.state))
    for name, seconds in (talk or {}).items():
        if session.turns.find(name) is None:
            session.record(add_participant(session.turns, name, email=f"{name.lower()}@x.dk"))
        who = session.turns.find(name)
        assert who is not None
        session.record(EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": who.id}))
        clock.advance(seconds)
    if talk:
        session.record(EventDraft(TurnEvent.SPEAKER_STOPPED))
    block = session.state.current or program.blocks[0].id
    for line in lines:
        drafts = parse_command_line(line, block, clock.now().date())
        assert isinstance(drafts, list)
        session.record_all(drafts)
    session.execute(agenda.next_block(session.state))
    clock.advance(60)
    session.close()
    return session


def test_list_search_and_cache(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> None:
    first = meeting(netvaerk, clock, sessions_dir, "Nord", ["/beslutning Vi mødes i Ølstykke"])
    save_note(first.folder, netvaerk, netvaerk.blocks[0].id, "Snak om BØRNEHAVEN")
    clock.advance(7 * DAY)
    meeting(netvaerk, clock, sessions_dir, "Syd", ["/handling @Bo Køb kaffe"])
    listed = list_sessions(sessions_dir)
    assert [item.summary.group for item in listed if item.summary] == ["Syd", "Nord"]
    newest = listed[0].summary
    assert newest is not None and newest.actions == newest.open_actions == 1
    assert [i.folder for i in list_sessions(sessions_dir, group="nord")] == [first.folder]
    for query in ("ølstykke", "ØLSTYKKE", "børnehaven", "bo"):
        found = list_sessions(sessions_dir, search=query)
        assert len(found) == 1, query
    assert list_sessions(sessions_dir, search="olstykke") == []  # ø is its own letter
    # The cache is used: a summary written there is what the list shows while the folder
    # is unchanged, and is rebuilt once events.jsonl changes.
    cache = json.loads((sessions_dir / CACHE_NAME).read_text(encoding="utf-8"))
    cache["sessions"][first.folder.name]["summary"]["title"] = "Fra cachen"
    (sessions_dir / CACHE_NAME).write_text(json.dumps(cache), encoding="utf-8")
    assert list_sessions(sessions_dir)[1].summary.title == "Fra cachen"  # type: ignore[union-attr]
    with (first.folder / "events.jsonl").open("a", encoding="utf-8") as log:
        log.write("")
    (first.folder / "events.jsonl").touch()
    reopened = LiveSession.open(first.folder, clock)
    reopened.close()
    assert list_sessions(sessions_dir)[1].summary.title == netvaerk.title  # type: ignore[union-attr]
    (sessions_dir / CACHE_NAME).write_text("{ not json", encoding="utf-8")
    assert len(list_sessions(sessions_dir)) == 2


def test_damaged_folders_are_listed_with_a_warning_and_never_rewritten(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    torn = meeting(netvaerk, clock, sessions_dir, "Nord", ["/beslutning A"])
    clock.advance(DAY)
    garbled = meeting(netvaerk, clock, sessions_dir, "Nord", ["/beslutning B"])
    clock.advance(DAY)
    newer = meeting(netvaerk, clock, sessions_dir, "Nord", ["/beslutning C"])
    clock.advance(DAY)
    broken = meeting(netvaerk, clock, sessions_dir, "Nord", [])
    with (torn.folder / "events.jsonl").open("a", encoding="utf-8") as log:
        log.write('{"seq": 99, "at": "2026-')
    lines = (garbled.folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(2, "ikke json")
    (garbled.folder / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    future = {"seq": 500, "at": "2026-11-26T20:00:00Z", "type": "hologram_shown", "data": {}}
    with (newer.folder / "events.jsonl").open("a", encoding="utf-8") as log:
        log.write(json.dumps(future) + "\n")
    (broken.folder / "session.toml").write_text("[session\n", encoding="utf-8")
    before = {
        path: path.read_bytes()
        for folder in (torn, garbled, newer, broken)
        for path in folder.folder.rglob("*")
        if path.is_file()
    }
    listed = {item.folder: item for item in list_sessions(sessions_dir)}
    assert "session.toml:1" in listed[broken.folder].problem
    assert "sidste linje" in listed[torn.folder].warnings[0]
    assert "linje 3" in listed[garbled.folder].warnings[0]
    assert "nyere version" in listed[newer.folder].warnings[0]
    # What could be read is there.
    assert listed[garbled.folder].summary.decisions == 1  # type: ignore[union-attr]
    after = {path: path.read_bytes() for path in before}
    assert after == before


def test_group_review_open_items_quiet_and_history(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    meeting(
        netvaerk,
        clock,
        sessions_dir,
        "Nord",
        ["/handling @Bo Bestil lokale", "/parker Økonomi"],
        talk={"Anne": 300, "Bo": 30},
    )
    clock.advance(28 * DAY)
    meeting(netvaerk, clock, sessions_dir, "Nord", ["/handling Send referat"], {"Anne": 200})
    meetings = as_meetings(group_records(sessions_dir, "Nord"))
    items = open_items(meetings)
    assert [(i.kind, i.text) for i in items] == [
        (EntryKind.ACTION, "Bestil lokale"),
        (EntryKind.PARKED, "Økonomi"),
        (EntryKind.ACTION, "Send referat"),
    ]
    quiet = fairness_over(meetings)
    # Bo is on the second meeting's roster too, but nobody marked him and he did not speak.
    assert [(row.name, row.meetings, row.seconds) for row in quiet] == [
        ("Bo", 1, 30),
        ("Anne", 2, 500),
    ]
    history = block_history(meetings)
    assert [(h.title, h.runs) for h in history] == [(netvaerk.blocks[0].title, 2)]
    assert history[0].actual_seconds == (330 + 200) // 2
    only_last = as_meetings(group_records(sessions_dir, "Nord", last=1))
    assert [m.folder for m in only_last] == [meetings[-1].folder]


def test_contacts_as_csv_and_vcard(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> None:
    with pytest.raises(StoreError, match=r"ingen møder i .* har en gruppe"):
        contacts_text(sessions_dir, "Nord", "csv")
    meeting(netvaerk, clock, sessions_dir, "Nord", [], talk={"Anne Ø": 10, "Bo; Berg": 5})
    meeting(netvaerk, clock, sessions_dir, "Syd", [], talk={"Carla": 10})
    csv_text = contacts_text(sessions_dir, "Nord", "csv")
    assert csv_text.startswith("\ufeffNavn;Faglighed;Rolle;E-mail;Telefon\r\n")
    assert "Anne Ø;;deltager;anne ø@x.dk;" in csv_text
    assert '"Bo; Berg"' in csv_text
    vcf = contacts_text(sessions_dir, "nord", "vcf")
    assert vcf.count("BEGIN:VCARD") == 2 and "FN:Bo\\; Berg" in vcf
    assert "ORG:Nord\r\n" in vcf  # as the meeting spells the group
    with pytest.raises(StoreError, match=r"»Ukendt« har ingen møder\. Kendte grupper: Nord, Syd"):
        contacts_text(sessions_dir, "Ukendt", "vcf")


def test_show_marks_an_item_red_from_one_second_over_and_explains_the_colours(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from facilitator.review.views import session_overview
    from facilitator.store.session_reader import read_session

    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    clock.advance(netvaerk.blocks[0].minutes * 60 + 1)  # one second over
    session.execute(agenda.next_block(session.state))
    clock.advance(netvaerk.blocks[1].minutes * 60)  # to the second
    session.execute(agenda.next_block(session.state))
    session.close()
    overview = session_overview(read_session(session.folder), COPENHAGEN)
    (table,) = [part for part in overview.renderables if isinstance(part, Table)][:1]
    bars = table.columns[3]._cells

    def actual_style(cell: object) -> set[str]:
        """The styles of the second bar in the cell: the actual time."""
        assert isinstance(cell, Text)
        second_line = cell.plain.index("\n")
        return {str(span.style) for span in cell.spans if span.start > second_line}

    assert "red" in actual_style(bars[0]) and "green" not in actual_style(bars[0])
    assert "green" in actual_style(bars[1]) and "red" not in actual_style(bars[1])
    console = Console(record=True, width=100)
    console.print(overview)
    shown = console.export_text()
    assert "█ planlagt   █ faktisk, inden for tiden   █ faktisk, over tiden" in shown
    assert "█ taletid" not in shown  # nobody spoke: no talk table, no legend for it
