"""Text off the record: `/fortroligt Annes datter er syg igen`.

The netværk's tavshedspligt: what is said in the group stays there. Such a line becomes an
`off_the_record` event in the session (private like the rest, 0600), is shown to the chair
and the referent marked »Fortroligt«, and to nobody else: no export, review, search,
display or command reads the event. While it is typed, before Enter, the line is in the
notes editor only: the notes' save leaves it out of the file (store/notes_buffer.py), and
every reader that shows notes leaves such lines out too (`without_off_record_lines`), for
a file written before that, or by hand.
"""

from __future__ import annotations

from facilitator.core.events import Action, EventDraft, Refusal
from facilitator.core.memory import MemoryEvent, MemoryState
from facilitator.core.slash_words import Meaning, slash_word, split_line


def off_record_action(rest: str, block: str, by: str, memory: MemoryState) -> Action:
    """The event for `/fortroligt TEKST` typed in `block`, by the seat's person `by`."""
    text = rest.strip()
    if not text:
        return Refusal("off_record.empty")
    if any(note.text == text and note.block == block for note in memory.off_record):
        return Refusal("off_record.already")  # the line was left by a crash: not twice
    data = {"text": text, "block": block, "by": by}
    return [EventDraft(MemoryEvent.OFF_THE_RECORD, data)]


def is_off_record_line(line: str) -> bool:
    split = split_line(line)
    if split is None:
        return False
    word = slash_word(split[0])
    return word is not None and word.meaning is Meaning.OFF_RECORD


def without_off_record_lines(text: str) -> str:
    """Notes without the `/fortroligt …` lines (typed, not yet made off the record)."""
    if "/" not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not is_off_record_line(line))
