"""The group-memory words typed in a real terminal, and the files read back: what each
word wrote to the log, and what the referat says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.terminal.harness import Terminal

READY = "F5 Start/pause"


def logs(sessions: Path) -> list[list[dict[str, Any]]]:
    """Each session's events, oldest session first."""
    folders = sorted(path for path in sessions.iterdir() if path.is_dir())
    return [
        [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
        for folder in folders
    ]


def of_type(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [event["data"] for event in events if event["type"] == kind]


def test_an_agreement_typed_at_one_meeting_is_shown_and_ended_at_the_next(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("/aftale Det, der siges her, bliver her", "<Enter>")
    term.wait_for("Aftale: Det, der siges her, bliver her")
    assert term.quit() == 0

    term.start(*run, seat="second")
    term.wait_for("Gruppens aftaler", seat="second")
    term.wait_for("1. Det, der siges her", seat="second")
    term.burst("/aftale slut 1", "<Enter>", seat="second")
    term.wait_for("Aftale nr. 1 gælder ikke længere", seat="second")
    assert term.quit(seat="second") == 0

    first, second = logs(tmp_path / "sessions")
    (made,) = of_type(first, "agreement_made")
    assert made["text"] == "Det, der siges her, bliver her"
    (ended,) = of_type(second, "agreement_ended")
    assert ended["id"] == made["id"] and ended["session"] != ""


def test_off_the_record_is_kept_in_the_log_and_left_out_of_the_referat(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("Vi talte om vagtplanen", "<Enter>", "/fortroligt Annes sag ZZ91", "<Enter>")
    term.wait_for("Fortroligt: Annes sag ZZ91")
    term.burst("<F10>")
    term.wait_for("referat.md")
    term.burst("Kaffe", "<Enter>", "/fortroligt Bos sag QQ17")  # never ended with Enter
    term.wait_for("/fortroligt Bos sag QQ17")
    assert term.quit() == 0
    sessions = tmp_path / "sessions"
    (events,) = logs(sessions)
    (kept,) = of_type(events, "off_the_record")
    assert kept["text"] == "Annes sag ZZ91" and kept["block"] == "alfa"
    (folder,) = [path for path in sessions.iterdir() if path.is_dir()]
    for name in ("referat.md", "referat.html", "notes/01-alfa.md"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "ZZ91" not in text and "QQ17" not in text, name
    assert "Kaffe" in (folder / "notes/01-alfa.md").read_text(encoding="utf-8")  # saved
    assert "vagtplanen" in (folder / "referat.md").read_text(encoding="utf-8")


def test_a_time_out_typed_stops_the_clock_until_f5(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>")
    term.wait_until(lambda screen: "Klar – tryk F5" not in screen, "the clock running")
    term.burst("/timeout Carla", "<Enter>")
    term.wait_for("TIME-OUT, kaldt af Carla")
    term.burst("<F5>")
    term.wait_until(lambda screen: "TIME-OUT" not in screen, "the time-out ended")
    term.burst("<F10>")
    term.wait_for("referat.md")
    assert term.quit() == 0
    sessions = tmp_path / "sessions"
    (events,) = logs(sessions)
    kinds = [event["type"] for event in events]
    called = kinds.index("timeout_called")
    assert kinds[called - 1] == "clock_paused"
    assert kinds[called + 1 : called + 3] == ["clock_started", "timeout_ended"]
    assert of_type(events, "timeout_called") == [{"block": "alfa", "by": "Carla", "role": ""}]
    (folder,) = [path for path in sessions.iterdir() if path.is_dir()]
    referat = (folder / "referat.md").read_text(encoding="utf-8")
    assert "## Time-out" in referat and "under »Alfa«, kaldt af Carla" in referat


def test_a_status_typed_at_the_next_meeting_is_in_the_log_and_the_referat(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("/handling @Bo Bestil lokale", "<Enter>")
    term.wait_for("Handling h1: Bestil lokale")
    assert term.quit() == 0

    term.start(*run, seat="second")
    term.wait_for("1. Bestil lokale (Bo)", seat="second")
    term.burst("/status 1 udskudt 1.2: venter på svar", "<Enter>", seat="second")
    term.wait_for("udskudt til 1.2.", seat="second")
    term.burst("<F10>", seat="second")
    term.wait_for("referat.md", seat="second")
    assert term.quit(seat="second") == 0

    first, second = logs(tmp_path / "sessions")
    (action,) = of_type(first, "action_added")
    (status,) = of_type(second, "action_status_set")
    assert status["id"] == action["id"] and status["status"] == "postponed"
    assert status["note"] == "venter på svar" and status["due"].endswith("-02-01")
    (done,) = of_type(second, "action_updated")
    assert done["done"] is False
    newer = sorted(path for path in (tmp_path / "sessions").iterdir() if path.is_dir())[-1]
    referat = (newer / "referat.md").read_text(encoding="utf-8")
    assert "- Bestil lokale (Bo): udskudt til 1.2." in referat


def test_the_previous_referat_approved_at_the_next_meeting(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run)
    term.wait_for(READY)
    term.burst("/beslutning Vi mødes hver 4. uge", "<Enter>")
    term.wait_for("Beslutning: Vi mødes hver 4. uge")
    assert term.quit() == 0

    term.start(*run, seat="second")
    term.wait_for(READY, seat="second")
    term.burst("/fremmøde Anne, Bo", "<Enter>", "/godkend", "<Enter>", seat="second")
    term.wait_for("er godkendt af Anne og Bo.", seat="second")
    assert term.quit(seat="second") == 0

    sessions = tmp_path / "sessions"
    first, second = logs(sessions)
    older = sorted(path for path in sessions.iterdir() if path.is_dir())[0]
    assert of_type(second, "referat_approved") == [{"session": older.name, "by": ["Anne", "Bo"]}]
    assert not of_type(first, "referat_approved")


def test_the_chair_walks_three_open_actions_typed_in_a_burst_and_one_by_one(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    run = ("run", str(plain_program), "--group", "Netværk Nord", "--sessions-dir", "sessions")
    term.start(*run, seat="first")
    term.wait_for(READY, seat="first")
    term.burst(
        "/handling @Bo Bestil lokale", "<Enter>", "/handling @Anne Ring til kommunen", "<Enter>",
        "/handling Kage", "<Enter>", seat="first",
    )  # fmt: skip
    sessions = tmp_path / "sessions"
    term.wait_until(
        lambda _screen: len(of_type(logs(sessions)[0], "action_added")) == 3, "3", seat="first"
    )
    assert term.quit(seat="first") == 0

    term.start(*run)
    term.wait_for("1. Bestil lokale (Bo)")
    # The walk opened by a typed line, and the first two statuses, in one burst.
    term.burst(
        "/status", "<Enter>", "i", "venter på svar", "<Enter>",
        "s", "1.2: mangler tilbud", "<Enter>",
    )  # fmt: skip
    term.wait_for("3 af 3")
    term.one_by_one("dingen ovn", pause=0.05)
    term.burst("<Enter>")
    term.wait_for("Opfølgningen er slut: 3 handlinger fik status")
    term.burst("<F10>")
    term.wait_for("referat.md")
    assert term.quit() == 0

    first, second = logs(tmp_path / "sessions")
    ids = [action["id"] for action in of_type(first, "action_added")]
    said = [
        (s["id"], s["status"], s["note"], s["due"]) for s in of_type(second, "action_status_set")
    ]
    assert said == [
        (ids[0], "in_progress", "venter på svar", ""),
        (ids[1], "postponed", "mangler tilbud", "2027-02-01"),
        (ids[2], "dropped", "ingen ovn", ""),
    ]
    folder = sorted(path for path in (tmp_path / "sessions").iterdir() if path.is_dir())[-1]
    referat = (folder / "referat.md").read_text(encoding="utf-8")
    assert "- Bestil lokale (Bo): i gang: venter på svar" in referat
    assert "- Ring til kommunen (Anne): udskudt til 1.2.2027: mangler tilbud" in referat
    assert "- Kage: droppet: ingen ovn" in referat
