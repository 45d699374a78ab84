"""A workshop program: timed blocks with guidance for the chair, and its validation.

Validation never raises on the first problem: it collects every issue with the key path
(`block[3].minutes`, blocks counted from 1 as a person counts them) so that one run of
`facilitator check` tells the author everything that is wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any

from facilitator.core import program_limits as limits
from facilitator.core.evaluation import read_dimensions
from facilitator.core.phases import Phase, parse_block_phases, phases_to_data


class BlockKind(StrEnum):
    PLENUM = "plenum"
    ROUND = "round"
    GROUPS = "groups"
    PAUSE = "pause"
    WALK = "walk"
    DECISION = "decision"
    EVALUATION = "evaluation"


@dataclass(frozen=True)
class Block:
    id: str
    title: str
    minutes: int
    kind: BlockKind = BlockKind.PLENUM
    lead: str = ""
    guide: str = ""
    prompts: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    checklist: tuple[str, ...] = ()
    group_size: int | None = None
    speech_seconds: int | None = None
    """A limit per speech in this item; overrides the program's."""
    phases: tuple[Phase, ...] = ()
    format: str = ""
    """The format the phases were expanded from (`core/formats.py`); written back as is."""
    dimensions: tuple[str, ...] = ()
    """What an evaluation item rates (empty: core/evaluation.py's defaults)."""


@dataclass(frozen=True)
class Program:
    id: str
    title: str
    blocks: tuple[Block, ...]
    source: str = ""
    description: str = ""
    total_minutes: int | None = None
    end_by: time | None = None
    place: str = ""
    materials: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    preparation: tuple[str, ...] = ()
    tips_heading: str = ""
    speech_seconds: int | None = None
    """A limit per speech for every item that does not set its own."""

    @property
    def planned_minutes(self) -> int:
        return sum(block.minutes for block in self.blocks)

    def block(self, block_id: str) -> Block:
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def index_of(self, block_id: str) -> int:
        for index, block in enumerate(self.blocks):
            if block.id == block_id:
                return index
        raise KeyError(block_id)


@dataclass(frozen=True)
class ProgramIssue:
    """One problem in a program. `message` is a catalogue key; `params` fill it in."""

    key_path: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ProgramInvalid(Exception):
    def __init__(self, issues: Sequence[ProgramIssue]) -> None:
        super().__init__(f"{len(issues)} problem(s) in program")
        self.issues = tuple(issues)


PROGRAM_KEYS = (
    "id",
    "title",
    "source",
    "description",
    "total_minutes",
    "end_by",
    "place",
    "materials",
    "roles",
    "preparation",
    "tips_heading",
    "speech_seconds",
)
BLOCK_KEYS = (
    "id",
    "title",
    "minutes",
    "kind",
    "lead",
    "guide",
    "prompts",
    "tips",
    "checklist",
    "group_size",
    "speech_seconds",
    "format",
    "phase",
    "dimensions",
)
TOP_KEYS = ("program", "block")
BLOCK_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
END_BY_PATTERN = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def block_path(index: int, key: str | None = None) -> str:
    """Key path of block number `index` (0-based in code, shown 1-based)."""
    path = f"block[{index + 1}]"
    return f"{path}.{key}" if key else path


class _Collector:
    def __init__(self) -> None:
        self.issues: list[ProgramIssue] = []

    def add(self, key_path: str, message: str, **params: Any) -> None:
        self.issues.append(ProgramIssue(key_path, message, params))

    def unknown_keys(self, table: Mapping[str, Any], known: Sequence[str], prefix: str) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                path = f"{prefix}.{key}" if prefix else key
                if close:
                    self.add(path, "program.unknown_key_suggest", key=key, suggestion=close[0])
                else:
                    self.add(path, "program.unknown_key", key=key, known=", ".join(known))

    def text(self, table: Mapping[str, Any], key: str, path: str, required: bool) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(path, "program.missing", key=key)
            return ""
        if not isinstance(value, str):
            self.add(path, "program.not_text", key=key)
            return ""
        if required and not value.strip():
            self.add(path, "program.empty", key=key)
        most = limits.LONG_TEXT if key in limits.LONG_KEYS else limits.SHORT_TEXT
        if len(value) > most:
            self.add(path, "program.text_too_long", key=key, most=most, length=len(value))
        return value.strip()

    def text_list(self, table: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(path, "program.not_text_list", key=key)
            return ()
        most, longest = limits.MOST_LIST_ITEMS, max(map(len, value), default=0)
        if len(value) > most:
            self.add(path, "program.list_too_long", key=key, most=most, count=len(value))
        if longest > limits.ITEM_TEXT:
            self.add(path, "program.item_too_long", key=key, most=limits.ITEM_TEXT, length=longest)
        return tuple(item.strip() for item in value)

    def positive_int(self, table: Mapping[str, Any], key: str, path: str) -> int | None:
        """A whole number from 1 up to the key's limit (`program_limits.NUMBERS`)."""
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.add(path, "program.not_positive_int", key=key, value=value)
            return None
        most, message = limits.NUMBERS[key]
        if value > most:
            self.add(path, message, key=key, most=most, value=value)
            return None
        return value


def _parse_end_by(value: Any, collector: _Collector) -> time | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        match = END_BY_PATTERN.match(value.strip())
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return time(hour, minute)
    collector.add("program.end_by", "program.bad_end_by", value=value)
    return None


def _parse_block(
    index: int, raw: Any, collector: _Collector, seen_ids: dict[str, int]
) -> Block | None:
    if not isinstance(raw, Mapping):
        collector.add(block_path(index), "program.block_not_table")
        return None
    collector.unknown_keys(raw, BLOCK_KEYS, block_path(index))
    block_id = collector.text(raw, "id", block_path(index, "id"), required=True)
    if block_id:
        if not BLOCK_ID_PATTERN.match(block_id):
            collector.add(block_path(index, "id"), "program.bad_block_id", value=block_id)
        elif block_id in seen_ids:
            collector.add(
                block_path(index, "id"),
                "program.duplicate_id",
                value=block_id,
                other=block_path(seen_ids[block_id]),
            )
        else:
            seen_ids[block_id] = index
    title = collector.text(raw, "title", block_path(index, "title"), required=True)
    if "minutes" not in raw:
        collector.add(block_path(index, "minutes"), "program.missing", key="minutes")
    minutes = collector.positive_int(raw, "minutes", block_path(index, "minutes"))
    kind_value = raw.get("kind", BlockKind.PLENUM.value)
    try:
        kind = BlockKind(kind_value)
    except ValueError:
        collector.add(
            block_path(index, "kind"),
            "program.unknown_kind",
            value=kind_value,
            known=", ".join(kind.value for kind in BlockKind),
        )
        kind = BlockKind.PLENUM
    group_size = collector.positive_int(raw, "group_size", block_path(index, "group_size"))
    if group_size is not None and group_size < 2:
        collector.add(block_path(index, "group_size"), "program.group_size_small")
    format_name, phases = parse_block_phases(index, raw, minutes, collector)
    dimensions, problem = read_dimensions(raw, kind is BlockKind.EVALUATION)
    if problem is not None:
        collector.add(block_path(index, "dimensions"), problem[0], **problem[1])
    block = Block(
        id=block_id,
        title=title,
        minutes=minutes or 0,
        kind=kind,
        lead=collector.text(raw, "lead", block_path(index, "lead"), required=False),
        guide=collector.text(raw, "guide", block_path(index, "guide"), required=False),
        prompts=collector.text_list(raw, "prompts", block_path(index, "prompts")),
        tips=collector.text_list(raw, "tips", block_path(index, "tips")),
        checklist=collector.text_list(raw, "checklist", block_path(index, "checklist")),
        group_size=group_size,
        speech_seconds=collector.positive_int(
            raw, "speech_seconds", block_path(index, "speech_seconds")
        ),
        phases=phases,
        format=format_name,
        dimensions=dimensions,
    )
    return block


def program_from_data(data: Mapping[str, Any], default_id: str) -> Program:
    """Build a Program from parsed TOML data, or raise ProgramInvalid with every issue."""
    collector = _Collector()
    collector.unknown_keys(data, TOP_KEYS, "")
    header = data.get("program")
    has_header = isinstance(header, Mapping)
    if not isinstance(header, Mapping):
        collector.add("program", "program.missing_table")
        header = {}
    collector.unknown_keys(header, PROGRAM_KEYS, "program")
    program_id = collector.text(header, "id", "program.id", required=False) or default_id
    if not BLOCK_ID_PATTERN.match(program_id):
        collector.add("program.id", "program.bad_program_id", value=program_id)
    title = collector.text(header, "title", "program.title", required=has_header)
    total_minutes = collector.positive_int(header, "total_minutes", "program.total_minutes")
    end_by = _parse_end_by(header.get("end_by"), collector)
    speech_seconds = collector.positive_int(header, "speech_seconds", "program.speech_seconds")

    raw_blocks = data.get("block")
    blocks: list[Block] = []
    if raw_blocks is None or (isinstance(raw_blocks, list) and not raw_blocks):
        collector.add("block", "program.no_blocks")
    elif not isinstance(raw_blocks, list):
        collector.add("block", "program.block_not_array")
    elif len(raw_blocks) > limits.MOST_BLOCKS:
        collector.add(
            "block", "program.too_many_blocks", most=limits.MOST_BLOCKS, count=len(raw_blocks)
        )
    else:
        seen_ids: dict[str, int] = {}
        for index, raw in enumerate(raw_blocks):
            block = _parse_block(index, raw, collector, seen_ids)
            if block is not None:
                blocks.append(block)

    block_sum = sum(block.minutes for block in blocks)
    all_minutes_valid = blocks and all(block.minutes > 0 for block in blocks)
    if all_minutes_valid and block_sum > limits.DAY_MINUTES:
        collector.add("block", "program.too_long", most=limits.DAY_MINUTES, block_sum=block_sum)
    elif total_minutes is not None and all_minutes_valid and block_sum != total_minutes:
        collector.add(
            "program.total_minutes",
            "program.total_mismatch",
            total=total_minutes,
            block_sum=block_sum,
        )
    if collector.issues:
        raise ProgramInvalid(collector.issues)
    return Program(
        id=program_id,
        title=title,
        blocks=tuple(blocks),
        source=collector.text(header, "source", "program.source", required=False),
        description=collector.text(header, "description", "program.description", False),
        total_minutes=total_minutes,
        end_by=end_by,
        place=collector.text(header, "place", "program.place", required=False),
        materials=collector.text_list(header, "materials", "program.materials"),
        roles=collector.text_list(header, "roles", "program.roles"),
        preparation=collector.text_list(header, "preparation", "program.preparation"),
        tips_heading=collector.text(header, "tips_heading", "program.tips_heading", False),
        speech_seconds=speech_seconds,
    )


def program_to_data(program: Program) -> dict[str, Any]:
    """The TOML-ready form of a program (the inverse of `program_from_data`)."""
    header: dict[str, Any] = {"id": program.id, "title": program.title}
    optional_header: dict[str, Any] = {
        "source": program.source,
        "description": program.description,
        "total_minutes": program.total_minutes,
        "end_by": program.end_by.strftime("%H:%M") if program.end_by else None,
        "place": program.place,
        "materials": list(program.materials),
        "roles": list(program.roles),
        "preparation": list(program.preparation),
        "tips_heading": program.tips_heading,
        "speech_seconds": program.speech_seconds,
    }
    header.update({key: value for key, value in optional_header.items() if value})
    blocks: list[dict[str, Any]] = []
    for block in program.blocks:
        entry: dict[str, Any] = {
            "id": block.id,
            "title": block.title,
            "minutes": block.minutes,
            "kind": block.kind.value,
        }
        optional_block: dict[str, Any] = {
            "lead": block.lead,
            "guide": block.guide,
            "prompts": list(block.prompts),
            "tips": list(block.tips),
            "checklist": list(block.checklist),
            "group_size": block.group_size,
            "speech_seconds": block.speech_seconds,
            "dimensions": list(block.dimensions),
        }
        entry.update({key: value for key, value in optional_block.items() if value})
        if block.format:
            entry["format"] = block.format
        elif block.phases:
            entry["phase"] = phases_to_data(block.phases)
        blocks.append(entry)
    return {"program": header, "block": blocks}


def suggested_id(text: str) -> str:
    """`Netværk Nord` → `netvaerk-nord`: a program id from a title or a group name."""
    lowered = text.lower()
    for letter, spelled in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        lowered = lowered.replace(letter, spelled)
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or "program"
