"""Splitting the present participants into groups of about N (kind = groups).

Sizes differ by at most one. Within that, each person goes to the group where they have the
fewest daily colleagues, then the fewest of their own faglighed, then the most room left, so
fagligheder mix and colleagues sit apart whenever the numbers allow it. A seed makes a split
repeatable; a new seed reshuffles.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from facilitator.core.participants import Participant


def group_sizes(count: int, size: int) -> list[int]:
    """`count` people in groups as close to `size` as possible, differing by at most one."""
    if count <= 0:
        return []
    groups = max(1, round(count / max(1, size)))
    base, extra = divmod(count, groups)
    return [base + 1 if index < extra else base for index in range(groups)]


def split_into_groups(
    people: Sequence[Participant],
    size: int,
    colleagues: set[frozenset[str]] | None = None,
    seed: int = 0,
) -> list[list[str]]:
    colleagues = colleagues or set()
    rng = random.Random(seed)
    order = list(people)
    rng.shuffle(order)
    # One faglighed at a time, the most common first: they are the hardest to spread, and
    # interleaving them lets the last people of a faglighed find only groups that have it.
    # People with a marked colleague go first of all, while every group still has room.
    frequency = Counter(p.faglighed for p in order)
    links = Counter(pid for pair in colleagues for pid in pair)
    order.sort(key=lambda p: (-links[p.id], -frequency[p.faglighed], p.faglighed))
    capacities = group_sizes(len(order), size)
    groups: list[list[Participant]] = [[] for _ in capacities]
    for person in order:
        open_groups = [i for i, group in enumerate(groups) if len(group) < capacities[i]]

        def cost(index: int, person: Participant = person) -> tuple[int, int, int, float]:
            group = groups[index]
            clashes = sum(1 for other in group if frozenset((person.id, other.id)) in colleagues)
            same_field = sum(
                1 for other in group if person.faglighed and other.faglighed == person.faglighed
            )
            # Most room left first, not smallest first: filling the small groups early can
            # leave the last people of a faglighed only one open group (found by hypothesis).
            room = capacities[index] - len(group)
            return (clashes, same_field, -room, rng.random())

        groups[min(open_groups, key=cost)].append(person)
    return [[person.id for person in group] for group in groups]
