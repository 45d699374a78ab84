"""Before and between meetings, driven as a new user would: make a program from the network
template, edit it, check it, run it, save the agenda as run, invite to the next meeting and
plan the half year."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import load_program
from tests.cli.test_cli import run_cli
from tests.conftest import COPENHAGEN, MEETING_START, PROGRAMS


def test_from_template_to_invitation(tmp_path: Path) -> None:
    env = {"FACILITATOR_SESSIONS_DIR": str(tmp_path / "sessions")}
    made = run_cli(
        "new", "netvaerk-nord", "--from", "netvaerk-foerste-moede", cwd=tmp_path, env=env
    )
    assert made.returncode == 0, made.stderr
    path = tmp_path / "programs" / "netvaerk-nord.toml"
    assert "Programmet er gemt i programs/netvaerk-nord.toml (6 punkter, 2 t 40 min)" in made.stdout

    # The user edits it: a shorter welcome, and a typo that check must find with its line.
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("minutes = 15", "minutes = 10", 1), encoding="utf-8")
    assert run_cli("check", str(path), cwd=tmp_path).returncode == 0
    path.write_text(text.replace("minutes = 15", "minutes = ti", 1), encoding="utf-8")
    broken = run_cli("check", str(path), cwd=tmp_path)
    assert broken.returncode == 2
    assert "programs/netvaerk-nord.toml:" in broken.stdout
    path.write_text(text.replace("minutes = 15", "minutes = 10", 1), encoding="utf-8")

    # Run it (the chair's keys through the store): +5 min on the welcome, skip the round.
    clock = FakeClock(MEETING_START)
    session = LiveSession.create(tmp_path / "sessions", load_program(path), clock, COPENHAGEN)
    session.execute(agenda.toggle_clock(session.state))
    session.execute(agenda.extend_block(session.state, 300))
    clock.advance(15 * 60)
    session.execute(agenda.next_block(session.state))
    session.execute(agenda.skip_block(session.state))
    session.close()

    tuned = run_cli("new", "netvaerk-nord-2", "--from-session", "seneste", cwd=tmp_path, env=env)
    assert tuned.returncode == 0, tuned.stderr
    saved = load_program(tmp_path / "programs" / "netvaerk-nord-2.toml")
    assert [(b.id, b.minutes) for b in saved.blocks][:2] == [("velkommen", 15), ("pause", 20)]
    assert "praesentationsrunde" not in [b.id for b in saved.blocks]
    assert run_cli("check", "programs/netvaerk-nord-2.toml", cwd=tmp_path).returncode == 0

    again = run_cli("new", "netvaerk-nord-2", cwd=tmp_path, env=env)
    assert again.returncode == 2
    assert "findes allerede" in again.stderr

    invite = run_cli(
        "invite", "netvaerk-nord-2", "--date", "7.1.2027", "--time", "19:00",
        "--place", "Biblioteket", "--from", "Mette", "--reply-by", "2.1.2027",
        "--format", "txt", "-o", "invitation.txt", cwd=tmp_path,
    )  # fmt: skip
    assert invite.returncode == 0, invite.stderr
    letter = (tmp_path / "invitation.txt").read_text(encoding="utf-8")
    assert "Vi mødes torsdag den 7. januar 2027 kl. 19.00–20.55 – Biblioteket." in letter
    assert "19.00–19.15  Velkommen (v. ordstyrer)" in letter
    assert "Ikke udfyldt" in invite.stderr and "ordstyrer (--chair)" in invite.stderr


def test_new_from_the_template_is_valid_and_bad_ids_are_refused(tmp_path: Path) -> None:
    made = run_cli("new", "min-gruppe", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = run_cli("check", "programs/min-gruppe.toml", cwd=tmp_path)
    assert "OK    programs/min-gruppe.toml: Nyt program (6 punkter, 2 t)" in checked.stdout
    bad = run_cli("new", "Min Gruppe", cwd=tmp_path)
    assert bad.returncode == 2
    assert "»Min Gruppe« kan ikke være et program-id" in bad.stderr
    # Fine here, but the console on Windows, where the file goes next.
    device = run_cli("new", "con", cwd=tmp_path)
    assert device.returncode == 2
    assert "»con« kan ikke være et program-id: Windows bruger navnet" in device.stderr
    assert not (tmp_path / "programs" / "con.toml").exists()


def test_plan_writes_a_calendar_with_rotation_from_the_group(tmp_path: Path) -> None:
    from tests.store.test_history import meeting

    sessions_dir = tmp_path / "sessions"
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    meeting(program, FakeClock(MEETING_START), sessions_dir, "Netværk Nord", [], talk={
        "Anne": 60, "Bo": 30
    })  # fmt: skip
    env = {"FACILITATOR_SESSIONS_DIR": str(sessions_dir)}
    result = run_cli(
        "plan", "--group", "Netværk Nord", "--start", "14.1.2027", "--every", "4w",
        "--count", "6", "--time", "19:00", "--duration", "2h30", "--place", "Kulturhuset",
        "--rotate", cwd=tmp_path, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "\n1. torsdag den 14. januar 2027 kl. 19.00–21.30, Kulturhuset" in result.stdout
    calendar = Calendar.from_ical((tmp_path / "mødeplan-netvaerk-nord.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 6
    assert "Ordstyrer: Anne" in str(events[0]["description"])
    assert "Ordstyrer: Bo" in str(events[1]["description"])

    bad = run_cli("plan", "--start", "14.1.2027", "--every", "hver uge", cwd=tmp_path)
    assert bad.returncode == 2
    assert "»hver uge« kan ikke læses som et interval" in bad.stderr


def test_plan_gives_the_meetings_their_themes_and_refuses_more_themes_than_meetings(
    tmp_path: Path,
) -> None:
    result = run_cli(
        "plan", "--group", "Nord", "--start", "14.1.2027", "--count", "2",
        "--themes", "Feedback: Anne, Bo; Konflikthåndtering: Carla", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "– tema »Feedback«, temaansvarlige Anne og Bo" in result.stdout
    events = list(Calendar.from_ical((tmp_path / "mødeplan-nord.ics").read_bytes()).walk("VEVENT"))
    assert [str(event["summary"]) for event in events] == [
        "Nord: Møde – Feedback",
        "Nord: Møde – Konflikthåndtering",
    ]
    too_many = run_cli(
        "plan", "--start", "14.1.2027", "--count", "1", "--themes", "A; B", cwd=tmp_path
    )
    assert too_many.returncode == 2
    assert "Der er flere temaer end møder: »B« har intet møde." in too_many.stderr
