"""The command line's words for `handover` and `import` (kept apart from the commands, so
building the parser for `run` does not load the handover code)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.i18n import tr

HANDOVER_COMMANDS = ("handover", "import")


def add_handover_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    handover = commands.add_parser(
        "handover",
        parents=[common],
        help=tr("cli.cmd_handover"),
        description=tr("cli.cmd_handover"),
    )
    handover.add_argument(
        "--group", metavar="GRUPPE", required=True, help=tr("cli.arg_handover_group")
    )
    handover.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help=tr("cli.arg_handover_output"),
    )
    imported = commands.add_parser(
        "import", parents=[common], help=tr("cli.cmd_import"), description=tr("cli.cmd_import")
    )
    imported.add_argument("file", metavar="FILE", type=Path, help=tr("cli.arg_import_file"))
