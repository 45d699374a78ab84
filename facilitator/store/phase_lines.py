"""Where a phase's key is written: `block[2].phase[3].minutes` → its line and column.

`[[block.phase]]` tables belong to the `[[block]]` above them, so they are counted anew
under each block (the generic locator counts a table name through the whole file).
"""

from __future__ import annotations

import re

PHASE_PATH = re.compile(r"^block\[(\d+)\]\.phase\[(\d+)\](?:\.(\w+))?$")
BLOCK_HEADER = re.compile(r"^\s*\[\[\s*block\s*\]\]")
PHASE_HEADER = re.compile(r"^\s*\[\[\s*block\s*\.\s*phase\s*\]\]")
ANY_HEADER = re.compile(r"^\s*\[")


def locate_phase_path(text: str, key_path: str) -> tuple[int, int] | None:
    """The 1-based line and column of a phase's key (or of its table), or None when
    `key_path` is not a phase's or is not written as `[[block.phase]]` tables."""
    match = PHASE_PATH.match(key_path)
    if match is None:
        return None
    block, phase, key = int(match.group(1)), int(match.group(2)), match.group(3)
    blocks = phases = 0
    inside = False
    header: tuple[int, int] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if BLOCK_HEADER.match(line):
            blocks, phases, inside = blocks + 1, 0, False
            continue
        if PHASE_HEADER.match(line):
            phases += 1
            inside = (blocks, phases) == (block, phase)
            if inside:
                header = (number, 1)
            continue
        if ANY_HEADER.match(line):
            inside = False
            continue
        if inside and key:
            found = re.match(rf"^(\s*)({re.escape(key)})\s*=", line)
            if found:
                return number, len(found.group(1)) + 1
    return header
