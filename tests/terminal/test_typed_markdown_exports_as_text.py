"""The tester's case in a real terminal: what is typed after `/aftale`, `/parker`,
`/handling` and `/beslutning` lands in referat.md (F10) escaped, so a Markdown viewer shows
it as typed, and in referat.html as text; the referent's own notes stay Markdown, but an
image in them is not loaded when referat.html is opened."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from tests.terminal.harness import Terminal, session_folder

READY = "F5 Start/pause"
LINES = (
    "![pix](http://evil/track.png) og **egne** noter",
    "/aftale [jsA](javascript:alert(1)) ![img](http://evil/x.png)",
    "/parker **fedP** [lnkP](http://evil)",
    "/handling @Bo 10.12 1. `kode` ~~s~~ _x_",
    "/beslutning # Overskrift > <script>x</script>",
)


def test_typed_markdown_is_text_in_both_referat_files(
    term: Terminal, plain_program: Path, tmp_path: Path
) -> None:
    term.start("run", str(plain_program), "--sessions-dir", "sessions")
    term.wait_for(READY)
    term.burst("<F5>")
    for line in LINES:
        term.burst(line, "<Enter>")
    term.wait_for("Beslutning: # Overskrift")
    term.burst("<F10>")
    term.wait_for("Referatet er gemt")
    folder = session_folder(tmp_path / "sessions")
    written = (folder / "referat.md").read_text(encoding="utf-8")
    assert "- \\*\\*fedP\\*\\* \\[lnkP\\](http://evil)" in written
    assert "\\[jsA\\](javascript:alert(1)) !\\[img\\](http://evil/x.png)" in written
    assert "- 1\\. \\`kode\\` \\~\\~s\\~\\~ \\_x\\_ – Bo" in written
    assert "- \\# Overskrift > \\<script>x\\</script>" in written
    assert "![pix](http://evil/track.png) og **egne** noter" in written  # the notes' own
    viewer = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    shown = viewer.render(written)
    assert shown.count("<img") == 1  # the notes' image: a viewer may show it, as typed
    assert "<script" not in shown and 'href="http://evil"' not in shown
    assert "<strong>fedP" not in shown and "<h1>Overskrift" not in shown
    page = (folder / "referat.html").read_text(encoding="utf-8")
    assert "<img" not in page and "<script" not in page and 'href="javascript' not in page
    assert "<li>**fedP** [lnkP](http://evil)</li>" in page
    assert '!<a href="http://evil/track.png">pix</a> og <strong>egne</strong> noter' in page
    assert term.quit() == 0
