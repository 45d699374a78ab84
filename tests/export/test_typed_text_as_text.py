"""What was typed after a slash word, a name and a title from a program file show exactly
as typed in every Markdown export, rendered by a CommonMark viewer that passes raw HTML
through (as GitHub or an editor's preview): no bold, no link, no image, no script. Our own
HTML loads nothing when opened: not even an image the referent put in the notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from facilitator.core.agreements import agreements_in_force
from facilitator.core.clock import FakeClock
from facilitator.core.events import EventDraft
from facilitator.core.invitation import InvitationDetails, build_invitation
from facilitator.core.program import Program
from facilitator.export.invitation import render_invitation
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.meeting_plan import plan_markdown
from facilitator.export.raw_html import html_as_text
from facilitator.export.referat import render_referat
from facilitator.export.referat_html import printable_html
from facilitator.export.referat_memory import spilleregler_markdown
from facilitator.store.group_memory import group_meetings
from facilitator.store.live_session import LiveSession
from facilitator.store.session_reader import read_session
from tests.conftest import COPENHAGEN
from tests.export.hostile_meeting import (
    ENTRY_URL,
    FROM_FILE,
    GROUP,
    INLINE,
    NAMES,
    NOTE_IMAGE,
    PLAN,
    SECRET,
    TYPED,
    WHO,
    hostile,
    plan,
    run_hostile_meeting,
)


class Page(HTMLParser):
    """The text a reader sees of an HTML page, and the tags in it with their attributes."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def seen(self) -> str:
        return " ".join("".join(self.text).split())


def viewer(markdown_text: str) -> Page:
    """A permissive CommonMark viewer: raw HTML on, GitHub's tables and strikethrough."""
    renderer = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return Page(renderer.render(markdown_text))


def assert_shown_as_typed(page: Page, typed: list[str]) -> None:
    seen = page.seen()
    for text in typed:
        assert " ".join(text.split()) in seen, text
    for tag, attrs in page.tags:
        assert tag != "script"
        assert tag != "img" or attrs.get("src") == NOTE_IMAGE, attrs  # the notes' own only
        assert ENTRY_URL not in (attrs.get("href") or ""), attrs
        assert "javascript" not in (attrs.get("href") or ""), attrs


@pytest.fixture
def referat(clock: FakeClock, sessions_dir: Path) -> tuple[str, str]:
    record = read_session(run_hostile_meeting(clock, sessions_dir))
    return render_referat(record, "md", COPENHAGEN), render_referat(record, "html", COPENHAGEN)


EVERYTHING = [*TYPED.values(), *FROM_FILE.values(), *PLAN.values(), *NAMES, WHO]


def test_the_referat_shows_every_typed_text_as_typed(referat: tuple[str, str]) -> None:
    markdown_text, _ = referat
    assert_shown_as_typed(viewer(markdown_text), EVERYTHING)


def test_the_referats_html_shows_them_and_loads_nothing(referat: tuple[str, str]) -> None:
    _, html_text = referat
    page = Page(html_text)
    assert_shown_as_typed(page, EVERYTHING)
    assert not [tag for tag, _ in page.tags if tag in {"img", "script", "link", "iframe"}]
    assert "<img" not in html_text and "<script" not in html_text
    assert "src=" not in html_text and "url(" not in html_text


def test_the_notes_stay_markdown_but_show_no_image(referat: tuple[str, str]) -> None:
    markdown_text, html_text = referat
    assert f"![pix]({NOTE_IMAGE})" in markdown_text  # the referent's own Markdown
    tags = Page(html_text).tags
    assert ("strong", {}) in tags  # `**egne**`
    assert ("a", {"href": NOTE_IMAGE}) in tags  # `!` and a link: seen, never loaded
    assert [attrs for tag, attrs in tags if tag == "a"] == [{"href": NOTE_IMAGE}]  # no js


def test_off_the_record_is_in_no_export(referat: tuple[str, str]) -> None:
    assert all(SECRET not in text for text in referat)


def test_the_file_still_reads_as_plain_text() -> None:
    """Only what Markdown would act on is escaped: a sentence, a time, a `&` or an `_`
    within a word stay as typed."""
    plain = "Vi mødes kl. 19.40, 1.12.2026: Anne & Bo, kontakt_liste, #tag, a < b, 3-4 - ok!"
    assert markdown_literal(plain) == plain
    assert markdown_literal("1. først") == "1\\. først"
    assert markdown_literal("# Titel #") == "\\# Titel \\#"
    assert markdown_literal("**fed** &copy; `k`") == "\\*\\*fed\\*\\* \\&copy; \\`k\\`"
    assert markdown_literal("- a\n  > b\n---") == "\\- a\n\\> b\n\\---"
    assert markdown_literal("a\\b \\* \\") == "a\\b \\\\\\* \\\\"


@pytest.mark.parametrize("lead", ["# ", "1. ", "2) ", "> ", "- ", "+ ", "* ", "=", "---", ""])
def test_a_leading_block_marker_is_text(lead: str) -> None:
    """As a list item, a paragraph and a line under a paragraph (`---`, `=` underline)."""
    text, under = f"{lead}{INLINE}", markdown_literal(lead)
    for line, shown in (
        (f"- {markdown_literal(text)}", text),
        (markdown_literal(text), text),
        (f"x\n{under}", f"x\n{lead}"),
    ):
        page = viewer(html_as_text(line))  # as every export ends
        assert [tag for tag, _ in page.tags if tag not in {"ul", "li", "p"}] == [], line
        assert page.seen() == " ".join(shown.split()), line


def test_the_groups_agreements_page(clock: FakeClock, sessions_dir: Path) -> None:
    run_hostile_meeting(clock, sessions_dir)
    agreements = agreements_in_force(group_meetings(sessions_dir, GROUP))
    page_text = spilleregler_markdown(GROUP, agreements, COPENHAGEN)
    assert_shown_as_typed(viewer(page_text), [TYPED["agreement"], NAMES[0], GROUP])
    assert "<img" not in printable_html(page_text, GROUP)


def test_the_invitation(netvaerk: Program) -> None:
    first = replace(netvaerk.blocks[0], title=hostile("Bt"), lead=hostile("Bl"))
    program = replace(
        netvaerk,
        title=FROM_FILE["program"],
        description=hostile("Ds"),
        preparation=(hostile("Pr"),),
        materials=(hostile("Ma"),),
        blocks=(first, *netvaerk.blocks[1:]),
    )
    fields = ("recipient", "place", "chair", "sender", "contact", "group")
    details = InvitationDetails(
        day=date(2026, 12, 3),
        starts_at=time(19, 0),
        **{field: hostile(field) for field in fields},  # type: ignore[arg-type]
    )
    invitation = build_invitation(program, details)
    typed = [hostile(tag) for tag in ("Bt", "Bl", "Ds", "Pr", "Ma", *fields)]
    assert_shown_as_typed(
        viewer(render_invitation(invitation, "md")), [*typed, FROM_FILE["program"]]
    )
    html_page = Page(render_invitation(invitation, "html"))
    assert_shown_as_typed(html_page, typed)
    assert not [tag for tag, _ in html_page.tags if tag == "img"]
    assert hostile("place") in render_invitation(invitation, "txt")  # plain text: as typed


def test_the_meeting_plan() -> None:
    text = plan_markdown(plan(), GROUP, hostile("Ti"), PLAN["place"])
    assert_shown_as_typed(viewer(text), [*PLAN.values(), NAMES[1], hostile("Ti"), GROUP])


def test_the_next_meetings_follow_up_and_approval(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    """Meeting 2 follows up on meeting 1's action and approves its referat: the action, its
    person, the new forklaring and the names who approved show as typed in both referater."""
    first = run_hostile_meeting(clock, sessions_dir)
    clock.advance(28 * 24 * 3600)
    second = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN, group=GROUP)
    said = {"session": first.name, "id": "e1", "status": "in_progress", "note": hostile("Fu")}
    second.record(EventDraft("action_status_set", {**said, "due": ""}))
    second.record(EventDraft("referat_approved", {"session": first.name, "by": list(NAMES)}))
    second.close()
    followed = render_referat(read_session(second.folder), "md", COPENHAGEN)
    assert_shown_as_typed(viewer(followed), [TYPED["action"], WHO, hostile("Fu")])
    approved = render_referat(read_session(first), "md", COPENHAGEN)
    assert_shown_as_typed(viewer(approved), list(NAMES))
