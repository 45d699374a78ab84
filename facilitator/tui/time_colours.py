"""The countdown's colours for each time level, as CSS variables of the current theme.

One palette for a dark theme and one for a light one, so every countdown (the narrow
digits, the wide big digits, F2's big clock, the projector) shows the same four states.
Chosen so that a 16-colour terminal (TERM=xterm, no COLORTERM) still tells them apart:
Rich maps them to bright green, bright yellow and bright red (green, yellow and red on a
light ground), and the overrun is white on a red ground. Textual's own $warning and
$error both become bright red there, and a yellow digit was unreadable on the light theme.
"""

from __future__ import annotations

from typing import Final

from facilitator.core.agenda_view import TimeLevel

DARK: Final = {
    "time-calm": "#4EBF71",
    "time-warning": "#FFD23F",
    "time-critical": "#FF6B35",
    "time-overrun": "#FFFFFF",
    "time-overrun-ground": "#B22222",
}
LIGHT: Final = {
    "time-calm": "#2E9E4F",
    "time-warning": "#9A7B00",
    "time-critical": "#D32F2F",
    "time-overrun": "#FFFFFF",
    "time-overrun-ground": "#A00000",
}

LEVEL_COMPONENTS: Final = {level: f"time--{level.value}" for level in TimeLevel}
"""The component class a big countdown styles its digits with, per level (app.tcss)."""
STOPPED_COMPONENT: Final = "time--stopped"


def theme_variables(dark: bool) -> dict[str, str]:
    return dict(DARK if dark else LIGHT)
