"""The contact list opens where people open it: a Danish Excel (CSV) and a phone (vCard)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import vobject

from facilitator.core.clock import FakeClock
from facilitator.core.participants import Participant
from facilitator.core.program import Program
from facilitator.export.contacts import (
    contacts_csv,
    contacts_vcard,
    fold,
    split_name,
    spreadsheet_cell,
)
from tests.conftest import REPO
from tests.store.test_history import meeting

PEOPLE = (
    Participant("anne", "Anne Marie Holm", "pædagog", "ordstyrer", 1, "anne@x.dk", "12 34 56 78"),
    Participant("bo", "Bo", "", "deltager", 2, "", ""),
    Participant("soes", "Søs; Ærø, Ålborg", "socialrådgiver", "referent", 3, "s@x.dk", ""),
    Participant("lang", "Lærke " + "Østergaard-" * 8 + "Ønskesen", "", "deltager", 4, "", ""),
)


def test_a_cell_that_starts_like_a_formula_is_text_in_a_spreadsheet() -> None:
    hostile = Participant("x", '=HYPERLINK("http://x";"klik")', "@SUM(1)", "deltager", 1, "", "")
    rows = list(
        csv.reader(io.StringIO(contacts_csv([hostile]).removeprefix("\ufeff")), delimiter=";")
    )
    assert rows[1][:2] == ['\'=HYPERLINK("http://x";"klik")', "'@SUM(1)"]
    assert spreadsheet_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert spreadsheet_cell("-2+3+cmd") == "'-2+3+cmd"
    assert spreadsheet_cell("\t=1") == "'\t=1"
    # What people write stays as they wrote it: a phone with its country code, a name.
    assert spreadsheet_cell("+45 12 34 56 78") == "+45 12 34 56 78"
    assert spreadsheet_cell("Anne-Marie") == "Anne-Marie"


def test_csv_reads_back_in_columns_as_a_danish_excel_reads_it() -> None:
    data = contacts_csv(PEOPLE).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, not Windows-1252
    assert data.count(b"\r\n") == len(PEOPLE) + 1
    assert b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ["Navn", "Faglighed", "Rolle", "E-mail", "Telefon"]
    assert rows[1] == ["Anne Marie Holm", "pædagog", "ordstyrer", "anne@x.dk", "12 34 56 78"]
    assert rows[3][0] == "Søs; Ærø, Ålborg"  # a `;` in a name stays in its cell
    assert [len(row) for row in rows] == [5] * (len(PEOPLE) + 1)


def test_vcards_parse_with_name_parts_and_folded_lines() -> None:
    text = contacts_vcard(PEOPLE, "Netværk Nord")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert text.endswith("END:VCARD\r\n") and "\n" not in text.replace("\r\n", "")
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(PEOPLE)
    for card, person in zip(cards, PEOPLE, strict=True):
        assert card.version.value == "3.0"
        assert card.fn.value == person.name
        assert "n" in card.contents
        assert card.org.value == ["Netværk Nord"]
    assert (cards[0].n.value.given, cards[0].n.value.family) == ("Anne Marie", "Holm")
    assert (cards[1].n.value.given, cards[1].n.value.family) == ("Bo", "")
    assert cards[0].email.value == "anne@x.dk" and cards[0].tel.value == "12 34 56 78"
    assert cards[0].title.value == "pædagog"
    assert cards[3].fn.value == PEOPLE[3].name  # folded, and read back whole


def test_name_split_and_folding_keep_every_character() -> None:
    assert split_name("Anne") == ("Anne", "")
    assert split_name("  Anne   Holm ") == ("Anne", "Holm")
    line = "FN:" + "ø" * 100
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))


def run_contacts(sessions_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "contacts", *args],
        capture_output=True,
        cwd=REPO,
        env={**os.environ, "FACILITATOR_SESSIONS_DIR": str(sessions_dir)},
        timeout=60,
    )


def test_contacts_command_bytes_unknown_group_and_help(
    netvaerk: Program, clock: FakeClock, sessions_dir: Path
) -> None:
    meeting(netvaerk, clock, sessions_dir, "Netværk Nord", [], talk={"Anne Holm": 10, "Bo": 5})
    meeting(netvaerk, clock, sessions_dir, "Syd", [], talk={"Carla": 10})
    written = run_contacts(sessions_dir, "--group", "netværk nord", "--format", "csv")
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(b"\xef\xbb\xbfNavn;") and b";\r\n" in written.stdout
    rows = list(csv.reader(io.StringIO(written.stdout.decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Anne Holm", "Bo"]
    # With -o the same bytes go to the file: Windows PowerShell's `>` would re-encode them.
    saved = sessions_dir.parent / "kontakter.csv"
    to_file = run_contacts(sessions_dir, "--group", "Netværk Nord", "-o", str(saved))
    assert to_file.returncode == 0 and to_file.stdout.decode().startswith("Kontaktlisten er gemt")
    assert saved.read_bytes() == written.stdout
    cards = run_contacts(sessions_dir, "--group", "Netværk Nord", "--format", "vcf")
    assert [c.fn.value for c in vobject.readComponents(cards.stdout.decode())] == [
        "Anne Holm",
        "Bo",
    ]
    unknown = run_contacts(sessions_dir, "--group", "Nordd")
    assert unknown.returncode == 2 and unknown.stdout == b""
    message = unknown.stderr.decode()
    assert "»Nordd« har ingen møder" in message and "Kendte grupper: Netværk Nord, Syd" in message
    help_text = run_contacts(sessions_dir, "--help").stdout.decode()
    assert "csv" in help_text and "vcf" in help_text and "vCard" in help_text
    assert "html" not in help_text and "referatets hoved" not in help_text
