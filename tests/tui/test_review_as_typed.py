"""The tester's meeting in the review's detail (F3, then a meeting): every note, action,
name and title on the screen exactly as typed, HTML and Markdown included; and the same
meeting's referat.md, where the HTML is text for a Markdown viewer too."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from markdown_it import MarkdownIt
from rich.console import Console

from facilitator.core.action_status import StatusInfo
from facilitator.core.agreements import Agreement
from facilitator.core.clock import FakeClock
from facilitator.core.meeting_end import looking_back
from facilitator.core.memory import ActionStatus, TimeOut
from facilitator.core.program import Program
from facilitator.core.referat_memory import ReferatMemory
from facilitator.export.referat import group_memory, write_referat_files
from facilitator.store.notes import save_note
from facilitator.store.session_reader import read_session
from facilitator.tui.referat_view import referat_view
from facilitator.tui.screens.session_detail import SessionDetailScreen
from tests.conftest import COPENHAGEN
from tests.store.test_history import meeting
from tests.tui.conftest import app_for
from tests.tui.hostile import shown

NOTE = "Note med <script>alert(1)</script> og <b>fed</b> & &amp; | tabel | *stjerne* # overskrift"
ACTION = "Ring til [link=x]y[/link] <img src=x onerror=alert(1)>"
DECISION = "Vi bruger **ikke** `kode` eller <i>kursiv</i>"


def held_by_the_tester(program: Program, clock: FakeClock, sessions_dir: Path) -> Path:
    lines = [f"/handling @Zoë 1.1.2027 {ACTION}", f"/beslutning {DECISION}"]
    session = meeting(program, clock, sessions_dir, "Netværk <u>Nord</u>", lines)
    save_note(session.folder, program, program.blocks[0].id, f"{NOTE}\n\n- punkt *to*\n")
    return session.folder


async def test_the_detail_shows_the_testers_text_as_typed(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = held_by_the_tester(netvaerk, clock, sessions_dir)
    app = app_for(None, clock, sessions_dir, seat=None)
    async with app.run_test(size=(200, 50)) as pilot:
        app.push_screen(SessionDetailScreen(folder, clock, COPENHAGEN))
        await pilot.pause()
        pages = [shown(app)]
        for _ in range(6):
            await pilot.press("pagedown")
            pages.append(shown(app))
    screen = "\n".join(pages)
    assert NOTE in screen
    assert "- punkt *to*" in screen  # the referent's list, as typed too
    assert f"• {ACTION} – Zoë, senest 1.1.2027" in screen  # in the referat
    assert f"○ {ACTION}  (Zoë, senest 1.1.2027)" in screen  # in the list to mark
    assert f"• {DECISION}" in screen
    assert "Netværk <u>Nord</u>" in screen
    assert "1. Velkommen" in screen  # our own headings are still there


def test_referat_md_shows_typed_html_as_text_and_keeps_the_notes_markdown(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    folder = held_by_the_tester(netvaerk, clock, sessions_dir)
    record = read_session(folder)
    md_path, html_path = write_referat_files(record, COPENHAGEN)
    markdown = md_path.read_text(encoding="utf-8")
    assert (
        "Note med \\<script>alert(1)\\</script> og \\<b>fed\\</b> & &amp; | tabel | *stjerne*"
        in markdown
    )
    # An action and a decision are text, not Markdown (export/markdown_literal.py).
    assert "- Ring til \\[link=x\\]y\\[/link\\] \\<img src=x onerror=alert(1)> – Zoë" in markdown
    assert "Vi bruger \\*\\*ikke\\*\\* \\`kode\\` eller \\<i>kursiv\\</i>" in markdown
    assert "- punkt *to*" in markdown  # the notes' own Markdown exports as before
    # A CommonMark viewer that passes raw HTML through (GitHub, a mail) finds none.
    viewer = MarkdownIt("commonmark", {"html": True}).enable("table")
    rendered = viewer.render(markdown)
    for tag in ("<script", "<img", "<b>", "<i>", "<u>"):
        assert tag not in rendered, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "<em>stjerne</em>" in rendered  # the notes' emphasis; the decision's is text:
    assert "Vi bruger **ikke** `kode` eller &lt;i&gt;kursiv&lt;/i&gt;" in rendered
    page = html_path.read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "<script" not in page


def test_the_detail_has_the_whole_referat_in_the_exports_order(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Roles, place, the notes' lines, a skipped item, next meeting and the meeting plan:
    what the Markdown view showed, now as text."""
    from tests.export.scripted_meeting import ROUND_NOTES, run_scripted_meeting

    record = read_session(run_scripted_meeting(netvaerk, clock, sessions_dir))
    console = Console(width=120, record=True, file=io.StringIO())
    end = looking_back(record.state)
    console.print(referat_view(record, COPENHAGEN, end, group_memory(record)))
    text = console.export_text()
    expected = [
        "Sted: Kulturhuset, lokale 2",
        "Ordstyrer: Anne Holm",
        "1. Velkommen",
        "Anne bød velkommen og gennemgik dagsordenen.\nPause kl. 20.",
        ROUND_NOTES,
        "4. Netværksønsker",
        "Punktet blev sprunget over.",
        "• Vi mødes hver 4. uge, torsdag kl. 19",
        "• Booke lokale på biblioteket – Carla, senest 10.12.2026",
        "Næste møde\nDato: torsdag den 10. december 2026\nTid: 19.00\nSted: Biblioteket",
        "Mødeplan\n1. torsdag den 14. januar 2027",
    ]
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [part for part in expected if part not in text]
    assert positions == sorted(positions)


def test_the_groups_memory_in_the_detail_is_text_too(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Follow-ups, time-outs and agreements hold what people typed: shown as typed."""
    record = read_session(held_by_the_tester(netvaerk, clock, sessions_dir))
    block = netvaerk.blocks[0].id
    at = clock.now()
    agreement = Agreement("x", "a1", "Vi siger *ikke* <b>nej</b>", at, "<i>Anne</i>", at, number=3)
    memory = ReferatMemory(
        agreements=[agreement],
        timeouts=[TimeOut(block, "Bo [/]", "", at, at + timedelta(minutes=4))],
        followed_up=[("Bestil <img src=x>", "**Bo**", StatusInfo(ActionStatus.DONE, "`ok`"))],
    )
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(referat_view(record, COPENHAGEN, looking_back(record.state), memory))
    text = console.export_text()
    assert "• Bestil <img src=x> (**Bo**): udført: `ok`" in text
    assert "• kl. 19.01–19.05 under »Velkommen«, kaldt af Bo [/]" in text
    assert "3. Vi siger *ikke* <b>nej</b> – aftalt 26.11.2026 (<i>Anne</i>)" in text
