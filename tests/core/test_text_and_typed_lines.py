"""Pasted text, one-line fields, and typed lines that are in the referat already."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.core.events import Event, EventDraft
from facilitator.core.referat import ReferatState
from facilitator.core.text import first_line, pasted_text
from facilitator.core.typed_commands import parse_command_line
from facilitator.core.typed_lines import already_recorded, without_recorded_lines

TODAY = date(2026, 11, 26)
MOMENT = datetime(2026, 11, 26, 18, tzinfo=UTC)


def test_a_paste_keeps_lines_and_tabs_and_drops_control_characters() -> None:
    assert pasted_text("a\r\nb\rc\n\td") == "a\nb\nc\n\td"
    assert pasted_text("rød\x1b[31m\x07 \x9b2J\x00slut\x7f") == "rød[31m 2Jslut"


def test_a_paste_into_a_one_line_field_is_its_first_line_with_text() -> None:
    assert first_line("\n  \nAnne Holm\tpædagog\nBo\n") == "Anne Holm pædagog"
    assert first_line("\x1b\n") == ""


def referat_with(*lines: str, block: str = "velkommen") -> ReferatState:
    referat = ReferatState()
    seq = 0
    for line in lines:
        parsed = parse_command_line(line, block, TODAY)
        assert isinstance(parsed, list)
        for draft in parsed:
            seq += 1
            referat.apply(
                Event(seq, datetime(2026, 11, 26, 18, tzinfo=UTC), draft.type, draft.data)
            )
    return referat


def drafts(line: str, block: str = "velkommen") -> list[EventDraft]:
    parsed = parse_command_line(line, block, TODAY)
    assert isinstance(parsed, list)
    return parsed


def test_a_line_made_before_is_recorded_already_in_the_same_item_only() -> None:
    referat = referat_with("/beslutning Vi mødes hver 4. uge", "/handling @Bo 1.12 Bestil lokale")
    assert already_recorded(drafts("/beslutning Vi mødes hver 4. uge"), referat)
    assert already_recorded(drafts("/handling @Bo 1.12 Bestil lokale"), referat)
    assert not already_recorded(drafts("/handling @Anne 1.12 Bestil lokale"), referat)
    assert not already_recorded(drafts("/beslutning Vi mødes hver 4. uge", "andet"), referat)
    assert not already_recorded(drafts("/beslutning Noget andet"), referat)


def test_marks_are_recorded_when_they_are_set_as_the_line_says() -> None:
    referat = referat_with("/fremmøde Anne, Bo", "/sted Kulturhuset")
    assert already_recorded(drafts("/fremmøde Anne, Bo"), referat)
    assert not already_recorded(drafts("/fremmøde Anne, Carla"), referat)
    assert not already_recorded(drafts("/afbud Anne"), referat)
    assert already_recorded(drafts("/sted Kulturhuset"), referat)
    assert not already_recorded([], referat)


def test_recorded_lines_leave_the_notes_and_the_rest_stays() -> None:
    referat = referat_with("/beslutning Vi mødes igen")
    text = "Først noget\n/beslutning Vi mødes igen\n/beslutning Ny\nslut"
    cleaned = without_recorded_lines(text, "velkommen", referat, TODAY)
    assert cleaned == "Først noget\n/beslutning Ny\nslut"
    assert without_recorded_lines(text, "andet", referat, TODAY) == text
