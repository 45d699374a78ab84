"""Every user-facing string, in one catalogue, and Danish time formatting.

`tr(key, **params)` looks a key up in the current language. The language is chosen once at
start (`--lang`); Danish is the default and the reference: a test checks that English has
exactly the same keys and placeholders.

A text that depends on a number has a form per count: `<key>.one` and `<key>.other` (and
`<key>.zero` where nothing is said differently from "0 …"), chosen by `tr_count(key, n)`,
which also passes `n` as `{count}`. A test renders every such text for 0, 1, 2 and 5.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from facilitator.i18n.catalogue import CATALOGUES

LANGUAGES = tuple(CATALOGUES)
_language = "da"
_strict = False
"""Tests set it: a key missing from the catalogue is then an error, not the key shown."""


def set_language(language: str) -> None:
    global _language
    if language not in CATALOGUES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _language = language


def current_language() -> str:
    return _language


def set_strict(strict: bool) -> None:
    global _strict
    _strict = strict


def has_text(message_id: str) -> bool:
    """Whether the catalogue has the key (for a lookup that may well miss: argparse's)."""
    return message_id in CATALOGUES["da"]


def tr(message_id: str, /, **params: Any) -> str:
    template = CATALOGUES[_language].get(message_id) or CATALOGUES["da"].get(message_id)
    if template is None:
        if _strict:
            raise KeyError(f"no text for {message_id!r} in the catalogue")
        return message_id  # a user sees the key rather than a crash
    return template.format(**params) if params else template


def plural_form(message_id: str, count: int) -> str:
    """The catalogue key of the form for `count`: `.zero` (if the text has one), `.one`
    for exactly one (either sign), `.other` for the rest (0, 2, 5 …: Danish and English
    both say "0 møder", "0 meetings")."""
    if count == 0 and f"{message_id}.zero" in CATALOGUES["da"]:
        return f"{message_id}.zero"
    return f"{message_id}.one" if abs(count) == 1 else f"{message_id}.other"


def tr_count(message_id: str, count: int, /, **params: Any) -> str:
    """`tr` for a text with a number in it: `tr_count("groups.heading", 1)` → "1 gruppe"."""
    return tr(plural_form(message_id, count), count=count, **params)


def format_clock_time(moment: datetime | time) -> str:
    """`19.32` in Danish (the dot is Danish usage), `19:32` in English."""
    return moment.strftime(tr("time.clock_format"))


def format_clock(moment: datetime | time) -> str:
    """`kl. 19.32`."""
    return tr("time.at_clock", time=format_clock_time(moment))


def format_minutes(minutes: int) -> str:
    """`45 min`, `2 t`, `2 t 40 min`."""
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours and rest:
        return sign + tr("time.hours_minutes", hours=hours, minutes=rest)
    if hours:
        return sign + tr("time.hours", hours=hours)
    return sign + tr("time.minutes", minutes=rest)


def format_overrun(seconds: int) -> str:
    """How far over: `16 s` under a minute (never "0 min"), then `4 min`, `1 t 5 min`."""
    seconds = abs(seconds)
    if seconds < 60:
        return tr("time.seconds", seconds=seconds)
    return format_minutes(seconds // 60)


def format_countdown(seconds: int) -> str:
    """`32:59`, `1:05:00`, and `+02:13` when over time."""
    sign = "+" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_date(moment: date) -> str:
    """`torsdag den 26. november 2026`."""
    weekday = tr(f"date.weekday.{moment.weekday()}")
    month = tr(f"date.month.{moment.month}")
    return tr("date.long", weekday=weekday, day=moment.day, month=month, year=moment.year)


def format_day(day: date) -> str:
    """`1.12.2026` in Danish, `1/12/2026` in English."""
    return tr("date.short", day=day.day, month=day.month, year=day.year)


def format_decimal(value: float) -> str:
    """`3,5` in Danish, `3.5` in English: one decimal, as a group reads an average."""
    return f"{value:.1f}".replace(".", tr("evaluation.decimal_mark"))
