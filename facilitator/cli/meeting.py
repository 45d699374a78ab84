"""Opening a meeting's seats: which seat a command asks for, which meeting it means, and
`serve` for the seats in a browser."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_OK, say
from facilitator.core.clock import local_zone
from facilitator.core.seats import Seat
from facilitator.core.text import printable
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.session_files import find_session_folder, read_header


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
    from facilitator.tui.serve import serve

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
