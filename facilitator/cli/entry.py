"""The command line: `facilitator [run|resume|programs|check]`. Exit 0 ok, 2 bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console

from facilitator import __version__
from facilitator.cli.agreements import AGREEMENT_COMMANDS, add_agreement_commands
from facilitator.cli.handover_parser import HANDOVER_COMMANDS, add_handover_commands
from facilitator.cli.meeting import seat_for, session_for_seat
from facilitator.cli.planning_parser import PLANNING_COMMANDS, add_planning_commands
from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_CRASH, EXIT_OK, say, utf8_output
from facilitator.core.meeting_plan import PlanInputError, parse_clock
from facilitator.core.text import printable
from facilitator.export import FORMATS
from facilitator.i18n import LANGUAGES, has_text, set_language, tr
from facilitator.store.errors import StoreError
from facilitator.store.program_files import ProgramLoadError, find_program, program_folders
from facilitator.store.session_files import default_sessions_dir

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
    key = f"argparse.{message}"
    return tr(key) if has_text(key) else message


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
    run.add_argument("--start", metavar="KL", default="", help=tr("cli.arg_run_start"))
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
    add_handover_commands(commands, common)
    add_agreement_commands(commands, common)
    return parser


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

    if args.command in ("check", "programs", "export", *REVIEW_COMMANDS):
        from facilitator.cli.review import run_review_command

        return run_review_command(args, sessions_dir, console)
    if args.command in AGREEMENT_COMMANDS:
        from facilitator.cli.agreements import run_agreement_command

        return run_agreement_command(args, sessions_dir)
    if args.command in PLANNING_COMMANDS:
        from facilitator.cli.planning import run_planning_command

        return run_planning_command(args, sessions_dir, console, error_console)

    if args.command in HANDOVER_COMMANDS:
        from facilitator.cli.handover import run_handover_command

        return run_handover_command(args, sessions_dir, console, error_console)

    program = None
    session_folder = None
    start = None
    try:
        if args.command == "run":
            program = find_program(args.program, program_folders())
            start = parse_clock(args.start) if args.start else None
        elif args.command in ("resume", "join", "display", "serve"):
            session_folder = session_for_seat(args, sessions_dir, error_console)
    except ProgramLoadError as error:
        say(error_console, error.format())
        return EXIT_BAD_INPUT
    except StoreError as error:
        say(error_console, tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    except PlanInputError as error:
        say(error_console, tr("cli.error", message=tr(error.message, value=error.value)))
        return EXIT_BAD_INPUT

    lang = getattr(args, "lang", "da")
    if args.command == "serve":
        from facilitator.cli.meeting import command_serve

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
        start=start,
    )
    app.run()
    return EXIT_CRASH if app.crashed or app.return_code else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
