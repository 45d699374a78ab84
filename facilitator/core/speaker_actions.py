"""The chair's actions on the talerliste and the room: each looks at the state and what the
chair gave, and returns the events to record as one action, or a Refusal. The screens ask
and show; the rules are here (and tested in milliseconds, not in a Pilot run)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.groups import split_into_groups
from facilitator.core.name_length import name_refusal
from facilitator.core.program import BlockKind, Program
from facilitator.core.referat import ReferatState
from facilitator.core.rounds import round_order
from facilitator.core.turn_commands import add_participant, parse_participant
from facilitator.core.turns import Priority, TurnEvent, TurnsState


@dataclass(frozen=True)
class Asked:
    """F9's answer: a seat number or a name (`Anne, pædagog` for someone new), and what
    they ask for (a reply, a clarifying question, a point of order, or the word)."""

    text: str
    priority: Priority = Priority.NORMAL


def queue_speaker(turns: TurnsState, asked: Asked) -> Action:
    """Put someone on the talerliste. A new name joins the meeting first (one action); one
    already waiting with another priority is taken out and in again, never off the list."""
    name, faglighed = parse_participant(asked.text)
    person = turns.find(name)
    drafts: list[EventDraft] = []
    if person is None:
        fits = [
            p for p in turns.participants.values() if p.name.casefold().startswith(name.casefold())
        ]
        if name.isdigit():
            return Refusal("speakers.no_seat", {"text": name})
        if fits or not name:
            return Refusal("speakers.unknown", {"text": name})
        if too_long := name_refusal(name):
            return too_long
        joining = add_participant(turns, name, faglighed)
        drafts.append(joining)
        who = str(joining.data["id"])
    else:
        who = person.id
        waiting = next((e for e in turns.queue if e.participant == who), None)
        if waiting is not None:
            if waiting.priority is asked.priority:
                return Refusal("speakers.already", {"name": person.name})
            drafts.append(EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": who}))
    queued = {"participant": who, "priority": asked.priority.name}
    return [*drafts, EventDraft(TurnEvent.SPEAKER_QUEUED, queued)]


def give_floor(turns: TurnsState, who: str) -> Action:
    """Give the word out of turn (the talerliste editor's Enter)."""
    if who not in turns.participants:
        return Refusal("speakers.unknown", {"text": who})
    return [EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": who})]


def take_off_queue(turns: TurnsState, who: str) -> Action:
    if not any(entry.participant == who for entry in turns.queue):
        return Refusal("speakers.unknown", {"text": who})
    return [EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": who})]


def mark_colleagues(turns: TurnsState, names_text: str) -> Action:
    """`/kolleger Anne, Bo`: they work together daily, so groups keep them apart."""
    names = [name.strip() for name in names_text.split(",") if name.strip()]
    found = [turns.find(name) for name in names]
    if len(names) < 2 or any(person is None for person in found):
        return Refusal("groups.colleagues_unknown")
    ids = [person.id for person in found if person is not None]
    return [EventDraft(TurnEvent.COLLEAGUES_MARKED, {"participants": ids})]


def split_groups(
    program: Program, block_id: str | None, turns: TurnsState, referat: ReferatState, grow: bool
) -> Action:
    """F12: the present participants in groups (again: a new mix); Shift+F12: one more per
    group (after 6, back to 2)."""
    if block_id is None or program.block(block_id).kind is not BlockKind.GROUPS:
        return Refusal("groups.not_groups")
    people = round_order(turns, referat)
    if len(people) < 2:
        return Refusal("groups.too_few")
    size, seed, _groups = turns.groups.get(
        block_id, (program.block(block_id).group_size or 3, 0, [])
    )
    if grow:
        size = size + 1 if size < 6 else 2
    groups = split_into_groups(people, size, turns.colleagues, seed + 1)
    data = {"block": block_id, "size": size, "seed": seed + 1, "groups": groups}
    return [EventDraft(TurnEvent.GROUPS_SPLIT, data)]


def toggle_quiet_first(turns: TurnsState) -> Action:
    return [EventDraft(TurnEvent.QUIET_FIRST_SET, {"on": not turns.quiet_first})]
