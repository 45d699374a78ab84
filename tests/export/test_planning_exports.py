"""Golden invitations (Markdown, text, HTML) and the meeting plan's calendar, parsed back."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from facilitator.core.invitation import InvitationDetails, build_invitation
from facilitator.core.meeting_plan import parse_interval, plan_meetings
from facilitator.core.program import Program
from facilitator.export import INVITATION_FORMATS
from facilitator.export.invitation import render_invitation
from facilitator.export.meeting_plan import plan_ics, plan_markdown
from tests.conftest import COPENHAGEN, REPO

GOLDEN = REPO / "tests" / "golden"
DETAILS = InvitationDetails(
    day=date(2026, 12, 3),
    starts_at=time(19, 0),
    place="Kulturhuset, lokale 2",
    sender="Mette Holm",
    reply_by=date(2026, 11, 30),
    contact="mette@example.org",
    group="Netværk Nord",
)


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_invitation_matches_the_golden_file(netvaerk: Program, fmt: str) -> None:
    text = render_invitation(build_invitation(netvaerk, DETAILS), fmt)
    assert text == (GOLDEN / f"invitation-netvaerk.{fmt}").read_text(encoding="utf-8")


def test_invitation_leaves_what_was_not_given_visible(netvaerk: Program) -> None:
    invitation = build_invitation(netvaerk, DETAILS)
    assert invitation.missing == ("recipient", "chair")
    text = render_invitation(invitation, "txt")
    assert "Kære [navn på modtager]" in text
    assert "[ordstyrer] er ordstyrer på mødet." in text
    assert "19.15–20.00  Præsentationsrunde (v. alle)" in text
    assert "Giv Mette Holm besked senest mandag den 30. november 2026" in text
    # The program's preparation questions and materials come along.
    for question in netvaerk.preparation:
        assert question in text
    for thing in netvaerk.materials:
        assert thing in text


def plan() -> list:  # type: ignore[type-arg]
    return plan_meetings(
        date(2027, 1, 14),
        parse_interval("4w"),
        6,
        time(19),
        timedelta(hours=2, minutes=30),
        COPENHAGEN,
        ["Anne", "Bo", "Carla"],
    )


def test_calendar_parses_back_with_copenhagen_times_across_summer_time() -> None:
    made_at = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    data = plan_ics(plan(), "Netværk Nord", "", "Kulturhuset", made_at)
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 6
    starts = [event.decoded("dtstart") for event in events]
    assert all(str(start.tzinfo) == "Europe/Copenhagen" for start in starts)
    assert [start.astimezone(UTC).hour for start in starts] == [18, 18, 18, 17, 17, 17]
    assert {start.astimezone(COPENHAGEN).time() for start in starts} == {time(19)}
    ends = [event.decoded("dtend") for event in events]
    assert {end - start for start, end in zip(starts, ends, strict=True)} == {
        timedelta(hours=2, minutes=30)
    }
    assert str(events[0]["summary"]) == "Netværk Nord: Møde"
    assert str(events[0]["location"]) == "Kulturhuset"
    assert str(events[0]["description"]) == "Ordstyrer: Anne\nReferent: Bo\nVært: Carla"
    assert len(list(calendar.walk("VTIMEZONE"))) == 1
    # The same plan made again gives the same UIDs, so a calendar updates instead of doubling.
    again = Calendar.from_ical(plan_ics(plan(), "Netværk Nord", "", "Kulturhuset", made_at))
    assert [e["uid"] for e in again.walk("VEVENT")] == [e["uid"] for e in events]
    assert len({str(e["uid"]) for e in events}) == 6


def test_a_plan_made_again_has_a_higher_sequence_and_says_its_zone_in_danish() -> None:
    made_at = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    first = Calendar.from_ical(plan_ics(plan(), "Netværk Nord", "", "Kulturhuset", made_at))
    later = made_at + timedelta(days=3, seconds=1)
    again = Calendar.from_ical(plan_ics(plan(), "Netværk Nord", "", "Biblioteket", later))
    old, new = list(first.walk("VEVENT")), list(again.walk("VEVENT"))
    assert [e["uid"] for e in old] == [e["uid"] for e in new]
    sequences = {sequence(e) for e in old}
    assert len(sequences) == 1 and min(sequence(e) for e in new) > max(sequences)
    assert sequence(new[0]) - sequence(old[0]) == 3 * 24 * 3600 + 1
    assert sequence(new[0]) < 2**31
    data = plan_ics(plan(), "Netværk Nord", "", "", made_at).decode("utf-8")
    assert "This timezone" not in data
    (zone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    assert str(zone["comment"]) == (
        "Tidszonen med sommer- og vintertid gælder fra 1.1.2027 til 1.1.2028."
    )


def test_plan_as_a_numbered_list() -> None:
    from markdown_it import MarkdownIt

    text = plan_markdown(plan(), "Netværk Nord", "", "Kulturhuset")
    assert text.splitlines()[0] == "# Mødeplan: Netværk Nord: Møde"
    assert (
        "4. torsdag den 8. april 2027 kl. 19.00–21.30, Kulturhuset – ordstyrer Anne, referent Bo,"
        " vært Carla" in text.splitlines()
    )
    html = MarkdownIt("commonmark").render(text)
    assert html.count("<ol>") == 1 and html.count("<li>") == 6 and "<ul>" not in html
    assert "<li>torsdag den 14. januar 2027 kl. 19.00–21.30" in html


def write_golden_files(folder: Path, netvaerk: Program) -> None:
    """Run by hand after a deliberate change of the wording, then read the files."""
    for fmt in INVITATION_FORMATS:
        text = render_invitation(build_invitation(netvaerk, DETAILS), fmt)
        (folder / f"invitation-netvaerk.{fmt}").write_text(text, encoding="utf-8")


def sequence(event: Component) -> int:
    return int(str(event["sequence"]))


def test_a_theme_its_owners_and_the_host_are_in_the_calendar_and_the_list() -> None:
    from facilitator.core.theme_plan import parse_themes, with_themes

    meetings = with_themes(plan(), parse_themes("Feedback: Anne, Bo; Konflikthåndtering: Carla"))
    made_at = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    events = list(
        Calendar.from_ical(plan_ics(meetings, "Netværk Nord", "", "", made_at)).walk("VEVENT")
    )
    assert str(events[0]["summary"]) == "Netværk Nord: Møde – Feedback"
    assert str(events[0]["description"]) == (
        "Tema: Feedback\nTemaansvarlige: Anne og Bo\nOrdstyrer: Anne\nReferent: Bo\nVært: Carla"
    )
    assert str(events[1]["description"]).startswith(
        "Tema: Konflikthåndtering\nTemaansvarlig: Carla\n"
    )
    assert str(events[2]["summary"]) == "Netværk Nord: Møde"  # no theme given
    # The theme does not change the UID: a plan given its themes later updates the meetings.
    plain = Calendar.from_ical(plan_ics(plan(), "Netværk Nord", "", "", made_at))
    assert [e["uid"] for e in plain.walk("VEVENT")] == [e["uid"] for e in events]
    lines = plan_markdown(meetings, "Netværk Nord", "", "Kulturhuset").splitlines()
    assert lines[2] == (
        "1. torsdag den 14. januar 2027 kl. 19.00–21.30, Kulturhuset – tema »Feedback«,"
        " temaansvarlige Anne og Bo – ordstyrer Anne, referent Bo, vært Carla"
    )
    assert "– tema »Konflikthåndtering«, temaansvarlig Carla –" in lines[3]
