"""Phases inside an item (`[[block.phase]]`, or a `format` that expands into phases).

An item such as »Netværksønsker« is 25 minutes in groups, then one per group presents,
then the chair sums up. Each phase has its own title, minutes, kind, guide and prompts;
the item's minutes are the phases' sum, and `facilitator check` says so when they are not.
A `format` (`core/formats.py`) is a function from the item's minutes to phases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the collector is program.py's; phases are parsed as part of a block
    from facilitator.core.program import _Collector

MOST_PHASES = 12
PHASE_KEYS = ("title", "minutes", "kind", "guide", "prompts")


class PhaseKind(StrEnum):
    PLENUM = "plenum"
    ALONE = "alone"
    PAIRS = "pairs"
    GROUPS = "groups"
    ROUND = "round"
    """Everyone in seat order, as a round item."""
    PRESENT = "present"
    """The groups present one by one: »Gruppe 2 fremlægger«."""
    INTRODUCE = "introduce"
    """A round where each presents their neighbour: »Anne præsenterer Bo«."""
    WALK = "walk"
    PAUSE = "pause"


ROUND_KINDS = frozenset({PhaseKind.ROUND, PhaseKind.INTRODUCE})
"""Phases the talerliste follows as a round (F8 gives the next in seat order)."""


@dataclass(frozen=True)
class Phase:
    title: str
    minutes: int
    kind: PhaseKind = PhaseKind.PLENUM
    guide: str = ""
    prompts: tuple[str, ...] = ()


def phase_path(block_index: int, phase_index: int, key: str | None = None) -> str:
    """`block[3].phase[2].minutes`, both counted from 1 as a person counts them."""
    path = f"block[{block_index + 1}].phase[{phase_index + 1}]"
    return f"{path}.{key}" if key else path


def _parse_phase(block_index: int, index: int, raw: Any, collector: _Collector) -> Phase | None:
    if not isinstance(raw, Mapping):
        collector.add(phase_path(block_index, index), "program.phase_not_table")
        return None
    where = phase_path(block_index, index)
    collector.unknown_keys(raw, PHASE_KEYS, where)
    title = collector.text(raw, "title", phase_path(block_index, index, "title"), required=True)
    if "minutes" not in raw:
        collector.add(phase_path(block_index, index, "minutes"), "program.missing", key="minutes")
    minutes = collector.positive_int(raw, "minutes", phase_path(block_index, index, "minutes"))
    kind_value = raw.get("kind", PhaseKind.PLENUM.value)
    try:
        kind = PhaseKind(kind_value)
    except ValueError:
        collector.add(
            phase_path(block_index, index, "kind"),
            "program.unknown_phase_kind",
            value=kind_value,
            known=", ".join(kind.value for kind in PhaseKind),
        )
        kind = PhaseKind.PLENUM
    return Phase(
        title=title,
        minutes=minutes or 0,
        kind=kind,
        guide=collector.text(raw, "guide", phase_path(block_index, index, "guide"), False),
        prompts=collector.text_list(raw, "prompts", phase_path(block_index, index, "prompts")),
    )


def parse_block_phases(
    block_index: int, raw: Mapping[str, Any], minutes: int | None, collector: _Collector
) -> tuple[str, tuple[Phase, ...]]:
    """The block's `format` and its phases (written out, or expanded from the format).
    Every problem goes to the collector with its key path."""
    from facilitator.core.formats import FORMATS, expand_format

    raw_format, raw_phases = raw.get("format"), raw.get("phase")
    path = f"block[{block_index + 1}]"
    if raw_format is not None and raw_phases is not None:
        collector.add(f"{path}.format", "program.format_and_phases")
        return "", ()
    if raw_format is not None:
        name = collector.text(raw, "format", f"{path}.format", required=False)
        if name not in FORMATS:
            collector.add(
                f"{path}.format", "program.unknown_format", value=name, known=", ".join(FORMATS)
            )
            return "", ()
        if minutes is None:
            return name, ()
        expanded = expand_format(name, minutes)
        if expanded is None:
            least = len(FORMATS[name])
            collector.add(f"{path}.minutes", "program.format_too_short", name=name, least=least)
            return "", ()
        return name, expanded
    if raw_phases is None:
        return "", ()
    if not isinstance(raw_phases, list) or not raw_phases:
        collector.add(f"{path}.phase", "program.phase_not_array")
        return "", ()
    if len(raw_phases) > MOST_PHASES:
        collector.add(f"{path}.phase", "program.too_many_phases", limit=MOST_PHASES)
        return "", ()
    phases = [
        _parse_phase(block_index, index, item, collector) for index, item in enumerate(raw_phases)
    ]
    found = tuple(phase for phase in phases if phase is not None)
    phase_sum = sum(phase.minutes for phase in found)
    whole = len(found) == len(phases) and all(phase.minutes > 0 for phase in found)
    if whole and minutes is not None and phase_sum != minutes:
        collector.add(
            f"{path}.minutes", "program.phase_sum", item_minutes=minutes, phase_sum=phase_sum
        )
    return "", found


def phases_to_data(phases: tuple[Phase, ...]) -> list[dict[str, Any]]:
    """The TOML-ready `[[block.phase]]` tables (the inverse of the parsing above)."""
    tables: list[dict[str, Any]] = []
    for phase in phases:
        table: dict[str, Any] = {"title": phase.title, "minutes": phase.minutes}
        if phase.kind is not PhaseKind.PLENUM:
            table["kind"] = phase.kind.value
        if phase.guide:
            table["guide"] = phase.guide
        if phase.prompts:
            table["prompts"] = list(phase.prompts)
        tables.append(table)
    return tables
