"""The picker's Tid and Punkter columns are whole from 80 columns; titles give way at a word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from facilitator.core.clock import FakeClock
from facilitator.i18n import format_minutes
from facilitator.tui.picker_columns import Row, picker_columns, short_time, words_shortened
from facilitator.tui.screens.picker import PickerScreen
from tests.tui.conftest import app_for
from tests.tui.hostile import shown

LABELS = ("Program", "Tid", "Punkter")
ROWS = [
    Row("Netværksgruppe: første møde", 160, 6),
    Row("Samdrift: resultaterne formidles til den lokale drift", 135, 8),
    Row("ødelagt.toml ⚠ kan ikke indlæses", None, None),
]


def test_a_title_is_cut_after_a_whole_word() -> None:
    assert words_shortened("Netværksgruppe: første møde", 40) == "Netværksgruppe: første møde"
    assert words_shortened("Netværksgruppe: første møde", 24) == "Netværksgruppe: første…"
    assert words_shortened("Netværksgruppe: første møde", 17) == "Netværksgruppe…"
    assert words_shortened("x" * 30, 10) == "x" * 9 + "…"  # one long word: cut in it


def test_short_times() -> None:
    assert short_time(160) == "2:40"
    assert short_time(45) == "0:45"
    assert short_time(120) == "2:00"


@pytest.mark.parametrize("width", [30, 40, 48, 60, 65, 100])
def test_the_columns_fit_the_table(width: int) -> None:
    columns = picker_columns(width, LABELS, ROWS)
    assert sum(columns.widths) + 3 * 2 + 2 <= max(width, 30)
    for title, time, blocks in columns.cells:
        assert cell_len(title) <= columns.widths[0]
        assert cell_len(time) <= columns.widths[1] and cell_len(blocks) <= columns.widths[2]
    times = [time for _title, time, _blocks in columns.cells]
    roomy = width - 2 - 6 - len("Punkter") - len("2 t 40 min") >= 30
    assert times == (["2 t 40 min", "2 t 15 min", ""] if roomy else ["2:40", "2:15", ""])


@pytest.mark.parametrize("width", [80, 100, 130, 200])
async def test_tid_and_punkter_are_whole_on_the_screen(
    clock: FakeClock, sessions_dir: Path, width: int
) -> None:
    app = app_for(None, clock, sessions_dir)
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        text = shown(app)
        assert "Tid" in text and "Punkter" in text
        for entry in screen.entries:
            assert entry.program is not None
            minutes = entry.program.planned_minutes
            time = format_minutes(minutes) if width >= 100 else short_time(minutes)
            row = rf" {re.escape(time)} +{len(entry.program.blocks)} "
            assert re.search(row, text), (row, text)
        assert " mi▊" not in text and " mi " not in text
