"""End to end: meeting 1 on laptop A, `handover`, `import` on laptop B, meeting 2 on B."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.tui.app import make_app
from facilitator.tui.screens.roster import RosterScreen
from facilitator.tui.widgets.guide_panel import GuidePanel
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS
from tests.store.handover_meeting import (
    ACTION,
    GROUP,
    SECRET_EVENT,
    SECRET_LINE,
    add_decision,
    held_meeting,
)
from tests.store.test_handover import tree

DAY = 24 * 3600


def all_bytes(*paths: Path) -> bytes:
    found = b""
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        found += b"".join(p.read_bytes() for p in files)
    return found


def said(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return " ".join(captured.out.split()), " ".join(captured.err.split())


async def test_the_next_meeting_on_another_laptop_carries_the_group(
    tmp_path: Path, netvaerk: Program, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_a, laptop_b, file = tmp_path / "A", tmp_path / "B", tmp_path / "overdragelse.json"
    held_meeting(netvaerk, clock, laptop_a)
    assert SECRET_EVENT.encode() in all_bytes(laptop_a)  # A keeps what was said, as it was
    handover = ["handover", "--group", GROUP, "-o", str(file), "--sessions-dir", str(laptop_a)]
    assert main(handover) == 0
    assert "Overdragelsesfilen er skrevet" in said(capsys)[0]
    assert main(["import", str(file), "--sessions-dir", str(laptop_b)]) == 0
    out, _err = said(capsys)
    assert "Nyt møde: " in out and f"Hentet ind i {laptop_b}" in out
    assert main(["import", str(file), "--sessions-dir", str(laptop_b)]) == 0
    assert "Intet er ændret" in said(capsys)[0]

    clock.advance(28 * DAY)
    app = make_app(
        netvaerk,
        sessions_dir=laptop_b,
        clock=clock,
        zone=COPENHAGEN,
        folders=[PROGRAMS],
        group=GROUP,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+f12")
        assert isinstance(app.screen, RosterScreen)  # the roster from last time, on B
        roster = app.export_screenshot().replace("&#160;", " ")
        assert "Anne Holm" in roster and "Carla" in roster
        await pilot.press("escape")
        guide = app.screen.query_one(GuidePanel)
        assert guide.carried == (
            f"1. {ACTION} (Carla, senest 10.12.2026)",
            "2. Forplejning (parkeret)",
        )
        assert app.session is not None
        header = app.session.header
        assert {p.name: (p.email, p.role) for p in header.roster} == {
            "Anne Holm": ("anne@x.dk", "deltager"),
            "Carla": ("carla@x.dk", "ordstyrer"),  # the chair meeting 1 chose for this one
        }
        await pilot.press(*"/udført 1", "enter")
        assert guide.carried == ("1. Forplejning (parkeret)",)
        await pilot.press("ctrl+q")
        await pilot.pause()
    everything = all_bytes(laptop_b, file)
    assert SECRET_EVENT.encode() not in everything and SECRET_LINE.encode() not in everything
    assert b"fortroligt" not in everything.lower()


def test_a_damaged_file_is_refused_and_nothing_changes(
    tmp_path: Path, netvaerk: Program, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_a, laptop_b, file = tmp_path / "A", tmp_path / "B", tmp_path / "overdragelse.json"
    held_meeting(netvaerk, clock, laptop_a)
    main(["handover", "--group", GROUP, "-o", str(file), "--sessions-dir", str(laptop_a)])
    main(["import", str(file), "--sessions-dir", str(laptop_b)])
    said(capsys)
    before = tree(laptop_b)
    file.write_bytes(file.read_bytes().replace(b"Carla", b"Karla", 1))
    assert main(["import", str(file), "--sessions-dir", str(laptop_b)]) == 2
    _out, err = said(capsys)
    assert "kan ikke hentes ind: kontrolsummen passer ikke" in err and "Intet er ændret" in err
    file.write_text("Hej Bo, her er referatet", encoding="utf-8")
    assert main(["import", str(file), "--sessions-dir", str(laptop_b)]) == 2
    assert "ikke en overdragelsesfil" in said(capsys)[1]
    assert tree(laptop_b) == before


def test_a_conflict_is_named_on_the_command_line(
    tmp_path: Path, netvaerk: Program, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_a, laptop_b, file = tmp_path / "A", tmp_path / "B", tmp_path / "overdragelse.json"
    meetings = []
    for laptop in (laptop_a, laptop_b):  # the same minute, the same program: one name
        session = held_meeting(netvaerk, FakeClock(MEETING_START), laptop, end=False)
        reopened = LiveSession.open(session.folder, session.clock)
        add_decision(reopened, f"Skrevet på {laptop.name}", "x1")
        reopened.close()
        meetings.append(session.folder.name)
    assert meetings[0] == meetings[1]
    main(["handover", "--group", GROUP, "-o", str(file), "--sessions-dir", str(laptop_a)])
    said(capsys)
    before = tree(laptop_b)
    assert main(["import", str(file), "--sessions-dir", str(laptop_b)]) == 2
    _out, err = said(capsys)
    assert f"Konflikt: mødet {meetings[0]} er ændret både her" in err
    assert "intet fra overdragelsesfilen er hentet ind" in err
    assert tree(laptop_b) == before


def test_handover_names_what_it_could_not_read(
    tmp_path: Path, netvaerk: Program, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = held_meeting(netvaerk, clock, tmp_path).folder
    with open(folder / "events.jsonl", "ab") as log:
        log.write(b"{damaged\n")
    (folder / "notes" / "01-velkommen.md").write_bytes(b"\xff\xfe ikke UTF-8")
    file = tmp_path / "overdragelse.json"
    assert (
        main(["handover", "--group", GROUP, "-o", str(file), "--sessions-dir", str(tmp_path)]) == 0
    )
    _out, err = said(capsys)
    assert f"Advarsel, {folder.name}:" in err and "events.jsonl" in err
    assert "01-velkommen.md" in err and "ikke med i overdragelsesfilen" in err
    assert "ikke forstået" not in err  # the off-the-record event is left out, not damage
    assert b"damaged" not in file.read_bytes()


def test_handover_of_an_unknown_group_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["handover", "--group", "Syd", "-o", str(tmp_path / "x.json"),
                 "--sessions-dir", str(tmp_path)])  # fmt: skip
    assert code == 2 and "ingen møder for gruppen »Syd«" in said(capsys)[1]
    assert not (tmp_path / "x.json").exists()


def test_sessions_and_show_name_a_synced_drives_copies(
    tmp_path: Path, netvaerk: Program, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = held_meeting(netvaerk, clock, tmp_path).folder
    (folder / "events.sync-conflict-20261201-101010-ABCDEF.jsonl").write_bytes(b"{x\n")
    (folder / "session (1).toml").write_bytes(b"[[[")
    for command in ("sessions", "show"):
        assert main([command, "--sessions-dir", str(tmp_path)]) == 0
        out, _err = said(capsys)
        assert "events.sync-conflict-20261201-101010-ABCDEF.jsonl er en konfliktkopi" in out
        assert (
            "session (1).toml er en konfliktkopi" in out and "mødet læses fra session.toml" in out
        )
