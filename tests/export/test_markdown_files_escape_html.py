"""Every Markdown file we write shows typed HTML as text, as referat.md does (raw_html.py):
the group's agreements, the invitation and the meeting plan. `a < b` and `<3` stay as typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from markdown_it import MarkdownIt

from facilitator.core.agreements import Agreement
from facilitator.core.invitation import InvitationDetails, build_invitation
from facilitator.core.meeting_plan import PlannedMeeting
from facilitator.core.program import Program
from facilitator.export.invitation import render_invitation
from facilitator.export.meeting_plan import plan_markdown
from facilitator.export.referat_memory import spilleregler_markdown
from tests.conftest import COPENHAGEN

SCRIPT, IMAGE = "<script>alert(1)</script>", "<img src=x onerror=y>"
HOSTILE = f"{SCRIPT} {IMAGE} a < b <3"
SAID = "a < b <3"


def html_in(markdown_text: str) -> str:
    """What a Markdown viewer that passes raw HTML through (GitHub, an editor) makes of it."""
    return str(MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown_text))


def assert_text_only(markdown_text: str) -> None:
    assert "\\<script>alert(1)\\</script>" in markdown_text
    assert "\\<img src=x onerror=y>" in markdown_text
    assert SAID in markdown_text  # not tag-like: as typed
    rendered = html_in(markdown_text)
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "a &lt; b &lt;3" in rendered


def test_the_groups_agreements() -> None:
    at = datetime(2026, 11, 26, 18, tzinfo=UTC)
    agreement = Agreement("m1", "a1", HOSTILE, at, "Anne", at, number=1)
    assert_text_only(spilleregler_markdown("Netværk Nord", [agreement], COPENHAGEN))


def test_the_invitation(netvaerk: Program) -> None:
    first = replace(netvaerk.blocks[0], title=HOSTILE, lead=IMAGE)
    program = replace(netvaerk, title=f"Møde {SCRIPT}", blocks=(first, *netvaerk.blocks[1:]))
    details = InvitationDetails(
        day=date(2026, 12, 3),
        starts_at=time(19, 0),
        place=HOSTILE,
        sender="Mette <img src=x onerror=y>",
        group="Netværk Nord",
    )
    text = render_invitation(build_invitation(program, details), "md")
    assert_text_only(text)
    assert "\\<img src=x onerror=y> |" in text  # the lead, in the agenda's table


@pytest.mark.parametrize("field", ["theme", "host", "chair"])
def test_the_meeting_plan(field: str) -> None:
    starts = datetime(2027, 1, 14, 18, tzinfo=UTC)
    base = PlannedMeeting(1, starts, starts + timedelta(hours=2))
    meeting = {
        "theme": replace(base, theme=HOSTILE),
        "host": replace(base, host=HOSTILE),
        "chair": replace(base, chair=HOSTILE),
    }[field]
    assert_text_only(plan_markdown([meeting], f"Gruppe {SCRIPT}", "", HOSTILE))
