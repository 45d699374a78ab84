"""Formats: ways of working that expand into phases scaled to the item's minutes.

`format = "1-2-4-alle"` on a 24-minute item gives 2, 4, 8 and 10 minutes: the phases keep
their proportions, every phase gets at least a minute, and the rounding gives the leftover
minutes to the phases that lost most to it, so the sum is always exactly the item's.
The phases' words are in the catalogue (`format.<name>.<n>.title` and `.guide`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from facilitator.core.phases import Phase, PhaseKind
from facilitator.i18n import format_minutes, tr

if TYPE_CHECKING:  # program.py parses formats through phases.py
    from facilitator.core.program import Block


@dataclass(frozen=True)
class FormatStep:
    weight: int
    kind: PhaseKind


FORMATS: dict[str, tuple[FormatStep, ...]] = {
    # Liberating Structures: 1 minute alone, 2 in pairs, 4 in foursomes, 5 all together.
    "1-2-4-alle": (
        FormatStep(1, PhaseKind.ALONE),
        FormatStep(2, PhaseKind.PAIRS),
        FormatStep(4, PhaseKind.GROUPS),
        FormatStep(5, PhaseKind.PLENUM),
    ),
    # One tells, the team asks, reflects while the teller listens, the teller answers.
    "reflekterende-team": (
        FormatStep(3, PhaseKind.PLENUM),
        FormatStep(2, PhaseKind.PLENUM),
        FormatStep(3, PhaseKind.PLENUM),
        FormatStep(1, PhaseKind.PLENUM),
        FormatStep(1, PhaseKind.PLENUM),
    ),
    # Two and two ask each other, then each presents the neighbour (erfaringsgruppe øvelse 1).
    "praesenter-naboen": (
        FormatStep(1, PhaseKind.PAIRS),
        FormatStep(2, PhaseKind.INTRODUCE),
    ),
    # Each tells about their area, then the walk, then what we saw (øvelse 2).
    "gaatur": (
        FormatStep(1, PhaseKind.ROUND),
        FormatStep(3, PhaseKind.WALK),
        FormatStep(1, PhaseKind.PLENUM),
    ),
}


def scale_minutes(total: int, weights: tuple[int, ...]) -> list[int] | None:
    """`total` minutes split in proportion to `weights`, each at least 1, summing to
    `total` exactly (largest remainder). None when there are fewer minutes than parts."""
    if total < len(weights) or not weights or min(weights) <= 0:
        return None
    weight_sum = sum(weights)
    ideal = [total * weight / weight_sum for weight in weights]
    shares = [max(1, int(value)) for value in ideal]
    # Who lost most to the rounding down gets a minute first; on a tie, the earlier phase.
    by_loss = sorted(range(len(weights)), key=lambda i: (shares[i] - ideal[i], i))
    position = 0
    while sum(shares) < total:
        shares[by_loss[position % len(by_loss)]] += 1
        position += 1
    # A phase raised to its one minute is paid for by the phase that gained most.
    while sum(shares) > total:
        giver = max(
            (i for i in range(len(shares)) if shares[i] > 1),
            key=lambda i: (shares[i] - ideal[i], -i),
        )
        shares[giver] -= 1
    return shares


def expand_format(name: str, minutes: int) -> tuple[Phase, ...] | None:
    """The phases of format `name` for an item of `minutes`; None when it is too short."""
    steps = FORMATS[name]
    shares = scale_minutes(minutes, tuple(step.weight for step in steps))
    if shares is None:
        return None
    return tuple(
        Phase(
            title=tr(f"format.{name}.{number}.title"),
            minutes=share,
            kind=step.kind,
            guide=tr(f"format.{name}.{number}.guide"),
        )
        for number, (step, share) in enumerate(zip(steps, shares, strict=True), start=1)
    )


def phases_summary(phases: tuple[Phase, ...]) -> str:
    """`Hver for sig 2 min · To og to 4 min · …`: the phases on one line."""
    return " · ".join(
        tr("phase.summary", title=phase.title, duration=format_minutes(phase.minutes))
        for phase in phases
    )


def check_lines(blocks: tuple[Block, ...]) -> list[str]:
    """What `facilitator check` says of each item with phases: its expansion."""
    lines = []
    for number, block in enumerate(blocks, start=1):
        if not block.phases:
            continue
        phases = phases_summary(block.phases)
        if block.format:
            lines.append(
                tr(
                    "phase.check_format",
                    item=number,
                    title=block.title,
                    format=block.format,
                    phases=phases,
                )
            )
        else:
            lines.append(tr("phase.check_line", item=number, title=block.title, phases=phases))
    return lines


def with_minutes(block: Block, minutes: int) -> Block:
    """The item at `minutes` with its phases still adding up (the agenda as run): a
    format expands anew, written phases keep their proportions; too few minutes for its
    phases, and the item is saved without them."""
    if not block.phases or sum(phase.minutes for phase in block.phases) == minutes:
        return replace(block, minutes=minutes)
    if block.format:
        expanded = expand_format(block.format, minutes)
        return replace(
            block, minutes=minutes, phases=expanded or (), format=block.format if expanded else ""
        )
    shares = scale_minutes(minutes, tuple(phase.minutes for phase in block.phases))
    if shares is None:
        return replace(block, minutes=minutes, phases=())
    phases = tuple(
        replace(phase, minutes=share) for phase, share in zip(block.phases, shares, strict=True)
    )
    return replace(block, minutes=minutes, phases=phases)
