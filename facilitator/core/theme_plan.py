"""Themes in the meeting plan: each meeting's theme and its temaansvarlige.

The network groups' meeting package: plan the themes for the coming meetings, and name one
or two who prepare each (an oplæg, an article, a film, own experience, questions); they
lead both content and form. Typed as one line, the themes in the order of the meetings:

    Feedback: Anne, Bo; Konflikthåndtering: Carla; ; Kommunikation

An empty theme (`; ;`) leaves that meeting without one. Both the CLI (`--themes`) and the
`/mødeplan` form read the line here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from facilitator.core.meeting_plan import PlanInputError, PlannedMeeting

MOST_TEXT = 100
"""A theme or an owner's name longer than this is not one (it would fill the calendar)."""
OWNER_SEPARATORS = re.compile(r",|\+|&|\s+og\s+|\s+and\s+")


@dataclass(frozen=True)
class Theme:
    name: str
    owners: tuple[str, ...] = ()


def parse_themes(text: str) -> list[Theme]:
    """The themes of a typed line, in order (see the module); PlanInputError if a part has
    owners but no theme, or is too long."""
    parts = [part.strip() for part in text.split(";")]
    while parts and not parts[-1]:
        parts.pop()
    themes = []
    for part in parts:
        name, _colon, owners_text = part.partition(":")
        name = " ".join(name.split())
        owners = tuple(
            " ".join(owner.split())
            for owner in OWNER_SEPARATORS.split(owners_text)
            if owner.strip()
        )
        if not name and owners:
            raise PlanInputError("plan.theme_empty", part)
        for value in (name, *owners):
            if len(value) > MOST_TEXT:
                raise PlanInputError("plan.theme_long", value[:MOST_TEXT] + "…")
        themes.append(Theme(name, owners))
    return themes


def with_themes(meetings: list[PlannedMeeting], themes: list[Theme]) -> list[PlannedMeeting]:
    """The meetings with the themes given in order; more themes than meetings is refused
    (a theme that silently falls off the plan is a theme nobody prepares)."""
    if len(themes) > len(meetings):
        raise PlanInputError("plan.themes_too_many", themes[len(meetings)].name)
    given = [
        replace(meeting, theme=theme.name, owners=theme.owners)
        for meeting, theme in zip(meetings, themes, strict=False)
    ]
    return given + meetings[len(themes) :]
