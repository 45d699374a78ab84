"""`facilitator handover` and `facilitator import`: the group's memory to the next laptop."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_OK, say
from facilitator.core.clock import SystemClock, local_zone
from facilitator.core.events import parse_utc
from facilitator.core.handover import Change
from facilitator.i18n import format_day, tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.handover_files import (
    Imported,
    damage_in,
    import_handover,
    make_handover,
    read_handover,
    write_handover,
)


def run_handover_command(
    args: argparse.Namespace, sessions_dir: Path, console: Console, errors: Console
) -> int:
    now = SystemClock().now()
    try:
        if args.command == "handover":
            handover = make_handover(sessions_dir, args.group, now)
            write_handover(args.output, handover)
            for folder, warning in damage_in(sessions_dir, args.group):
                say(errors, tr("handover.damage_left_out", folder=folder, warning=warning))
            first, last = handover.sessions[0].folder, handover.sessions[-1].folder
            say(
                console,
                tr_count(
                    "handover.written",
                    len(handover.sessions),
                    path=args.output,
                    group=handover.group,
                    first=first,
                    last=last,
                ),
            )
            return EXIT_OK
        handover = read_handover(args.file)
        result = import_handover(sessions_dir, handover, now)
    except StoreError as error:
        say(errors, tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    return _report(result, handover.group, handover.made, sessions_dir, console, errors)


def _report(
    result: Imported, group: str, made: str, sessions_dir: Path, console: Console, errors: Console
) -> int:
    conflicts = result.named(Change.CONFLICT)
    if conflicts:
        for folder in conflicts:
            say(errors, tr("handover.conflict", folder=folder, path=sessions_dir / folder))
        say(errors, tr_count("handover.nothing_written", len(conflicts)))
        return EXIT_BAD_INPUT
    when = _made_day(made)
    for change in (Change.NEW, Change.GROWN, Change.OLDER):
        for folder in result.named(change):
            say(console, tr(f"handover.change_{change.value}", folder=folder))
    if not result.wrote:
        say(console, tr("handover.unchanged", group=group, when=when))
        return EXIT_OK
    say(console, tr("handover.imported", group=group, when=when, folder=sessions_dir))
    return EXIT_OK


def _made_day(made: str) -> str:
    try:
        return format_day(parse_utc(made).astimezone(local_zone()).date())
    except ValueError:
        return made[:40]
