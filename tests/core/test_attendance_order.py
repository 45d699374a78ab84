"""»Fremmøde« lists people in the order the roster shows them (seat order), then anyone not
on the roster alphabetically the Danish way: æ, ø, å last, in that order."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.core.attendance import attendance_lists
from facilitator.core.danish_order import danish_key
from facilitator.core.events import Event
from facilitator.core.participants import Participant
from facilitator.core.program import Program
from facilitator.core.referat import Attendance, ReferatEvent
from facilitator.core.session import SessionState

AT = datetime(2026, 11, 26, 18, tzinfo=UTC)
# Seat order differs from both the alphabet and the order they were marked in.
ROSTER = [
    Participant("p1", "Carla Sørensen", seat=2),
    Participant("p2", "Åse Berg", seat=0),
    Participant("p3", "Bo Berg", seat=1),
    Participant("p4", "Anne Holm", seat=3),
]


def marked(program: Program, marks: list[tuple[str, str]]) -> SessionState:
    events = [
        Event(n, AT, ReferatEvent.ATTENDANCE_SET, {"name": name, "status": status})
        for n, (name, status) in enumerate(marks, start=1)
    ]
    return SessionState.from_events(program, events, ROSTER)


def test_danish_alphabetical_order_puts_ae_oe_aa_last() -> None:
    names = ["Åse", "Ølund", "Zelda", "Æbelø-Jens", "anne", "Émile", "Bo", "Zoë"]
    assert sorted(names, key=danish_key) == [
        "anne",
        "Bo",
        "Émile",
        "Zelda",
        "Zoë",
        "Æbelø-Jens",
        "Ølund",
        "Åse",
    ]


def test_fremmoede_is_in_the_rosters_order_then_the_others_the_danish_way(
    netvaerk: Program,
) -> None:
    present, away = Attendance.PRESENT.value, Attendance.SENT_APOLOGIES.value
    state = marked(
        netvaerk,
        [
            ("Anne Holm", present),
            ("Ølund", present),
            ("Carla Sørensen", present),
            ("Åse Berg", present),
            ("Zelda", present),
            ("Æbelø-Jens", present),
            ("Bo Berg", away),
            ("Øster", away),
            ("Dorte", away),
        ],
    )
    assert attendance_lists(state.referat, state.turns) == [
        (
            Attendance.PRESENT,
            ["Åse Berg", "Carla Sørensen", "Anne Holm", "Zelda", "Æbelø-Jens", "Ølund"],
        ),
        (Attendance.SENT_APOLOGIES, ["Bo Berg", "Dorte", "Øster"]),
    ]
