"""The command line: `facilitator [run|resume|programs|check]`. Exit 0 ok, 2 bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from facilitator import __version__
from facilitator.cli_planning_parser import PLANNING_COMMANDS, add_planning_commands
from facilitator.cli_support import (
    literal,
    local_zone,
    say,
    utf8_output,
    write_lines_exactly,
    write_out,
)
from facilitator.core.seats import Seat
from facilitator.core.text import printable
from facilitator.export import FORMATS
from facilitator.i18n import LANGUAGES, format_minutes, set_language, tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write
from facilitator.store.program_files import (
    ProgramLoadError,
    discover_programs,
    find_program,
    load_program,
    program_folders,
)
from facilitator.store.session_files import (
    default_sessions_dir,
    find_session_folder,
    read_header,
)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
SEAT_CHOICES = ("referent", "display", "vælg")
REVIEW_COMMANDS = ("sessions", "show", "actions", "contacts")
"""The review commands that print and end; the rest open the app or write a file.
Each command imports what it needs when it runs, so `run` starts without the others."""


def _language_from(argv: Sequence[str]) -> str:
    """Help texts are built before parsing, so peek at --lang first."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "da"


def _argparse_text(message: str) -> str:
    """argparse looks its own words up through `argparse._`; answer from our catalogue."""
    translated = tr(f"argparse.{message}")
    return message if translated == f"argparse.{message}" else translated


class _Parser(argparse.ArgumentParser):
    """argparse repeats what was typed in its errors: shown there, never obeyed."""

    def _print_message(self, message: str, file: Any = None) -> None:
        super()._print_message(printable(message), file)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    # Global options are accepted both before and after the command.
    common = _Parser(add_help=False)
    common.add_argument(
        "--sessions-dir", metavar="DIR", default=argparse.SUPPRESS, help=tr("cli.help_sessions_dir")
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=tr("cli.help_lang")
    )
    parser = _Parser(prog="facilitator", description=tr("cli.description"), parents=[common])
    parser.add_argument(
        "--version",
        action="version",
        version=f"facilitator {__version__}",
        help=tr("cli.help_version"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=tr("cli.commands"))
    run = commands.add_parser(
        "run", parents=[common], help=tr("cli.cmd_run"), description=tr("cli.cmd_run")
    )
    run.add_argument("program", metavar="PROGRAM", help=tr("cli.arg_program"))
    run.add_argument("--group", metavar="GRUPPE", default="", help=tr("cli.arg_group"))
    resume = commands.add_parser(
        "resume", parents=[common], help=tr("cli.cmd_resume"), description=tr("cli.cmd_resume")
    )
    resume.add_argument("session", metavar="SESSION", nargs="?", help=tr("cli.arg_running_session"))
    commands.add_parser(
        "programs",
        parents=[common],
        help=tr("cli.cmd_programs"),
        description=tr("cli.cmd_programs"),
    )
    check = commands.add_parser(
        "check", parents=[common], help=tr("cli.cmd_check"), description=tr("cli.cmd_check")
    )
    check.add_argument("files", metavar="FILE", nargs="+", type=Path, help=tr("cli.arg_files"))
    export = commands.add_parser(
        "export", parents=[common], help=tr("cli.cmd_export"), description=tr("cli.cmd_export")
    )
    export.add_argument("session", metavar="SESSION", nargs="?", help=tr("cli.arg_session"))
    export.add_argument("--format", choices=FORMATS, default="md", help=tr("cli.arg_format"))
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help=tr("cli.arg_output"))
    sessions = commands.add_parser(
        "sessions",
        parents=[common],
        help=tr("cli.cmd_sessions"),
        description=tr("cli.cmd_sessions"),
    )
    sessions.add_argument("--group", metavar="GRUPPE", help=tr("cli.arg_filter_group"))
    sessions.add_argument("--search", metavar="TEKST", help=tr("cli.arg_search"))
    show = commands.add_parser(
        "show", parents=[common], help=tr("cli.cmd_show"), description=tr("cli.cmd_show")
    )
    show.add_argument("session", metavar="SESSION", nargs="?", help=tr("cli.arg_session"))
    actions = commands.add_parser(
        "actions", parents=[common], help=tr("cli.cmd_actions"), description=tr("cli.cmd_actions")
    )
    actions.add_argument("--group", metavar="GRUPPE", help=tr("cli.arg_filter_group"))
    actions.add_argument("--open", action="store_true", help=tr("cli.arg_open"))
    contacts = commands.add_parser(
        "contacts",
        parents=[common],
        help=tr("cli.cmd_contacts"),
        description=tr("cli.cmd_contacts"),
    )
    contacts.add_argument(
        "--group", metavar="GRUPPE", required=True, help=tr("cli.arg_contacts_group")
    )
    contacts.add_argument(
        "--format", choices=("csv", "vcf"), default="csv", help=tr("cli.arg_contacts_format")
    )
    contacts.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help=tr("cli.arg_contacts_output")
    )
    join = commands.add_parser(
        "join", parents=[common], help=tr("cli.cmd_join"), description=tr("cli.cmd_join")
    )
    join.add_argument("session", metavar="SESSION", nargs="?", help=tr("cli.arg_running_session"))
    join.add_argument(
        "--as", dest="seat", choices=SEAT_CHOICES, default="referent", help=tr("cli.arg_seat")
    )
    display = commands.add_parser(
        "display", parents=[common], help=tr("cli.cmd_display"), description=tr("cli.cmd_display")
    )
    display.add_argument(
        "session", metavar="SESSION", nargs="?", help=tr("cli.arg_running_session")
    )
    serve = commands.add_parser(
        "serve", parents=[common], help=tr("cli.cmd_serve"), description=tr("cli.cmd_serve")
    )
    serve.add_argument("session", metavar="SESSION", nargs="?", help=tr("cli.arg_running_session"))
    serve.add_argument("--host", default="127.0.0.1", help=tr("cli.arg_host"))
    serve.add_argument("--port", type=int, default=8000, help=tr("cli.arg_port"))
    serve.add_argument("--token", default=None, help=tr("cli.arg_token"))
    review = commands.add_parser(
        "review", parents=[common], help=tr("cli.cmd_review"), description=tr("cli.cmd_review")
    )
    review.add_argument("--group", metavar="GRUPPE", default="", help=tr("cli.arg_filter_group"))
    add_planning_commands(commands, common)
    return parser


def command_review(args: argparse.Namespace, sessions_dir: Path, console: Console) -> int:
    """The review commands that print (REVIEW_COMMANDS)."""
    from facilitator.review_views import (
        actions_table,
        contacts_text,
        sessions_table,
        show_session,
    )

    zone = local_zone()
    try:
        if args.command == "sessions":
            console.print(sessions_table(sessions_dir, args.group, args.search, zone))
        elif args.command == "show":
            show_session(sessions_dir, args.session, zone, console)
        elif args.command == "actions":
            console.print(actions_table(sessions_dir, args.group, args.open, zone))
        elif args.command == "contacts":
            text = contacts_text(sessions_dir, args.group, args.format)
            if args.output is None:
                write_lines_exactly(text)
            else:  # byte for byte, where a shell's `>` may not be (Windows PowerShell)
                atomic_write(args.output, text.encode("utf-8"))
                say(console, tr("contacts.written", path=args.output))
    except StoreError as error:
        say(Console(stderr=True), tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    return EXIT_OK


def command_export(
    sessions_dir: Path, session: str | None, fmt: str, output: Path | None, console: Console
) -> int:
    from facilitator.export.referat import render_referat
    from facilitator.store.session_reader import read_session

    try:
        record = read_session(find_session_folder(sessions_dir, session))
        text = render_referat(record, fmt, local_zone())
        if output is None:
            write_out(text)  # a terminal is shown the text, never driven by it
            return EXIT_OK
        atomic_write(output, text.encode("utf-8"))  # the file keeps what was written
    except StoreError as error:
        say(Console(stderr=True), tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    say(console, tr("export.written", path=output))
    return EXIT_OK


def command_check(files: list[Path], console: Console) -> int:
    bad = 0
    for path in files:
        try:
            program = load_program(path)
        except ProgramLoadError as error:
            bad += 1
            say(console, error.format())
            continue
        total = format_minutes(program.planned_minutes)
        blocks = len(program.blocks)
        say(console, tr_count("cli.check_ok", blocks, path=path, title=program.title, total=total))
    if bad:
        say(console, tr_count("cli.check_bad_count", len(files), bad=bad))
        return EXIT_BAD_INPUT
    say(console, tr_count("cli.check_all_ok", len(files)))
    return EXIT_OK


def command_programs(console: Console) -> int:
    folders = program_folders()
    entries = discover_programs(folders)
    if not entries:
        say(console, tr("cli.programs_none", folders=", ".join(map(str, folders))))
        return EXIT_OK
    table = Table(box=None, padding=(0, 2), header_style="bold")
    table.add_column(tr("cli.col_id"), no_wrap=True)
    table.add_column(tr("cli.col_title"))
    table.add_column(tr("cli.col_time"), no_wrap=True)
    table.add_column(tr("cli.col_blocks"), justify="right")
    for entry in entries:
        if entry.program is None:
            table.add_row(literal(entry.program_id), literal(tr("cli.broken", path=entry.path)))
        else:
            table.add_row(
                literal(entry.program.id),
                literal(entry.program.title),
                format_minutes(entry.program.planned_minutes),
                str(len(entry.program.blocks)),
            )
    console.print(table)
    return EXIT_OK


def seat_for(args: argparse.Namespace) -> Seat | None:
    """`join --as vælg` (a browser tab) lets the user choose: None."""
    if args.command == "display":
        return Seat.DISPLAY
    if args.command != "join":
        return Seat.CHAIR
    return {"referent": Seat.REFERENT, "display": Seat.DISPLAY}.get(args.seat)


def session_for_seat(args: argparse.Namespace, sessions_dir: Path, errors: Console) -> Path:
    """The named meeting, or the one that was running (store/resume.py); when several were,
    the newest is opened and the others are named on stderr."""
    if args.session is not None:
        return find_session_folder(sessions_dir, args.session)
    from facilitator.store.resume import describe_others, session_to_resume

    chosen, others = session_to_resume(sessions_dir)
    if others:
        message = describe_others(chosen, others, args.command, local_zone())
        errors.print(message, markup=False, highlight=False)
    return chosen.folder


def command_serve(
    args: argparse.Namespace, folder: Path, sessions_dir: Path, lang: str, errors: Console
) -> int:
    from facilitator.serve import serve

    try:
        header, _program = read_header(folder)
    except StoreError as error:
        say(errors, tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    try:
        serve(
            folder.resolve(),
            sessions_dir.resolve(),
            header.title,
            args.host,
            args.port,
            args.token,
            lang,
            say=lambda line: print(printable(line)),
        )
    except OSError as error:  # the port is taken, or the address is not ours
        say(errors, tr("cli.serve_failed", host=args.host, port=args.port, reason=error))
        return EXIT_BAD_INPUT
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _language_from(arguments)
    set_language(language if language in LANGUAGES else "da")
    args = build_parser().parse_args(arguments)
    set_language(getattr(args, "lang", "da"))
    console = Console(highlight=False, soft_wrap=True)
    error_console = Console(stderr=True, highlight=False, soft_wrap=True)
    sessions_dir = default_sessions_dir(getattr(args, "sessions_dir", None))

    if args.command == "check":
        return command_check(args.files, console)
    if args.command == "programs":
        return command_programs(console)
    if args.command == "export":
        return command_export(sessions_dir, args.session, args.format, args.output, console)
    if args.command in REVIEW_COMMANDS:
        return command_review(args, sessions_dir, console)
    if args.command in PLANNING_COMMANDS:
        from facilitator.cli_planning import run_planning_command

        return run_planning_command(args, sessions_dir, console, error_console)

    program = None
    session_folder = None
    try:
        if args.command == "run":
            program = find_program(args.program, program_folders())
        elif args.command in ("resume", "join", "display", "serve"):
            session_folder = session_for_seat(args, sessions_dir, error_console)
    except ProgramLoadError as error:
        say(error_console, error.format())
        return EXIT_BAD_INPUT
    except StoreError as error:
        say(error_console, tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT

    lang = getattr(args, "lang", "da")
    if args.command == "serve":
        assert session_folder is not None
        return command_serve(args, session_folder, sessions_dir, lang, error_console)

    # Imported late: `check` and `programs` should not pay for loading Textual.
    from facilitator.tui.app import make_app

    app = make_app(
        program,
        sessions_dir=sessions_dir,
        session=session_folder,
        lang=lang,
        group=getattr(args, "group", "") or "",
        review=args.command == "review",
        seat=seat_for(args),
    )
    app.run()
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
