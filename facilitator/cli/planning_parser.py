"""The command line's words for `invite`, `plan` and `new` (their options and help).

Kept apart from the commands themselves (cli_planning.py) so that building the parser for
any command, `run` included, does not load the invitation and calendar code.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.export import INVITATION_FORMATS
from facilitator.i18n import tr

PLANNING_COMMANDS = ("invite", "plan", "new")
PLAN_ZONE = "Europe/Copenhagen"


def add_planning_commands(
    commands: argparse._SubParsersAction[Any],
    common: argparse.ArgumentParser,
) -> None:
    invite = commands.add_parser(
        "invite", parents=[common], help=tr("cli.cmd_invite"), description=tr("cli.cmd_invite")
    )
    invite.add_argument("program", metavar="PROGRAM", help=tr("cli.arg_program"))
    invite.add_argument("--date", metavar="DATO", help=tr("cli.arg_date"))
    invite.add_argument("--time", metavar="KL", help=tr("cli.arg_time"))
    invite.add_argument("--place", metavar="STED", default="", help=tr("cli.arg_place"))
    invite.add_argument(
        "--from", dest="sender", metavar="NAVN", default="", help=tr("cli.arg_from")
    )
    invite.add_argument("--chair", metavar="NAVN", default="", help=tr("cli.arg_chair"))
    invite.add_argument("--to", dest="recipient", metavar="NAVN", default="", help=tr("cli.arg_to"))
    invite.add_argument("--reply-by", metavar="DATO", help=tr("cli.arg_reply_by"))
    invite.add_argument("--contact", metavar="TLF/MAIL", default="", help=tr("cli.arg_contact"))
    invite.add_argument("--group", metavar="GRUPPE", default="", help=tr("cli.arg_group"))
    invite.add_argument(
        "--format", choices=INVITATION_FORMATS, default="md", help=tr("cli.arg_invite_format")
    )
    invite.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help=tr("cli.arg_invite_output")
    )

    plan = commands.add_parser(
        "plan", parents=[common], help=tr("cli.cmd_plan"), description=tr("cli.cmd_plan")
    )
    plan.add_argument("--group", metavar="GRUPPE", default="", help=tr("cli.arg_plan_group"))
    plan.add_argument("--start", metavar="DATO", required=True, help=tr("cli.arg_start"))
    plan.add_argument("--every", metavar="INTERVAL", default="4w", help=tr("cli.arg_every"))
    plan.add_argument("--count", metavar="N", type=int, default=6, help=tr("cli.arg_count"))
    plan.add_argument("--time", metavar="KL", default="19:00", help=tr("cli.arg_time"))
    plan.add_argument("--duration", metavar="VARIGHED", default="2h", help=tr("cli.arg_duration"))
    plan.add_argument("--place", metavar="STED", default="", help=tr("cli.arg_place"))
    plan.add_argument("--title", metavar="TITEL", default="", help=tr("cli.arg_title"))
    plan.add_argument("--themes", metavar="TEMAER", default="", help=tr("cli.arg_themes"))
    plan.add_argument("--rotate", action="store_true", help=tr("cli.arg_rotate"))
    plan.add_argument("--tz", metavar="ZONE", default=PLAN_ZONE, help=tr("cli.arg_tz"))
    plan.add_argument("-o", "--output", metavar="FILE", type=Path, help=tr("cli.arg_plan_output"))

    new = commands.add_parser(
        "new", parents=[common], help=tr("cli.cmd_new"), description=tr("cli.cmd_new")
    )
    new.add_argument("program_id", metavar="PROGRAM-ID", help=tr("cli.arg_new_id"))
    source = new.add_mutually_exclusive_group()
    source.add_argument("--from", dest="source", metavar="PROGRAM", help=tr("cli.arg_from_program"))
    source.add_argument("--from-session", metavar="SESSION", help=tr("cli.arg_from_session"))
    new.add_argument(
        "--programs-dir", metavar="DIR", type=Path, default=None, help=tr("cli.arg_programs_dir")
    )
