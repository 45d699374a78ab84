"""A group's kontaktliste as the programs people open it in read it.

- CSV for a Danish Excel: UTF-8 with a byte order mark (without it Excel reads æøå as
  Windows-1252), `;` between fields (Danish Excel takes `,` for the decimal comma) and CRLF
  line ends. A double click opens it in columns.
- vCard 3.0 (RFC 2426): `N` and `FN` on every card (both are required), text escaped, lines
  folded at 75 octets, CRLF. Phones and Outlook import one file with many cards.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from facilitator.core.participants import Participant
from facilitator.i18n import tr
from facilitator.store.roster import previous_roster, unknown_group

CSV_FIELDS = ("name", "faglighed", "role", "email", "phone")
BOM = "\ufeff"
VCARD_LINE_OCTETS = 75


FORMULA_STARTS = ("=", "@", "\t", "\r")
SIGNED_NUMBER = re.compile(r"[+-][0-9 ()./-]*")
"""`+45 12 34 56 78`: a phone number as people write it, left as it is."""


def spreadsheet_cell(text: str) -> str:
    """A cell Excel and LibreOffice show as text, never run: one that starts like a formula
    (`=HYPERLINK(…)`, `@SUM(1)`, `+cmd…`) gets an apostrophe first, the spreadsheets' own
    mark for "this is text". Names and phones come from anyone who typed at a meeting."""
    risky = text.startswith(FORMULA_STARTS) or (
        text.startswith(("+", "-")) and SIGNED_NUMBER.fullmatch(text) is None
    )
    return f"'{text}" if risky else text


def contacts_csv(people: Iterable[Participant]) -> str:
    """The list with a header row, starting with the byte order mark Excel looks for."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([tr(f"person.{name}").split(" (")[0] for name in CSV_FIELDS])
    for person in people:
        cells = [person.name, person.faglighed, tr(f"role.{person.role}"), person.email]
        writer.writerow([spreadsheet_cell(cell) for cell in [*cells, person.phone]])
    return BOM + buffer.getvalue()


def contacts_vcard(people: Iterable[Participant], group: str) -> str:
    cards = []
    for person in people:
        given, family = split_name(person.name)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{_escape(family)};{_escape(given)};;;",
            f"FN:{_escape(person.name)}",
        ]
        if person.faglighed:
            lines.append(f"TITLE:{_escape(person.faglighed)}")
        if person.email:
            lines.append(f"EMAIL;TYPE=INTERNET:{_escape(person.email)}")
        if person.phone:
            lines.append(f"TEL;TYPE=CELL:{_escape(person.phone)}")
        if group:
            lines.append(f"ORG:{_escape(group)}")
        lines.append("END:VCARD")
        cards.append("".join(fold(line) + "\r\n" for line in lines))
    return "".join(cards)


def split_name(name: str) -> tuple[str, str]:
    """`Anne Marie Holm` → ("Anne Marie", "Holm"): the last word is the family name, as
    in Danish usage; a single name is a given name."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


def fold(line: str) -> str:
    """RFC 2426 folding: no line longer than 75 octets; a continuation starts with a space.
    Never inside a UTF-8 character (an ø is two octets)."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        limit = VCARD_LINE_OCTETS if not pieces else VCARD_LINE_OCTETS - 1
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def contacts_text(sessions_dir: Path, group: str, fmt: str) -> str:
    """The kontaktliste of a group from its latest session: CSV for Excel, or vCard. Raises
    StoreError naming the known groups when the group has no meeting."""
    roster = previous_roster(sessions_dir, group)
    if roster.source is None:
        raise unknown_group(sessions_dir, group)
    if fmt == "vcf":
        return contacts_vcard(roster.participants, roster.group or group)
    return contacts_csv(roster.participants)
