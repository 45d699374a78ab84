from __future__ import annotations

import re
from datetime import datetime

from facilitator.i18n import (
    format_clock,
    format_countdown,
    format_date,
    format_minutes,
    set_language,
)
from facilitator.i18n.catalogue import DA, EN

PLACEHOLDER = re.compile(r"\{(\w+)")


def test_english_has_every_danish_key_with_the_same_placeholders() -> None:
    assert set(DA) == set(EN)
    for key, text in DA.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(EN[key])), key


def test_danish_time_formats() -> None:
    moment = datetime(2026, 11, 26, 19, 40)
    assert format_clock(moment) == "kl. 19.40"
    assert format_minutes(160) == "2 t 40 min"
    assert format_minutes(120) == "2 t"
    assert format_minutes(45) == "45 min"
    assert format_countdown(7 * 60 + 5) == "07:05"
    assert format_countdown(-(2 * 60 + 13)) == "+02:13"
    assert format_countdown(3900) == "1:05:00"
    assert format_date(moment) == "torsdag den 26. november 2026"


def test_english_time_formats() -> None:
    set_language("en")
    assert format_clock(datetime(2026, 11, 26, 19, 40)) == "19:40"
    assert format_minutes(160) == "2 h 40 min"


def test_every_literal_key_used_in_the_code_exists() -> None:
    from tests.conftest import REPO

    used: set[str] = set()
    for path in (REPO / "facilitator").rglob("*.py"):
        used |= set(re.findall(r'\btr\(\s*"([a-z_]+\.[\w.]+)"', path.read_text(encoding="utf-8")))
    assert len(used) > 100
    missing = sorted(key for key in used if key not in DA)
    assert missing == []
