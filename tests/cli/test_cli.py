"""The command line, run as a user runs it (a real subprocess) where output matters."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC
from pathlib import Path
from typing import ClassVar

import pytest

from facilitator.cli import main
from facilitator.core.clock import FakeClock
from facilitator.store.live_session import LiveSession
from facilitator.store.program_files import load_program
from tests.conftest import MEETING_START, PROGRAMS, REPO


def run_cli(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_check_passes_for_all_shipped_programs() -> None:
    result = run_cli("check", *map(str, sorted(PROGRAMS.glob("*.toml"))))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Alle 8 filer er i orden." in result.stdout
    assert "(7 punkter, 2 t 40 min)" in result.stdout
    one = run_cli("check", str(PROGRAMS / "netvaerk-foerste-moede.toml"))
    assert one.stdout.strip().endswith("Filen er i orden.")


def test_check_reports_errors_with_location_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "daarlig.toml"
    bad.write_text('[program]\ntitle = "X"\n\n[[block]]\nid = "a"\ntitle = "A"\nminutes = 0\n')
    result = run_cli("check", str(bad))
    assert result.returncode == 2
    assert f"{bad}:7:1: block[1].minutes:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_programs_lists_ids_titles_and_time() -> None:
    result = run_cli("programs")
    assert result.returncode == 0
    assert "netvaerk-foerste-moede" in result.stdout and "2 t 40 min" in result.stdout


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert "facilitator 0." in capsys.readouterr().out
    for command in ([], ["run"], ["resume"], ["programs"], ["check"]):
        with pytest.raises(SystemExit) as exited:
            main([*command, "--help"])
        assert exited.value.code == 0
    assert "fortsæt et møde" in capsys.readouterr().out


def test_run_unknown_program_exits_2_with_danish_message(tmp_path: Path) -> None:
    result = run_cli("run", "findes-ikke", "--sessions-dir", str(tmp_path))
    assert result.returncode == 2
    assert "fandt intet program »findes-ikke«" in result.stderr
    assert "Kendte programmer: erfaringsgruppe-1, " in result.stderr
    assert "Ret filen" not in result.stderr  # there is no file to fix
    assert "Traceback" not in result.stderr


def test_resume_without_sessions_exits_2(tmp_path: Path) -> None:
    result = run_cli("resume", env={"FACILITATOR_SESSIONS_DIR": str(tmp_path / "tom")})
    assert result.returncode == 2
    assert "ingen møder" in result.stderr


def test_bad_option_exits_2() -> None:
    assert run_cli("--lang", "fr", "programs").returncode == 2


def test_review_commands_print_sessions_show_actions_and_contacts(
    tmp_path: Path,
) -> None:
    from facilitator.core.clock import FakeClock
    from facilitator.store.program_files import load_program
    from tests.conftest import MEETING_START
    from tests.store.test_history import meeting

    sessions_dir = tmp_path / "sessions"
    clock = FakeClock(MEETING_START)
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    meeting(
        program,
        clock,
        sessions_dir,
        "Netværk Nord",
        ["/beslutning Vi mødes hver fjerde uge", "/handling @Bo 1.12 Bestil lokale"],
        talk={"Anne": 90, "Bo": 30},
    )
    env = {"FACILITATOR_SESSIONS_DIR": str(sessions_dir), "COLUMNS": "120"}
    listing = run_cli("sessions", "--group", "netværk nord", env=env)
    assert listing.returncode == 0, listing.stderr
    assert "Netværk Nord" in listing.stdout and "Tidligere møder" in listing.stdout
    assert "Ingen møder passer" in run_cli("sessions", "--search", "zzz", env=env).stdout
    shown = run_cli("show", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "Planlagt og faktisk tid" in shown.stdout and "Anne" in shown.stdout
    assert "Vi mødes hver fjerde uge" in shown.stdout and "█" in shown.stdout
    actions = run_cli("actions", "--open", env=env)
    assert "Bestil lokale" in actions.stdout and "åben" in actions.stdout
    contacts = run_cli("contacts", "--group", "Netværk Nord", "--format", "vcf", env=env)
    assert contacts.stdout.count("BEGIN:VCARD") == 2
    missing = run_cli("show", "findes-ikke", env=env)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_seat_commands_name_a_missing_session_and_a_taken_port(tmp_path: Path) -> None:
    for command in (["join", "--as", "referent"], ["display"], ["serve"]):
        result = run_cli(*command, "--sessions-dir", str(tmp_path / "sessions"))
        assert result.returncode == 2, command
        assert "Fejl:" in result.stderr and "sessions" in result.stderr
    help_text = run_cli("join", "--help").stdout
    assert "referent" in help_text and "display" in help_text
    serve_help = run_cli("serve", "--help").stdout
    assert "127.0.0.1" in serve_help and "adgangskode" in serve_help
    program = load_program(PROGRAMS / "erfaringsgruppe-1.toml")
    session = LiveSession.create(tmp_path / "sessions", program, FakeClock(MEETING_START), UTC)
    session.close()
    folder = session.folder
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = run_cli("serve", str(folder), "--port", port, "--sessions-dir", str(folder.parent))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "optaget" in result.stderr and "Traceback" not in result.stderr


class OpenedApp:
    """Stands in for the app: records which meeting and seat the command line opened."""

    opened: ClassVar[list[tuple[Path | None, object]]] = []
    crashed = False
    return_code: int | None = None

    def __init__(self, program: object, **options: object) -> None:
        session = options["session"]
        assert session is None or isinstance(session, Path)
        OpenedApp.opened.append((session, options["seat"]))

    def run(self) -> None:
        pass


def test_resume_display_and_join_open_the_running_meeting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One meeting never started but newest by folder name, one started and ended, one
    started and running: without a name, every seat opens the running one."""
    from facilitator.core import agenda
    from facilitator.core.seats import Seat
    from tests.store.test_resume import ended, never_started, running

    sessions_dir = tmp_path / "sessions"
    clock = FakeClock(MEETING_START)
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    live = running(program, clock, sessions_dir)
    ended(program, clock, sessions_dir)
    live.execute(agenda.extend_block(live.state, 60))
    live.close()
    empty = never_started(program, clock, sessions_dir)
    assert max(p.name for p in sessions_dir.iterdir() if p.is_dir()) == empty.name
    monkeypatch.setattr("facilitator.tui.app.make_app", OpenedApp)
    OpenedApp.opened = []
    for command in (["resume"], ["display"], ["join", "--as", "referent"]):
        assert main([*command, "--sessions-dir", str(sessions_dir)]) == 0
    assert OpenedApp.opened == [
        (live.folder, Seat.CHAIR),
        (live.folder, Seat.DISPLAY),
        (live.folder, Seat.REFERENT),
    ]
    assert capsys.readouterr().err == ""  # one meeting was running: nothing to say

    clock.advance(60)
    other = running(program, clock, sessions_dir)  # a second one running, used last
    other.close()
    OpenedApp.opened = []
    assert main(["resume", "--sessions-dir", str(sessions_dir)]) == 0
    assert OpenedApp.opened == [(other.folder, Seat.CHAIR)]
    said = " ".join(capsys.readouterr().err.split())
    assert f"Et andet møde er også i gang: {live.folder.name}" in said
    assert "»facilitator resume MAPPE«" in said


@pytest.mark.parametrize("command", ["check", "run"])
def test_deep_nesting_and_huge_numbers_are_errors_with_their_place_not_tracebacks(
    tmp_path: Path, command: str
) -> None:
    source = (PROGRAMS / "netvaerk-foerste-moede.toml").read_text(encoding="utf-8")
    deep = tmp_path / "dyb.toml"
    deep.write_text(source.replace("[[block]]", "x = " + "[" * 500 + "]" * 500 + "\n[[block]]", 1))
    huge = tmp_path / "stor.toml"
    huge.write_text(source.replace("minutes = 15", "minutes = 15\nspeech_seconds = " + "9" * 20, 1))
    for path, where in ((deep, f"{deep}:21:13: "), (huge, f"{huge}:25:1: block[1].speech_seconds")):
        result = run_cli(command, str(path), "--sessions-dir", str(tmp_path / "s"))
        output = result.stdout + result.stderr
        assert result.returncode == 2, output
        assert "Traceback" not in output and "RecursionError" not in output
        assert where in output, output
    assert not (tmp_path / "s").exists()  # nothing was started


def test_an_app_that_closed_on_an_error_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's `panic` (an error in its input thread) must not look like success."""
    import facilitator.tui.app as app_module

    real_make_app = app_module.make_app

    def crashing_app(*args: object, **kwargs: object) -> app_module.FacilitatorApp:
        app = real_make_app(*args, **kwargs)  # type: ignore[arg-type]

        def run() -> None:
            app.crashed = True

        monkeypatch.setattr(app, "run", run)
        return app

    monkeypatch.setattr(app_module, "make_app", crashing_app)
    program = str(PROGRAMS / "netvaerk-foerste-moede.toml")
    assert main(["run", program, "--sessions-dir", str(tmp_path)]) == 1


def test_review_commands_say_what_they_did_not_find_and_fold_long_words(
    tmp_path: Path,
) -> None:
    """A tester at 80 columns: `actions` cut a long word to »kom…«, `agreements` for a group
    with no meeting said »har ingen aftaler« and exited 0, a search that found nothing
    printed an empty table."""
    from facilitator.core.clock import FakeClock
    from facilitator.store.program_files import load_program
    from tests.conftest import MEETING_START
    from tests.store.test_history import meeting

    sessions_dir = tmp_path / "sessions"
    long_word = "Kommunalbestyrelsesmedlemmernes-høringssvar"
    program = load_program(PROGRAMS / "netvaerk-foerste-moede.toml")
    meeting(
        program,
        FakeClock(MEETING_START),
        sessions_dir,
        "Netværk Nord",
        [f"/handling @Bo 1.12 Send {long_word} videre"],
    )
    env = {"FACILITATOR_SESSIONS_DIR": str(sessions_dir), "COLUMNS": "80"}
    actions = run_cli("actions", env=env)
    assert actions.returncode == 0, actions.stderr
    cells = "".join(line.split("│")[4] for line in actions.stdout.splitlines() if "│" in line)
    assert long_word in cells.replace(" ", ""), actions.stdout
    unknown = run_cli("agreements", "--group", "Netværk Ukendt", env=env)
    assert unknown.returncode == 2 and "Netværk Nord" in unknown.stderr, unknown.stderr
    spelled = run_cli("agreements", "--group", "netværk nord", env=env)
    assert spelled.returncode == 0 and "Netværk Nord" in spelled.stdout, spelled.stdout
    searched = run_cli("sessions", "--search", "hemmelig", env=env)
    assert searched.returncode == 0
    assert "Ingen møder passer til søgningen »hemmelig«." in searched.stdout, searched.stdout
