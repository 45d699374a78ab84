"""Every key typed lands, in order, in the notes of the item that was current when it was
typed: text and chair keys sent together as a terminal delivers them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.agenda import AgendaState, Command
from facilitator.core.events import Event, EventDraft
from facilitator.store.program_files import load_program
from tests.terminal.harness import Terminal, notes_of

READY = "F5 Start/pause"


class AgendaModel:
    """What the app's agenda does with the same keys, from the core's own commands."""

    def __init__(self, program_path: Path) -> None:
        self.state = AgendaState.initial(load_program(program_path))
        self.moment = datetime(2026, 1, 1, tzinfo=UTC)
        self.seq = 0

    def press(self, command: Callable[[AgendaState], Command] | None) -> None:
        if command is None:
            return
        draft = command(self.state)
        if isinstance(draft, EventDraft):
            self.seq += 1
            self.moment += timedelta(seconds=1)
            self.state.apply(Event(self.seq, self.moment, draft.type, draft.data))

    @property
    def current(self) -> str:
        assert self.state.current is not None
        return self.state.current


# Chair keys between the bursts, sent with the text before them: F-keys, and the same
# through the chair's key mode (Esc, a look at the key bar, then the key).
CHAIR = "Ordstyrertaster"
NOTES = "Referat"
Step = tuple[tuple[str, ...], Callable[[AgendaState], Command] | None]
CHAIR_STEPS: list[Step] = [
    (("<F6>",), agenda.next_block),
    (("<F7>",), None),
    (("<F6>",), agenda.next_block),
    (("<S-F6>",), agenda.previous_block),
    (("<Escape>", CHAIR, "n", "i", NOTES), agenda.next_block),
    (("<F5>",), agenda.toggle_clock),
    (("<Escape>", CHAIR, "p", "<Enter>", NOTES), agenda.previous_block),
    (("<S-F6>",), agenda.previous_block),
    (("<Escape>", CHAIR, "-", "<Escape>", NOTES), None),
    (("<F5>",), agenda.toggle_clock),
]


def send(term: Terminal, text: str, keys: tuple[str, ...]) -> None:
    """The text and the keys up to the first Esc in one burst; after an Esc, what a person
    does: look until the key bar shows the mode, then go on."""
    parts = [text]
    for key in keys:
        if key in (CHAIR, NOTES):
            term.burst(*parts)
            parts = []
            term.wait_for_mode(key)
        else:
            parts.append(key)
    if parts:
        term.burst(*parts)


def words_of(text: str) -> list[str]:
    return text.split()


def misplaced(expected: dict[str, list[str]], typed: dict[str, list[str]]) -> str:
    """What went wrong, word by word: lost, doubled, filed under another item, reordered."""
    where: dict[str, list[str]] = {}
    for block, words in typed.items():
        for word in words:
            where.setdefault(word, []).append(block)
    lost, doubled, moved = [], [], []
    for block, words in expected.items():
        for word in words:
            found = where.get(word, [])
            if not found:
                lost.append(word)
            elif len(found) > 1:
                doubled.append(word)
            elif found != [block]:
                moved.append(f"{word}: {block}→{found[0]}")
    strays = [word for word in where if not any(word in w for w in expected.values())]
    return (
        f"lost {len(lost)} {lost[:5]}, doubled {len(doubled)} {doubled[:5]}, "
        f"misfiled {len(moved)} {moved[:5]}, not typed {len(strays)} {strays[:5]}"
    )


def test_bursts_of_text_and_chair_keys_land_where_they_were_typed(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    model = AgendaModel(plain_program)
    term.burst("<F5>")
    model.press(agenda.toggle_clock)
    expected: dict[str, list[str]] = {}
    for burst in range(20):
        words = [f"w{burst:02d}n{index:03d}" for index in range(100)]
        expected.setdefault(model.current, []).extend(words)
        keys, command = CHAIR_STEPS[burst % len(CHAIR_STEPS)]
        send(term, " ".join(words) + " ", keys)
        model.press(command)
    assert term.quit() == 0
    notes = notes_of(tmp_path / "sessions")
    typed = {block: words_of(text) for block, text in notes.items() if text.strip()}
    assert typed == expected, misplaced(expected, typed)
    assert sum(len(words) for words in typed.values()) == 2000
    assert len(typed) >= 3  # the bursts went to several items


def test_keys_one_by_one_and_five_ms_apart_land_in_order(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.one_by_one("første linje i alfa ")
    term.burst("<F6>")
    term.one_by_one("bravo skrevet med pauser ", pause=0.005)
    term.burst("<Escape>")
    term.wait_for_mode(CHAIR)
    term.one_by_one("n")
    term.burst("<Enter>")
    term.one_by_one("charlie tegn for tegn", pause=0.005)
    assert term.quit() == 0
    notes = notes_of(tmp_path / "sessions")
    assert notes["alfa"] == "første linje i alfa "
    assert notes["bravo"] == "bravo skrevet med pauser "
    assert notes["charlie"] == "charlie tegn for tegn"


def test_a_speaker_stamp_lands_after_the_words_typed_before_f8(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>", "<S-F8>", "<F9>", "Anne", "<Enter>", "<F9>", "Bo", "<Enter>")
    term.burst("indledning før ordet", "<F8>", "Annes pointe", "<F8>", "Bos svar")
    term.wait_for("Bos svar")
    assert term.quit() == 0
    lines = notes_of(tmp_path / "sessions")["alfa"].split("\n")
    assert lines[0] == "indledning før ordet"
    assert lines[1].endswith("] Anne: Annes pointe") and lines[1].startswith("[")
    assert lines[2].endswith("] Bo: Bos svar")
    assert len(lines) == 3


def test_esc_out_of_the_big_clock_keeps_the_chair_keys(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    """Esc, u (the big clock), Esc: still the chair's keys, so the next n moves on instead
    of going into the notes, as it did."""
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<Escape>")
    term.wait_for_mode(CHAIR)
    term.burst("u")
    term.wait_for("Vi starter snart")  # the big clock's welcome, before the start
    term.burst("<Escape>")
    term.wait_until(lambda screen: "Vi starter snart" not in screen, "the run screen")
    assert term.key_mode() == CHAIR
    term.burst("n")
    term.wait_for("Punkt 2 af 4")
    term.burst("<Enter>")
    term.burst("i bravo")
    assert term.quit() == 0
    notes = notes_of(tmp_path / "sessions")
    assert notes.get("alfa", "") == ""
    assert notes["bravo"] == "i bravo"
