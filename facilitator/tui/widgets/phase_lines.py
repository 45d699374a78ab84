"""The current phase as the chair and the room see it: its title, its own countdown, the
phase after it. The item's countdown stays the big one; the phase's is a line beside it."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from facilitator.core.agenda_view import CurrentBlock, MeetingView, TimeLevel
from facilitator.i18n import format_countdown, format_overrun, tr
from facilitator.review.text import literal

PHASE_STYLE = {
    TimeLevel.CALM: "bold",
    TimeLevel.WARNING: "bold yellow",
    TimeLevel.CRITICAL: "bold dark_orange",
    TimeLevel.OVERRUN: "bold red",
}


def phase_lines(current: CurrentBlock, next_phase: bool = True) -> list[Text]:
    """`Fase 2/3: Fremlæggelse`, `04:12 tilbage af fasen`, `Næste fase: Opsummering`."""
    phase = current.phase
    if phase is None:
        return []
    title = tr("phase.line", at=phase.index + 1, of=phase.count, title=phase.phase.title)
    if phase.remaining_seconds > 0:
        clock = tr("phase.left", time=format_countdown(phase.remaining_seconds))
    else:
        clock = tr("phase.over", time=format_overrun(phase.remaining_seconds))
    lines = [literal(title, "bold reverse"), literal(clock, PHASE_STYLE[current.phase_level])]
    if next_phase and phase.next_title:
        lines.append(literal(tr("phase.next", title=phase.next_title), "dim"))
    return lines


class PhasePanel(Widget):
    """The phase's lines under the item's countdown. Its own widget: the phase's countdown
    changes every second, and a Static's update would relayout the whole screen each time."""

    DEFAULT_CSS = "PhasePanel { height: 3; display: none; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: MeetingView | None = None
        """Handed down each second (`show_view`), a plain attribute like the countdown's
        (big_clock.TimeColoured says why)."""

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        shown = view is not None and view.current is not None and view.current.phase is not None
        if self.display != shown:
            self.display = shown  # shown: laid out and drawn with this view
        elif shown:
            self.refresh()

    def render(self) -> Text:
        view = self.view
        if view is None or view.current is None:
            return Text()
        return Text("\n").join(phase_lines(view.current))
