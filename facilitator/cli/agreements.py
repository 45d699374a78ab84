"""`facilitator agreements --group G [--format md|html]`: the group's spilleregler, the
agreements in force over all its meetings, as Markdown or a printable page."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.console import Console

from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_OK, say, write_out
from facilitator.export import FORMATS
from facilitator.i18n import tr

AGREEMENT_COMMANDS = ("agreements",)


def add_agreement_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    agreements = commands.add_parser(
        "agreements",
        parents=[common],
        help=tr("cli.cmd_agreements"),
        description=tr("cli.cmd_agreements"),
    )
    agreements.add_argument(
        "--group", metavar="GRUPPE", required=True, help=tr("cli.arg_agreements_group")
    )
    agreements.add_argument(
        "--format", choices=FORMATS, default="md", help=tr("cli.arg_agreements_format")
    )


def run_agreement_command(args: argparse.Namespace, sessions_dir: Path) -> int:
    from facilitator.core.agreements import agreements_in_force
    from facilitator.core.clock import local_zone
    from facilitator.export.referat_html import printable_html
    from facilitator.export.referat_memory import spilleregler_markdown
    from facilitator.store.errors import StoreError
    from facilitator.store.group_memory import group_meetings
    from facilitator.store.roster import group_spelling, unknown_group

    try:
        meetings = group_meetings(sessions_dir, args.group)
        if not meetings:  # a group misspelled is not a group without agreements
            raise unknown_group(sessions_dir, args.group)
        agreements = agreements_in_force(meetings)
        group = group_spelling(sessions_dir, args.group)
    except StoreError as error:
        say(Console(stderr=True), tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT
    text = spilleregler_markdown(group, agreements, local_zone())
    if args.format == "html":
        text = printable_html(text, tr("agreements.title", group=group))
    write_out(text)  # a terminal is shown the text, never driven by it
    return EXIT_OK
