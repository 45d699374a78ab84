"""Every `/…` word typed in the notes, declared once: its spellings, what it means, which
seats may use it. The parser (core/referat.py), the screen's dispatch, the seat check, F1
help, the unknown-word hint and a test of the README's table all read this table.

Before, the words lived in two layers with three permission lists, and the hint for an
unknown word had already missed /mødeplan, /udført and /nytpunkt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.seats import Seat


class Meaning(StrEnum):
    # A line that becomes events in the referat (core/referat.py parses it).
    DECISION = "decision"
    ACTION = "action"
    PARKED = "parked"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    PLACE = "place"
    CHAIR = "chair"
    REFERENT = "referent"
    # A line that the screen acts on (a form, a list, a chair's rule).
    NEXT_MEETING = "next_meeting"
    MEETING_PLAN = "meeting_plan"
    SAVE_PROGRAM = "save_program"
    ADD_BLOCK = "add_block"
    COLLEAGUES = "colleagues"
    PARTICIPANT = "participant"
    ROSTER = "roster"
    SPEECH_LIMIT = "speech_limit"
    QUEUE = "queue"
    DONE = "done"

    # Group memory (agreements, off the record, time-out, status, approval)
    # Group memory (evaluation)
    EVALUATION = "evaluation"
    AGREEMENT = "agreement"
    OFF_RECORD = "off_record"
    TIMEOUT = "timeout"
    STATUS = "status"
    APPROVE = "approve"

    # The room (messages to the room, proposals, votes, consent)
    SCREEN_MESSAGE = "screen_message"
    PROPOSAL = "proposal"
    DOTS = "dots"
    VOTE = "vote"
    CONSENT = "consent"


ENTRY_MEANINGS = frozenset(
    {
        Meaning.DECISION,
        Meaning.ACTION,
        Meaning.PARKED,
        Meaning.PRESENT,
        Meaning.APOLOGIES,
        Meaning.ABSENT,
        Meaning.PLACE,
        Meaning.CHAIR,
        Meaning.REFERENT,
    }
)
BOTH = frozenset({Seat.CHAIR, Seat.REFERENT})
CHAIR_ONLY = frozenset({Seat.CHAIR})


@dataclass(frozen=True)
class SlashWord:
    word: str
    """As written in help and the README (without the slash)."""
    meaning: Meaning
    aliases: tuple[str, ...] = ()
    """Other spellings: without æøå, English, old names."""
    seats: frozenset[Seat] = BOTH
    example: str = ""
    """What follows the word in F1 help and the README, e.g. `@Anne 1.12 Sende referatet`."""

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.word, *self.aliases)


SLASH_WORDS: tuple[SlashWord, ...] = (
    SlashWord(
        "beslutning", Meaning.DECISION, ("besluttet", "decision"), example="Vi mødes hver 4. uge"
    ),
    SlashWord(
        "handling",
        Meaning.ACTION,
        ("aktivitet", "opgave", "action"),
        example="@Anne 1.12 Sende referatet rundt",
    ),
    SlashWord("parker", Meaning.PARKED, ("parkér", "park"), example="Forplejning næste gang"),
    SlashWord("fremmøde", Meaning.PRESENT, ("tilstede", "present"), example="Anne, Bo, Carla"),
    SlashWord("afbud", Meaning.APOLOGIES, ("apologies",), example="Dorte"),
    SlashWord("fraværende", Meaning.ABSENT, ("fravær", "absent"), example="Erik"),
    SlashWord("ordstyrer", Meaning.CHAIR, ("chair",), example="Anne"),
    SlashWord("referent", Meaning.REFERENT, example="Bo"),
    SlashWord("sted", Meaning.PLACE, ("place",), example="Kulturhuset"),
    SlashWord("næste", Meaning.NEXT_MEETING, ("naeste", "næste møde", "next")),
    SlashWord("mødeplan", Meaning.MEETING_PLAN, ("moedeplan", "plan")),
    SlashWord("udført", Meaning.DONE, ("udfoert",), example="2"),
    SlashWord(
        "nytpunkt",
        Meaning.ADD_BLOCK,
        ("nyt-punkt", "tilføjpunkt"),
        CHAIR_ONLY,
        example="Beboerhøring 15",
    ),
    SlashWord("gemprogram", Meaning.SAVE_PROGRAM, ("gem-program", "nytprogram"), CHAIR_ONLY),
    SlashWord("deltager", Meaning.PARTICIPANT, (), CHAIR_ONLY, example="Anne, pædagog"),
    SlashWord("deltagere", Meaning.ROSTER, (), CHAIR_ONLY),
    SlashWord("kolleger", Meaning.COLLEAGUES, (), CHAIR_ONLY, example="Anne, Bo"),
    SlashWord("taletid", Meaning.SPEECH_LIMIT, (), CHAIR_ONLY, example="2"),
    SlashWord("talerliste", Meaning.QUEUE, (), CHAIR_ONLY),
    # Group memory (agreements, off the record, time-out, status, approval)
    # Group memory (evaluation)
    SlashWord("evaluering", Meaning.EVALUATION, ("evaluation",), example="Bo"),
    SlashWord(
        "aftale",
        Meaning.AGREEMENT,
        ("aftaler", "agreement"),
        example="Det, der siges her, bliver her",
    ),
    SlashWord(
        "fortroligt",
        Meaning.OFF_RECORD,
        ("fortrolig", "offrecord"),
        example="Det, der ikke skal i referatet",
    ),
    SlashWord("timeout", Meaning.TIMEOUT, ("time-out",), CHAIR_ONLY, example="Carla"),
    SlashWord("status", Meaning.STATUS, (), example="2 udskudt 1.2: venter på svar"),
    SlashWord("godkend", Meaning.APPROVE, ("godkendt", "approve")),
    # The room (messages to the room, proposals, votes, consent)
    SlashWord(
        "skærm", Meaning.SCREEN_MESSAGE, ("skaerm", "screen"), CHAIR_ONLY, example="Pause til 20.15"
    ),
    SlashWord(
        "forslag", Meaning.PROPOSAL, ("proposal",), CHAIR_ONLY, example="Fælles netværksdrev"
    ),
    SlashWord("prikker", Meaning.DOTS, ("dots",), CHAIR_ONLY, example="3"),
    SlashWord("afstemning", Meaning.VOTE, ("vote",), CHAIR_ONLY, example="Vi køber ny router"),
    SlashWord(
        "samtykke",
        Meaning.CONSENT,
        ("consent",),
        CHAIR_ONLY,
        example="Vi prøver drevet i 3 måneder",
    ),
)

_BY_SPELLING = {spelling: word for word in SLASH_WORDS for spelling in word.spellings}


def split_line(line: str) -> tuple[str, str] | None:
    """`/handling @Anne Ring` → ("handling", "@Anne Ring"); None when the line is not a
    `/…` line. Two-word spellings (`/næste møde`) are found before one-word ones."""
    text = line.strip()
    if not text.startswith("/") or len(text) < 2:
        return None
    body = text[1:]
    lowered = body.casefold()
    for spelling in sorted(_BY_SPELLING, key=len, reverse=True):
        if " " in spelling and (lowered == spelling or lowered.startswith(spelling + " ")):
            return spelling, body[len(spelling) :].strip()
    word, _, rest = body.partition(" ")
    return word.casefold(), rest.strip()


def slash_word(spelling: str) -> SlashWord | None:
    return _BY_SPELLING.get(spelling.casefold())


def word_lines(text: str) -> list[str]:
    """The lines of `text` that begin with a `/` word of the table. A paste is text: its
    `/beslutning …` lines are not carried out (old minutes pasted in would record them all
    again), and the screen says so, naming them."""
    lines = []
    for line in text.splitlines():
        split = split_line(line)
        if split is not None and slash_word(split[0]) is not None:
            lines.append(line.strip())
    return lines


def words_for(seat: Seat) -> tuple[SlashWord, ...]:
    return tuple(word for word in SLASH_WORDS if seat in word.seats)


def known_words(seat: Seat) -> str:
    """For the unknown-word hint: `/beslutning, /handling, …` that this seat may use."""
    return ", ".join(f"/{word.word}" for word in words_for(seat))
