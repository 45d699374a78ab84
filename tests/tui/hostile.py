"""Hostile text for the screens: markup, escape sequences, bidi overrides, emoji, 10,000
characters, put into every field a person or a file fills in, and a look at what the
screen then draws (the cells themselves, as the terminal gets them)."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import strategies as st
from rich.console import Console

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.name_length import MAX_NAME_LENGTH
from facilitator.core.program import Program
from facilitator.core.program_limits import ITEM_TEXT, LONG_TEXT, SHORT_TEXT
from facilitator.core.referat import ReferatEvent
from facilitator.core.text import printable
from facilitator.core.turn_commands import add_participant
from facilitator.core.turns import TurnEvent
from facilitator.store.live_session import LiveSession
from facilitator.store.notes import save_note
from facilitator.store.program_files import load_program
from facilitator.tui.app import FacilitatorApp
from tests.conftest import COPENHAGEN, MEETING_START

FIELDS = (
    "program",
    "description",
    "place",
    "source",
    "material",
    "preparation",
    "tips_heading",
    "block",
    "lead",
    "guide",
    "prompt",
    "tip",
    "check",
    "decision_block",
    "round_block",
    "groups_block",
    "name",
    "name2",
    "faglighed",
    "decision",
    "action",
    "who",
    "parked",
    "notes",
    "group",
)
WORST = (
    "Valg: Anne [for=5, imod=2]",
    "Kaffe [@click=app.quit]KLIK[/]",
    "Budget a [/] b",
    "Se [link=https://x.example]y[/link]",
    "Status [udkast] godkendt",
    "Kopi \x1b]52;c;aGk=\x07slut",
    "Kopi \x1b]52;c;aGk=\x1b\\slut",
    "Ryd \x1b[2Jskærm",
    "C1 \x9bmærke",
    "Omvendt \u202eterces",
    "Fest 🎉 👩‍👩‍👧 ok",
    "[bold]fed[/bold] [$accent]",
    "Skråstreg \\[b] og \\",
)
LONG = "Lang [/] tekst \x1b[2J " * 500
"""10,000 characters of it."""
PIECES = (
    *WORST,
    "[",
    "]",
    "[/]",
    "[b]",
    "[@click=app.quit]",
    "\\",
    "\x1b",
    "\x07",
    "\x9b",
    "\u202e",
    "\u2066",
    "\r",
    "\t",
    "$x",
    "æøå ÆØÅ",
)


def hostile_text() -> st.SearchStrategy[str]:
    """Markup-like and control-laden pieces among arbitrary text (any code point but a
    lone surrogate, which a TOML or JSON file cannot hold as text). Short enough for every
    field to be in sight at once; 10,000 characters are a fixed case of their own."""
    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=8))
    return st.lists(piece, min_size=1, max_size=4).map("".join)


def marked(texts: dict[str, str]) -> dict[str, str]:
    """Each text begins with its field's marker (`[f07]`), which markup would swallow and
    which survives truncation at the end, so no text is empty. Without whitespace at the
    end: the program file's reader strips it from titles, and the group filter compares a
    stripped name with the stored one (a group named with a trailing space finds none of
    its meetings, a store matter of its own). A name is cut to the 60 characters a name
    may have (core/name_length.py)."""
    return {field: capped(field, f"{marker(field)} {texts[field]}") for field in FIELDS}


NAME_FIELDS = frozenset({"name", "name2", "who"})


def capped(field: str, text: str) -> str:
    if field in NAME_FIELDS:
        text = text[:MAX_NAME_LENGTH]
    return text.rstrip()


def marker(field: str) -> str:
    return f"[f{FIELDS.index(field):02}]"


def hostile_fields() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({field: hostile_text() for field in FIELDS}).map(marked)


# A program file's texts have limits (core/program_limits.py), and so do names; a meeting's
# other texts do not.
PROGRAM_LIMITS = {
    **dict.fromkeys(NAME_FIELDS, MAX_NAME_LENGTH),
    **dict.fromkeys(("description", "guide"), LONG_TEXT),
    **dict.fromkeys(("material", "preparation", "prompt", "tip", "check"), ITEM_TEXT),
    **dict.fromkeys(("program", "place", "source", "tips_heading", "block", "lead"), SHORT_TEXT),
    **dict.fromkeys(("decision_block", "round_block", "groups_block"), SHORT_TEXT),
}


def long_texts(turn: int = 0) -> dict[str, str]:
    """Every field as long as it may be: a program file's texts to their limits, 10,000
    characters in what is typed."""
    return {
        field: f"{value[:6]} {LONG}"[: PROGRAM_LIMITS.get(field, 10_000)]
        for field, value in worst_case(turn).items()
    }


def worst_case(turn: int) -> dict[str, str]:
    """Every field one of the worst strings; `turn` shifts which field gets which."""
    return marked({field: WORST[(i + turn) % len(WORST)] for i, field in enumerate(FIELDS)})


# --------------------------------------------------------------------- files


def write_program(folder: Path, texts: dict[str, str], program_id: str = "fjendtlig") -> Path:
    """A program file with every text a program has: the title, the facts, four items."""
    data: dict[str, Any] = {
        "program": {
            "id": program_id,
            "title": texts["program"],
            "description": texts["description"],
            "place": texts["place"],
            "source": texts["source"],
            "materials": [texts["material"]],
            "preparation": [texts["preparation"]],
            "tips_heading": texts["tips_heading"],
        },
        "block": [
            {
                "id": "siden-sidst",
                "title": texts["block"],
                "minutes": 10,
                "lead": texts["lead"],
                "guide": texts["guide"],
                "prompts": [texts["prompt"]],
                "tips": [texts["tip"]],
                "checklist": [texts["check"]],
            },
            {
                "id": "beslutning",
                "title": texts["decision_block"],
                "minutes": 10,
                "kind": "decision",
            },
            {"id": "runde", "title": texts["round_block"], "minutes": 10, "kind": "round"},
            {
                "id": "grupper",
                "title": texts["groups_block"],
                "minutes": 10,
                "kind": "groups",
                "group_size": 2,
            },
        ],
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{program_id}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def held_meeting(sessions: Path, clock: FakeClock, program: Program, texts: dict[str, str]) -> Path:
    """A meeting of the group with everything in its log: people, a speaker, a decision,
    an action, a parked point, attendance, place, the next meeting, groups and notes.
    Left running (its clock started), as a chair's crash leaves it."""
    session = LiveSession.create(sessions, program, clock, COPENHAGEN, group=texts["group"])
    for name, faglighed in ((texts["name"], texts["faglighed"]), (texts["name2"], "")):
        session.record(add_participant(session.turns, name, faglighed))
    first, second = (p.id for p in sorted(session.turns.participants.values(), key=seat))
    session.execute(agenda.toggle_clock(session.state))
    block = session.state.current
    session.record_all(
        [
            EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": first, "priority": "NORMAL"}),
            EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": first}),
            EventDraft(TurnEvent.SPEAKER_QUEUED, {"participant": second, "priority": "REPLY"}),
            EventDraft(
                ReferatEvent.DECISION_ADDED, {"id": "d1", "block": block, "text": texts["decision"]}
            ),
            EventDraft(
                ReferatEvent.ACTION_ADDED,
                {
                    "id": "a1",
                    "block": block,
                    "text": texts["action"],
                    "who": texts["who"],
                    "due": "2026-12-01",
                },
            ),
            EventDraft(
                ReferatEvent.POINT_PARKED, {"id": "p1", "block": block, "text": texts["parked"]}
            ),
            EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": texts["name"], "status": "present"}),
            EventDraft(ReferatEvent.ATTENDANCE_SET, {"name": texts["name2"], "status": "afbud"}),
            EventDraft(ReferatEvent.PLACE_SET, {"place": texts["place"]}),
            EventDraft(
                ReferatEvent.NEXT_MEETING_SET,
                {
                    "date": "2026-12-24",
                    "time": "19:00",
                    "place": texts["place"],
                    "chair": texts["name"],
                },
            ),
            EventDraft(
                TurnEvent.GROUPS_SPLIT,
                {"block": "grupper", "size": 2, "seed": 1, "groups": [[first, second]]},
            ),
        ]
    )
    save_note(session.folder, program, str(block), texts["notes"])
    clock.advance(90)
    session.close()
    return session.folder


def seat(participant: Any) -> int:
    return int(participant.seat)


def hostile_world(root: Path, texts: dict[str, str]) -> tuple[Program, Path, FakeClock]:
    """A program file and a meeting of it held four weeks before MEETING_START; the clock
    stands at MEETING_START."""
    program = load_program(write_program(root / "programs", texts))
    clock = FakeClock(MEETING_START - timedelta(days=28))
    folder = held_meeting(root / "sessions", clock, program, texts)
    clock.set(MEETING_START)
    return program, folder, clock


# --------------------------------------------------------------------- the screen

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What must never reach the terminal: C0 but tab and newline, ESC, DEL, C1, bidi
overrides and isolates, lone surrogates."""


def shown(app: FacilitatorApp) -> str:
    """Every cell of the screen as the terminal gets it (the dialog and what lies under it,
    toasts included), as export_screenshot renders it, without the styles."""
    console = Console(
        width=app.size.width,
        height=app.size.height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    return console.export_text(styles=False)


def squashed(text: str) -> str:
    return "".join(text.split())


def check_screen(app: FacilitatorApp, where: str, texts: dict[str, str], *fields: str) -> str:
    """No control character on the screen, and each field's marker shown as written."""
    screen = shown(app)
    found = sorted(set(CONTROL.findall(screen)))
    assert not found, f"{where}: {found!r} reached the terminal"
    flat = squashed(screen)
    for field in fields:
        assert marker(field) in flat, f"{where}: {marker(field)} ({field}) not in\n{screen}"
    return screen


def check_verbatim(screen: str, texts: dict[str, str], *fields: str) -> None:
    """The whole text of each field on the screen, as printable() shows it (for the short
    worst cases; wrapping may only move where a line breaks)."""
    flat = squashed(screen)
    for field in fields:
        assert squashed(printable(texts[field])) in flat, f"{field}: {texts[field]!r}"
