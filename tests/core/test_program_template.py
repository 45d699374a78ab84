"""New programs: the template, a copy, and the agenda as the group ran it."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.clock import FakeClock
from facilitator.core.program import (
    Program,
    program_from_data,
    program_to_data,
    suggested_id,
)
from facilitator.core.program_template import (
    AgendaChange,
    agenda_changes,
    copied_program,
    starter_program,
    tuned_program,
    valid_program_id,
)
from tests.core.test_agenda import Recorder


def test_template_is_a_valid_program_with_every_kind_it_needs() -> None:
    program = starter_program("min-gruppe")
    again = program_from_data(program_to_data(program), default_id="min-gruppe")
    assert again == program
    assert {block.kind.value for block in program.blocks} >= {"plenum", "round", "pause"}


def test_ids_and_suggestions() -> None:
    assert valid_program_id("netvaerk-nord-2")
    for bad in ("Netværk", "-nord", "nord_2", ""):
        assert not valid_program_id(bad)
    assert suggested_id("Netværk Nord – Ølstykke") == "netvaerk-nord-oelstykke"
    assert suggested_id("???") == "program"


def test_copy_keeps_everything_but_the_id(netvaerk: Program) -> None:
    copy = copied_program(netvaerk, "netvaerk-nord")
    assert copy.id == "netvaerk-nord"
    assert copy.blocks == netvaerk.blocks
    assert copy.total_minutes is None
    assert copy.planned_minutes == netvaerk.planned_minutes


def test_tuned_agenda_has_the_run_order_the_new_minutes_and_no_skipped_items(
    netvaerk: Program, clock: FakeClock
) -> None:
    run = Recorder(netvaerk, clock)
    run.do(agenda.toggle_clock(run.state))
    run.do(agenda.extend_block(run.state, 5 * 60))  # Velkommen 15 → 20
    run.do(agenda.next_block(run.state))
    run.do(agenda.postpone_block(run.state))  # Præsentationsrunde after Pause, Pause now
    run.do(agenda.next_block(run.state))  # into Præsentationsrunde
    run.do(agenda.next_block(run.state))  # into Netværksønsker
    run.do(agenda.skip_block(run.state))  # Netværksønsker skipped
    tuned = tuned_program(run.state, "netvaerk-nord", "Netværk Nord (tilpasset)")
    assert [(b.id, b.minutes) for b in tuned.blocks] == [
        ("velkommen", 20),
        ("pause", 20),
        ("praesentationsrunde", 45),
        ("beslutning", 20),
        ("fremtidige-moeder", 20),
    ]
    assert tuned.total_minutes is None
    assert program_from_data(program_to_data(tuned), "netvaerk-nord") == tuned
    assert agenda_changes(netvaerk, tuned) == [
        AgendaChange("removed", "Netværksønsker"),
        AgendaChange("moved"),
        AgendaChange("minutes", "Velkommen", 15, 20),
    ]


def test_an_agenda_run_as_planned_has_no_changes(netvaerk: Program, clock: FakeClock) -> None:
    run = Recorder(netvaerk, clock)
    assert agenda_changes(netvaerk, tuned_program(run.state, "kopi", "Kopi")) == []
