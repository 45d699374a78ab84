"""`literal()` and `literal_markup()`, and that no text sink of the screens is handed a plain
string, which Textual would read as markup."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from facilitator.core.clock import FakeClock
from facilitator.core.text import printable
from facilitator.review.text import literal, literal_markup
from facilitator.tui.app import make_app
from tests.conftest import COPENHAGEN, PROGRAMS, REPO
from tests.tui.hostile import CONTROL, PIECES, shown, squashed

MARKUP_LIKE = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(list("[]\\/@=$#:bA \n")), st.text()),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(MARKUP_LIKE)
def test_literal_is_the_text_as_written_without_control_characters(text: str) -> None:
    shown_text = Content.from_rich_text(literal(text, "bold")).plain
    assert shown_text == printable(text)
    assert not CONTROL.findall(shown_text)
    assert literal(text).spans == []  # nothing in the text became a style or an action


@settings(max_examples=500, deadline=None)
@given(MARKUP_LIKE)
def test_literal_markup_reads_back_as_the_text(text: str) -> None:
    """Textual's own `escape` leaves `[A]`, `[$x]` and `[ b]` to be read as tags."""
    assert Content.from_markup(literal_markup(text)).plain == printable(text)


async def test_a_notice_is_never_markup(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path, clock=FakeClock(), zone=COPENHAGEN, folders=[PROGRAMS])
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Valg: Anne [for=5, imod=2] [/] \x1b]52;c;aGk=\x07", markup=True)
        app.screen.notify("Kaffe [@click=app.quit]KLIK[/]", severity="warning")
        await pilot.pause()
        screen = shown(app)
        flat = squashed(screen)  # a toast wraps its lines
        assert squashed("Valg: Anne [for=5, imod=2] [/] ␛]52;c;aGk=␇") in flat
        assert squashed("Kaffe [@click=app.quit]KLIK[/]") in flat
        assert not CONTROL.findall(screen)


# --------------------------------------------------------------------- the sinks

SINK_CALLS = {"Static", "Label", "update", "Option", "add_row", "add_column", "add_option"}
SINK_ATTRIBUTES = {"border_title", "border_subtitle"}
STRING_CALLS = {"tr", "tr_count", "join", "format", "replace", "str", "printable"}


def is_plain_string(node: ast.expr) -> bool:
    """An expression that is a str by its look: a constant with text in it, an f-string,
    a catalogue text, a join or a concatenation."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_plain_string(node.left) or is_plain_string(node.right)
    if isinstance(node, ast.IfExp):
        return is_plain_string(node.body) or is_plain_string(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        return name in STRING_CALLS
    return False


def plain_string_sinks(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == "update" and "Markdown" in ast.unparse(func):
                continue  # Markdown's text is Markdown, not markup
            if name in SINK_CALLS and any(is_plain_string(arg) for arg in node.args):
                lines.append(node.lineno)
        if isinstance(node, ast.Assign):
            names = {getattr(target, "attr", "") for target in node.targets}
            if names & SINK_ATTRIBUTES and is_plain_string(node.value):
                lines.append(node.lineno)
    return sorted(lines)


def test_no_screen_hands_a_plain_string_to_a_text_sink() -> None:
    """`Static(tr(…))`, `.update(f"…{name}")`, `border_title = tr(…)`: each is markup to
    Textual. Every one goes through `literal()` (variables are proved by the hostile
    texts driven through every screen)."""
    found = {
        str(path.relative_to(REPO)): lines
        for path in sorted((REPO / "facilitator" / "tui").rglob("*.py"))
        if (lines := plain_string_sinks(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_sink_check_finds_what_it_looks_for() -> None:
    source = (
        'Static(tr("x"))\n'
        'widget.update(f"{name}")\n'
        'pane.border_title = tr("notes.title", title=title)\n'
        'table.add_row(literal(a), "b" + c)\n'
        "Static(literal(tr('x')))\n"
        "static.update(text)\n"
        'table.add_column("")\n'
    )
    assert plain_string_sinks(source) == [1, 2, 3, 4]
