"""Who was there: the marks made in the meeting, and everyone who had the word."""

from __future__ import annotations

from facilitator.core.danish_order import danish_key
from facilitator.core.referat import Attendance, ReferatState
from facilitator.core.roster_actions import seated
from facilitator.core.turns import TurnsState


def attendance(referat: ReferatState, turns: TurnsState) -> dict[str, Attendance]:
    """Each person's attendance: as marked, and present for anyone who spoke and was not
    marked otherwise (a speaker missing from Fremmøde made the referat contradict itself)."""
    marks = dict(referat.attendance)
    for person in turns.participants.values():
        if person.name not in marks and turns.turn_count(person.id) > 0:
            marks[person.name] = Attendance.PRESENT
    return marks


def present_names(referat: ReferatState, turns: TurnsState) -> list[str]:
    """Who is in the room to vote or object: the roster in seat order without those marked
    with afbud or away (as a round counts them), then anyone marked present who is not on
    the roster."""
    away = {Attendance.SENT_APOLOGIES, Attendance.ABSENT}
    seated = sorted(turns.participants.values(), key=lambda p: (p.seat, p.name.casefold()))
    names = [p.name for p in seated if referat.attendance.get(p.name) not in away]
    marked = [
        name
        for name, status in attendance(referat, turns).items()
        if status is Attendance.PRESENT and name not in names
    ]
    return names + sorted(marked, key=danish_key)


def attendance_lists(
    referat: ReferatState, turns: TurnsState
) -> list[tuple[Attendance, list[str]]]:
    """»Fremmøde« as the referat lists it: per status (mødt, afbud, …) the names in the
    order the roster shows them (seat order), then anyone not on the roster in Danish
    alphabetical order (æ, ø, å last). Before, they were sorted by Python's order, which
    is neither: Åse came before Æbelø-Jens, and the roster's order was lost."""
    marks = attendance(referat, turns)
    on_roster = [person.name for person in seated(turns)]
    place = {name: index for index, name in enumerate(on_roster)}
    off_roster = len(on_roster)

    def key(name: str) -> tuple[int, str]:
        return (place.get(name, off_roster), danish_key(name))

    lists = []
    for status in Attendance:
        names = sorted((name for name, mark in marks.items() if mark is status), key=key)
        if names:
            lists.append((status, names))
    return lists
