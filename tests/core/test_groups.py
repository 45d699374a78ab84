"""Group split properties over random rosters (hypothesis)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.groups import group_sizes, split_into_groups
from facilitator.core.participants import Participant

FIELDS = ["pædagog", "drift", "byggeteknik", "boligsocial", ""]


@st.composite
def rosters(draw: st.DrawFn) -> tuple[list[Participant], int, set[frozenset[str]], int]:
    count = draw(st.integers(min_value=1, max_value=20))
    people = [
        Participant(id=f"p{i}", name=f"P{i}", faglighed=draw(st.sampled_from(FIELDS)), seat=i)
        for i in range(count)
    ]
    size = draw(st.integers(min_value=2, max_value=5))
    pairs = list(combinations([p.id for p in people], 2))
    colleagues = set(draw(st.lists(st.sampled_from(pairs), max_size=4))) if pairs else set()
    return people, size, {frozenset(pair) for pair in colleagues}, draw(st.integers(0, 1000))


@settings(max_examples=300, deadline=None)
@given(rosters())
def test_everyone_once_and_sizes_differ_by_at_most_one(
    roster: tuple[list[Participant], int, set[frozenset[str]], int],
) -> None:
    people, size, colleagues, seed = roster
    groups = split_into_groups(people, size, colleagues, seed)
    placed = [pid for group in groups for pid in group]
    assert sorted(placed) == sorted(p.id for p in people)
    sizes = [len(group) for group in groups]
    assert max(sizes) - min(sizes) <= 1


@settings(max_examples=300, deadline=None)
@given(rosters())
def test_fagligheder_mix_when_possible(
    roster: tuple[list[Participant], int, set[frozenset[str]], int],
) -> None:
    people, size, _colleagues, seed = roster
    groups = split_into_groups(people, size, set(), seed)
    field_of = {p.id: p.faglighed for p in people}
    counts = Counter(p.faglighed for p in people if p.faglighed)
    for field, total in counts.items():
        # No group holds more of one faglighed than an even spread requires.
        fair_share = -(-total // len(groups))
        for group in groups:
            assert sum(1 for pid in group if field_of[pid] == field) <= fair_share


@settings(max_examples=300, deadline=None)
@given(rosters())
def test_colleagues_apart_when_possible(
    roster: tuple[list[Participant], int, set[frozenset[str]], int],
) -> None:
    people, size, colleagues, seed = roster
    groups = split_into_groups(people, size, colleagues, seed)
    if len(groups) < 2:
        return
    # With at most four marked pairs and two or more groups, a greedy split can always avoid
    # putting a pair together unless the pairs form a clique larger than the group count.
    together = [pair for pair in colleagues if any(pair <= set(group) for group in groups)]
    members = Counter(pid for pair in colleagues for pid in pair)
    if all(count == 1 for count in members.values()):
        assert together == []


def test_group_sizes_follow_the_seed_text() -> None:
    assert group_sizes(10, 3) == [4, 3, 3]  # "3 og 3, eller hvordan det nu passer"
    assert group_sizes(9, 3) == [3, 3, 3]
    assert group_sizes(2, 3) == [2]
    assert group_sizes(0, 3) == []


def test_a_new_seed_reshuffles_and_the_same_seed_repeats() -> None:
    people = [Participant(id=f"p{i}", name=f"P{i}", seat=i) for i in range(12)]
    first = split_into_groups(people, 3, set(), seed=1)
    assert split_into_groups(people, 3, set(), seed=1) == first
    assert any(split_into_groups(people, 3, set(), seed=s) != first for s in range(2, 6))
