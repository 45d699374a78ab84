"""The commands that print: check, programs, export, and the review's sessions, show,
actions and contacts."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_OK, say, write_lines_exactly, write_out
from facilitator.core.clock import SystemClock, local_zone
from facilitator.core.formats import check_lines
from facilitator.i18n import format_minutes, tr, tr_count
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write
from facilitator.store.program_files import (
    ProgramLoadError,
    discover_programs,
    load_program,
    program_folders,
)
from facilitator.store.session_files import find_session_folder


def run_review_command(args: argparse.Namespace, sessions_dir: Path, console: Console) -> int:
    if args.command == "check":
        return command_check(args.files, console)
    if args.command == "programs":
        return command_programs(console)
    if args.command == "export":
        return command_export(sessions_dir, args.session, args.format, args.output, console)
    return command_review(args, sessions_dir, console)


def command_review(args: argparse.Namespace, sessions_dir: Path, console: Console) -> int:
    """The review commands that print (REVIEW_COMMANDS)."""
    from facilitator.export.contacts import contacts_text
    from facilitator.review.views import (
        actions_table,
        sessions_table,
        show_session,
        sync_copy_lines,
    )

    zone = local_zone()
    try:
        if args.command == "sessions":
            table = sessions_table(sessions_dir, args.group, args.search, zone)
            if table.row_count:
                console.print(table)
            else:  # an empty table said nothing about why
                say(console, nothing_listed(args.search))
            for warning in sync_copy_lines(sessions_dir, args.group):
                say(console, "⚠ " + warning)
        elif args.command == "show":
            show_session(sessions_dir, args.session, zone, console, SystemClock().now())
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


def nothing_listed(search: str | None) -> str:
    return tr("review.none_matching", search=search) if search else tr("review.none")


def command_export(
    sessions_dir: Path, session: str | None, fmt: str, output: Path | None, console: Console
) -> int:
    from facilitator.export.referat import render_referat
    from facilitator.store.liveness import record_end
    from facilitator.store.session_reader import read_session

    try:
        record = read_session(find_session_folder(sessions_dir, session))
        end = record_end(record, SystemClock().now())  # now only if a seat holds it
        text = render_referat(record, fmt, local_zone(), end)
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
        for line in check_lines(program.blocks):
            say(console, line)
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
