from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store import files
from facilitator.store.errors import StoreError
from facilitator.store.notes import load_notes, notes_path, save_note, write_rescue_copy
from facilitator.store.notes_buffer import NotesBuffer
from tests.conftest import REPO


def test_notes_files_are_numbered_by_program_place_and_private(
    netvaerk: Program, tmp_path: Path
) -> None:
    path = save_note(tmp_path, netvaerk, "pause", "Kaffe og æblekage.\n")
    assert path == tmp_path / "notes" / "03-pause.md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_notes(tmp_path, netvaerk) == {"pause": "Kaffe og æblekage.\n"}


def failing(*_args: object, **_kwargs: object) -> Any:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["open", "write", "fsync", "replace", "fsync_folder"])
def test_a_failure_at_any_step_keeps_the_old_notes(
    step: str, netvaerk: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_note(tmp_path, netvaerk, "velkommen", "gammel tekst")
    if step == "fsync_folder":
        monkeypatch.setattr(files, "fsync_folder", failing)
    else:
        monkeypatch.setattr(os, step, failing)
    with pytest.raises(StoreError, match="disken er fuld"):
        save_note(tmp_path, netvaerk, "velkommen", "ny tekst")
    monkeypatch.undo()
    text = notes_path(tmp_path, netvaerk, "velkommen").read_text()
    # Before the rename the old file is untouched; after it, the new one is whole.
    assert text in ("gammel tekst", "ny tekst")
    assert text == ("ny tekst" if step == "fsync_folder" else "gammel tekst")
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["01-velkommen.md"]


def test_buffer_keeps_text_after_a_failed_save_and_retries(
    netvaerk: Program, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = NotesBuffer(tmp_path, netvaerk)
    buffer.set_text("velkommen", "Referat: alle mødt op.", clock.now())
    clock.advance(1.1)
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(StoreError):
        buffer.save_if_due(clock.now())
    assert buffer.unsaved and buffer.text("velkommen") == "Referat: alle mødt op."
    monkeypatch.undo()
    clock.advance(1.0)
    assert not buffer.save_if_due(clock.now())  # waits for the retry interval
    clock.advance(1.0)
    assert buffer.save_if_due(clock.now())
    assert load_notes(tmp_path, netvaerk) == {"velkommen": "Referat: alle mødt op."}


def test_read_only_buffer_never_writes(netvaerk: Program, clock: FakeClock, tmp_path: Path) -> None:
    buffer = NotesBuffer(tmp_path, netvaerk, read_only=True)
    buffer.set_text("velkommen", "tekst", clock.now())
    assert not buffer.unsaved
    assert not (tmp_path / "notes").exists()


def test_rescue_copy_has_every_block_with_text(netvaerk: Program, tmp_path: Path) -> None:
    target = tmp_path / "kopi.md"
    write_rescue_copy(target, netvaerk, {"pause": "Kaffe.", "velkommen": "Hej."})
    text = target.read_text()
    assert text.index("## Velkommen") < text.index("## Pause")
    assert "Kaffe." in text and "Hej." in text


def test_a_line_off_the_record_being_typed_is_in_no_file(
    netvaerk: Program, clock: FakeClock, tmp_path: Path
) -> None:
    typed = "Vi talte om vagtplanen\n/fortroligt Annes sag ZZ91\nKaffe"
    buffer = NotesBuffer(tmp_path, netvaerk)
    buffer.set_text("velkommen", typed, clock.now())
    buffer.save(clock.now())
    on_disk = notes_path(tmp_path, netvaerk, "velkommen").read_text(encoding="utf-8")
    assert on_disk == "Vi talte om vagtplanen\nKaffe"
    assert buffer.text("velkommen") == typed and not buffer.unsaved  # the editor keeps it
    buffer.set_text("velkommen", typed, clock.now())
    assert not buffer.unsaved  # the same text again is not a change to save
    rescue = tmp_path / "kopi.md"
    write_rescue_copy(rescue, netvaerk, {"velkommen": typed})
    assert "ZZ91" not in rescue.read_text(encoding="utf-8")
    assert "vagtplanen" in rescue.read_text(encoding="utf-8")


TYPIST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from facilitator.core.clock import SystemClock
    from facilitator.store.notes_buffer import NotesBuffer
    from facilitator.store.program_files import load_program

    folder = Path(sys.argv[1])
    program = load_program(Path(sys.argv[2]))
    buffer = NotesBuffer(folder, program)
    clock = SystemClock()
    text = ""
    started = time.monotonic()
    log = open(folder / "typed.log", "w")
    while True:
        text += "x"
        buffer.set_text("velkommen", text, clock.now())
        log.write(f"{time.monotonic() - started:.3f} {len(text)}\\n"); log.flush()
        buffer.save_if_due(clock.now())
        time.sleep(0.02)
""")


def test_kill_9_while_typing_loses_at_most_five_seconds(tmp_path: Path) -> None:
    program = REPO / "programs" / "netvaerk-foerste-moede.toml"
    process = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(tmp_path), str(program)], cwd=REPO
    )
    time.sleep(7.5)  # a real process typing in real time: this test has to wait
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    lines = (tmp_path / "typed.log").read_text().splitlines()
    typed_at = {int(n): float(t) for t, n in (line.split() for line in lines if " " in line)}
    last_typed_time = max(typed_at.values())
    saved = (tmp_path / "notes" / "01-velkommen.md").read_text()
    assert set(saved) == {"x"}  # whole, not torn
    lost_seconds = last_typed_time - typed_at[len(saved)]
    assert lost_seconds <= 5.0, f"lost {lost_seconds:.2f} s of typing"
