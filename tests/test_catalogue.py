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


# ------------------------------------------------------------------ count-dependent texts

PLURAL_SUFFIXES = (".zero", ".one", ".other")
DANISH_FORMS: dict[str, dict[int, str]] = {
    "speakers.waiting_count": {0: "0 venter", 1: "1 venter", 2: "2 venter", 5: "5 venter"},
    "notes.pasted_words": {0: "0 /-linjer", 1: "»X« blev ikke udført", 2: "2 /-linjer", 5: "5 /"},
    "plan.owners": {0: "temaansvarlige", 1: "temaansvarlig ", 2: "temaansvarlige", 5: "ige"},
    "plan.owners_line": {
        0: "Temaansvarlige:",
        1: "Temaansvarlig:",
        2: "Temaansvarlige:",
        5: "ige:",
    },
    "export.evaluation": {0: "0 har svaret", 1: "1 har svaret", 2: "2 har svaret", 5: "5 har"},
    "walk.ended": {
        0: "0 handlinger fik",
        1: "1 handling fik",
        2: "2 handlinger",
        5: "5 handlinger",
    },
    "evaluation.all_done": {0: "Alle 0", 1: "Den tilstedeværende har", 2: "Alle 2", 5: "Alle 5"},
    # For each count-dependent text: what the Danish says for 0, 1, 2 and 5 (a part of it).
    "handover.written": {0: "(0 møder i", 1: "(1 møde i", 2: "(2 møder i", 5: "(5 møder i"},
    "handover.nothing_written": {
        0: "0 møder er i konflikt",
        1: "1 møde er i konflikt",
        2: "2 møder er i konflikt",
        5: "5 møder er i konflikt",
    },
    "cli.check_ok": {0: "(0 punkter,", 1: "(1 punkt,", 2: "(2 punkter,", 5: "(5 punkter,"},
    "names.new": {0: "navnene står", 1: "navnet står", 2: "navnene står", 5: "navnene"},
    "names.seated": {
        0: "er sat på den",
        1: "er sat på den",
        2: "er sat på den",
        5: "er sat på den",
    },
    "cli.check_bad_count": {
        0: "0 af 0 filer har fejl",
        1: "Filen har fejl.",
        2: "0 af 2 filer har fejl",
        5: "0 af 5 filer har fejl",
    },
    "cli.check_all_ok": {
        0: "Der var ingen filer at tjekke.",
        1: "Filen er i orden.",
        2: "Alle 2 filer er i orden.",
        5: "Alle 5 filer er i orden.",
    },
    "groups.heading": {0: "0 grupper", 1: "1 gruppe", 2: "2 grupper", 5: "5 grupper"},
    "new.written": {0: "(0 punkter,", 1: "(1 punkt,", 2: "(2 punkter,", 5: "(5 punkter,"},
    "plan.saved": {0: "(0 møder)", 1: "(1 møde)", 2: "(2 møder)", 5: "(5 møder)"},
    "plan.written": {0: "(0 møder)", 1: "(1 møde)", 2: "(2 møder)", 5: "(5 møder)"},
    "review.bad_lines": {
        0: "0 linjer kunne ikke",
        1: "1 linje kunne ikke",
        2: "2 linjer kunne ikke",
        5: "5 linjer kunne ikke",
    },
    "review.group_title": {
        0: "ingen møder endnu",
        1: "det seneste møde",
        2: "de sidste 2 møder",
        5: "de sidste 5 møder",
    },
    "review.ignored": {
        0: "0 hændelser blev",
        1: "1 hændelse blev",
        2: "2 hændelser blev",
        5: "5 hændelser blev",
    },
    "round.done": {0: "0 færdige", 1: "1 færdig", 2: "2 færdige", 5: "5 færdige"},
    "resume.others": {
        0: "Intet andet møde er i gang",
        1: "Et andet møde er også i gang",
        2: "2 andre møder er også i gang",
        5: "5 andre møder er også i gang",
    },
    "resume.choice_intro": {
        0: "0 møder blev ikke afsluttet",
        1: "Et møde blev ikke afsluttet",
        2: "2 møder blev ikke afsluttet",
        5: "5 møder blev ikke afsluttet",
    },
    "room.dots": {0: "0 prikker", 1: "1 prik", 2: "2 prikker", 5: "5 prikker"},
}
COUNT_WORDS = {"count", "done", "left", "size", "blocks", "bad", "minutes", "hours", "seconds"}
COUNT_WORDS |= {"number", "handle", "most", "new", "old", "block_sum", "lines", "total"}
INVARIANT = {
    "evaluation.dimension_bad": "tegn is the same for 1 and more",
    "evaluation.sentence_long": "tegn is the same for 1 and more",
    "evaluation.dimensions_count": "most is always 8 (navne), count only in »der står 0«",
    "evaluation.form_title": "Anne (2 af 5): numbers, no noun after them",
    "walk.title": "handlinger: 2 af 3, numbers, no noun after them",
    # The room's decisions: places and numbers, not counts, or always more than one.
    "consent.ask": "Anne (1 af 4): numbers, no noun after them",
    "room.bad_dots_each": "a limit of 20",
    "room.no_checklist_line": "linje 2: a number, not a count",
    "room.proposal_added": "Forslag 2: a number, not a count",
    "room.too_many_dots": "more dots than the most: always 2 or more",
    "room.too_many_votes": "more votes than people present: always 2 or more",
    "welcome.minutes": "min is an abbreviation",
    "welcome.starts_in": "a formatted countdown",
    # A number in these reads the same for any count (a unit, an ordinal, "mere", "tilbage")
    # or is always plural (more than one); new texts with a number belong in DANISH_FORMS.
    "time.hours_minutes": "t and min are abbreviations",
    "time.hours": "t is an abbreviation",
    "time.minutes": "min is an abbreviation",
    "time.seconds": "s is an abbreviation",
    "program.total_mismatch": "min is an abbreviation",
    "display.more": "og 1 mere, og 2 mere",
    "agenda.more_above": "↑ 1 mere, ↑ 2 mere",
    "agenda.more_below": "↓ 1 mere, ↓ 2 mere",
    "agenda.refuse_minutes": "always 600 minutter",
    "agenda.block_added": "min is an abbreviation",
    "run.block_number": "Punkt 3 af 7: numbers, no noun after them",
    "run.group_size": "Grupper à 3: group_size is at least 2",
    "run.planned_length": "a formatted duration",
    "run.extended": "min is an abbreviation",
    "round.status": "assembled from round.done (plural) and round.left",
    "round.left": "1 tilbage, 2 tilbage",
    "review.marked_done": "Handling 2: a number, not a count",
    "review.closed": "punkt 2: a number, not a count",
    "speakers.added": "nr. 3: a number, not a count",
    "handover.bad_event": "nr. 3: a number, not a count",
    "handover.too_big": "MB is an abbreviation",
    "invite.total": "a formatted duration",
    "plan.line": "the meeting's number",
    "new.change.added": "min is an abbreviation",
    "new.change.minutes": "min is an abbreviation",
    # A limit and what broke it: both are always more than one.
    "review.unreadable_many": "only for 2 or more (review.unreadable_one says one)",
    "toml.too_deep": "a nesting limit of 8",
    "program.file_too_big": "KB is an abbreviation",
    "program.text_too_long": "limits of 300 and more, and what passed them",
    "program.list_too_long": "a limit of 50, and what passed it",
    "program.item_too_long": "a limit of 1000, and what passed it",
    "program.minutes_too_many": "a limit of 1440, and what passed it",
    "program.seconds_too_many": "a limit of 3600, and what passed it",
    "program.too_big": "a limit of 100, and what passed it",
    "program.too_many_blocks": "a limit of 100, and what passed it",
    "program.too_long": "a limit of 1440, and what passed it",
}


def plural_bases(catalogue: dict[str, str]) -> set[str]:
    return {key.rsplit(".", 1)[0] for key in catalogue if key.endswith(PLURAL_SUFFIXES)}


def sample_params(text: str) -> dict[str, object]:
    return {name: 0 if name in COUNT_WORDS else "X" for name in PLACEHOLDER.findall(text)}


def test_every_count_dependent_text_has_its_forms_in_both_languages() -> None:
    from facilitator.i18n import plural_form, tr_count

    assert plural_bases(DA) == set(DANISH_FORMS)
    for base in DANISH_FORMS:
        assert f"{base}.one" in DA and f"{base}.other" in DA, base
        assert base not in DA, f"{base} is looked up through its forms only"
    for language in ("da", "en"):
        set_language(language)
        for base, forms in DANISH_FORMS.items():
            params = sample_params(DA[f"{base}.other"])
            params.pop("count", None)
            for count in (0, 1, 2, 5):
                text = tr_count(base, count, **params)
                assert "{" not in text and not text.startswith(base), (language, base, text)
                if language == "da":
                    assert forms[count] in text, (base, count, text)
                else:
                    form = plural_form(base, count)
                    assert text == EN[form].format(count=count, **params)
                    if "{count}" in EN[form]:
                        assert str(count) in text, (base, count, text)
    set_language("da")


def test_no_danish_text_with_a_count_lacks_its_forms() -> None:
    plural = plural_bases(DA)
    unhandled = sorted(
        key
        for key, text in DA.items()
        if key.rsplit(".", 1)[0] not in plural
        and set(PLACEHOLDER.findall(text)) & COUNT_WORDS
        and key not in INVARIANT
    )
    assert unhandled == []
    assert not [key for key in INVARIANT if key not in DA]


def test_the_keys_looked_up_by_count_have_their_forms() -> None:
    from tests.conftest import REPO

    used: set[str] = set()
    for path in (REPO / "facilitator").rglob("*.py"):
        used |= set(re.findall(r'\btr_count\(\s*"([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert len(used) >= 8
    assert sorted(used - plural_bases(DA)) == []


def test_danish_quotes_point_inwards() -> None:
    """Danish quotes »like this«; « » is French (and English uses “ ”)."""
    from tests.conftest import REPO

    def unquoted(text: str) -> str:
        return re.sub(r"»[^«»\n]*«", "", text)

    for key, text in DA.items():
        assert "«" not in unquoted(text) and "»" not in unquoted(text), key
    for key, text in EN.items():
        assert "«" not in text and "»" not in text, key
    readme = unquoted((REPO / "README.md").read_text(encoding="utf-8"))
    assert "«" not in readme and "»" not in readme
