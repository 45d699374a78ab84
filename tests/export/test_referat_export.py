"""Golden files for the Markdown and HTML referat of a scripted meeting.

Regenerate after a deliberate change with: UPDATE_GOLDEN=1 pytest tests/export
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.export.referat import render_referat
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN, REPO
from tests.export.scripted_meeting import run_scripted_meeting

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_referat_matches_golden(
    fmt: str, netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = run_scripted_meeting(netvaerk, clock, sessions_dir)
    record = read_session(folder)
    check_golden(f"referat-netvaerk.{fmt}", render_referat(record, fmt, COPENHAGEN))


def test_referat_content_a_reader_needs(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    record = read_session(run_scripted_meeting(netvaerk, clock, sessions_dir))
    text = render_referat(record, "md", COPENHAGEN)
    assert "torsdag den 26. november 2026" in text
    assert "kl. 19.00–21.01" in text
    assert "**Ordstyrer:** Anne Holm" in text
    assert "**Afbud:** Dorte" in text
    assert "*Punktet blev sprunget over.*" in text
    assert "| Booke lokale på biblioteket | Carla | 10.12.2026 |" in text
    assert (
        "Forplejning \\| hvem betaler?" not in text.split("## Parkerede punkter")[1]
    )  # lists keep pipes
    assert "- **Dato:** torsdag den 10. december 2026" in text


def test_every_typed_line_and_stamp_stays_a_line_in_any_commonmark_viewer(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Rendered as plain CommonMark, soft breaks off (as GitHub, a mail client or an
    editor's preview do): two typed lines are two lines, a blank line a new paragraph,
    and the Mødeplan is one numbered list, not "• 1."."""
    from markdown_it import MarkdownIt

    record = read_session(run_scripted_meeting(netvaerk, clock, sessions_dir))
    html = (
        MarkdownIt("commonmark", {"breaks": False})
        .enable("table")
        .render(render_referat(record, "md", COPENHAGEN))
    )
    assert "<p>Anne bød velkommen og gennemgik dagsordenen.<br />\nPause kl. 20.</p>" in html
    assert (
        "<p>[19.18] Carla: Ny i faget, savner sparring.<br />\n"
        "[19.24] Ærø-Jens: Har været hjælper i 12 år.</p>\n"
        "<p>Alle fortalte om deres hverdag.</p>"
    ) in html
    plan = html.split("<h2>Mødeplan</h2>")[1]
    assert plan.startswith("\n<ol>\n<li>torsdag den 14. januar 2027 kl. 19.00–21.00, Biblioteket")
    assert plan.count("<li>") == 2 and "<ul>" not in plan and "<li>1." not in plan
    # Everything else stays as it was: a line the exporter writes ends without a break.
    assert html.count("<br />") == 2


def test_hard_breaks_leave_code_blank_lines_and_the_last_line_alone() -> None:
    from facilitator.export.referat_markdown import hard_breaks

    assert hard_breaks("a\nb\n\nc") == "a  \nb\n\nc"
    assert hard_breaks("```\nx\ny\n```\nd\ne") == "```\nx\ny\n```\nd  \ne"
    assert hard_breaks("allerede  \nbrudt\\\nher") == "allerede  \nbrudt\\\nher"


def test_reading_for_export_never_writes(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = run_scripted_meeting(netvaerk, clock, sessions_dir)
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*")}
    render_referat(read_session(folder), "html", COPENHAGEN)
    after = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*")}
    assert before == after


def test_cli_export_to_file_and_stdout(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path, tmp_path: Path
) -> None:
    folder = run_scripted_meeting(netvaerk, clock, sessions_dir)
    target = tmp_path / "referat.html"
    command = [
        sys.executable,
        "-m",
        "facilitator",
        "export",
        folder.name,
        "--sessions-dir",
        str(sessions_dir),
    ]
    written = subprocess.run(
        [*command, "--format", "html", "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert written.returncode == 0, written.stderr
    assert target.read_text().startswith("<!DOCTYPE html>")
    shown = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=60)
    assert shown.returncode == 0 and "# Referat: Netværksgruppe: første møde" in shown.stdout
    missing = subprocess.run(
        [*command[:-3], "findes-ikke", "--sessions-dir", str(sessions_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert missing.returncode == 2 and "Fandt intet møde" in missing.stderr


def test_group_appears_in_the_heading(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    from facilitator.store.live_session import LiveSession

    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group="Netværk Nord")
    session.close()
    text = render_referat(read_session(session.folder), "md", COPENHAGEN)
    assert "- **Gruppe:** Netværk Nord" in text
