"""The command line: one module per group of commands (`entry` reads the arguments and
hands each command to its module, imported when that command runs)."""

from facilitator.cli.entry import main

__all__ = ["main"]
