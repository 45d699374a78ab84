"""The talerliste: who speaks now and for how long, and who is waiting (with handles)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.name_length import MAX_NAME_LENGTH
from facilitator.core.rounds import RoundView
from facilitator.core.speech_limit import SpeechLevel, speech_level
from facilitator.i18n import format_countdown, tr, tr_count
from facilitator.review.text import literal
from facilitator.tui.layout import shortened


@dataclass(frozen=True)
class SpeakersView:
    speaker: str | None
    speaking_seconds: int
    speaker_total_seconds: int
    waiting: tuple[tuple[str, str, str], ...]
    """(handle, name, priority name) in speaking order."""
    stamps: bool
    round: RoundView | None = None
    quiet_first: bool = False
    limit_seconds: int | None = None
    """The limit per speech in this item, if any (rounds use their share instead)."""
    can_queue: bool = True
    """Whether this seat puts people on the list (F9): the chair does, the referent and a
    seat that only reads do not."""
    phase_turn: str = ""
    """Who is on in the current phase: »Gruppe 2 fremlægger«, »Anne præsenterer Bo«."""


def round_status(turn: RoundView) -> str:
    """`Runde: 1 færdig, 3 tilbage · hver ca. 01:09`, or `Runden er færdig`."""
    if turn.finished:
        return tr("round.finished")
    if not turn.done and not turn.left and turn.speaker_budget_seconds is None:
        return tr("round.nobody")
    return tr(
        "round.status",
        done=tr_count("round.done", len(turn.done)),
        left=tr("round.left", count=len(turn.left)),
        share=format_countdown(turn.share_seconds),
    )


PANEL_NAME_CELLS = MAX_NAME_LENGTH
"""A longer name (from a file written before names were capped) is ellipsised to this, so
the clock and the waiting stay in the panel. Not the panel's own width: the height Textual
measures must not depend on the size it was last drawn at."""

LEVEL_STYLES = {
    SpeechLevel.CALM: "bold",
    SpeechLevel.WARNING: "bold black on yellow",
    SpeechLevel.OVERRUN: "bold white on red",
}


class SpeakersPanel(Widget):
    # layout=True: the panel is height auto, and its number of lines changes with the queue.
    speakers: reactive[SpeakersView | None] = reactive(None, layout=True)

    def on_mount(self) -> None:
        self.border_title = literal(tr("speakers.title"))

    def render(self) -> Text:
        view = self.speakers
        text = Text()
        if view is None:
            return text
        turn = view.round
        if view.phase_turn:
            text.append_text(literal(view.phase_turn, "bold reverse"))
            text.append("\n")
        if turn is not None:
            text.append(round_status(turn), style="bold")
            text.append("\n")
        if view.speaker:
            budget = view.limit_seconds
            if turn is not None and turn.speaker_budget_seconds is not None:
                budget = turn.speaker_budget_seconds
            level = speech_level(view.speaking_seconds, budget)
            text.append("▸ ", style="bold")
            text.append_text(literal(shortened(view.speaker, PANEL_NAME_CELLS), "bold"))
            text.append(f"  {format_countdown(view.speaking_seconds)}", style=LEVEL_STYLES[level])
            if budget is not None:
                text.append(f" / {format_countdown(budget)}", style="dim")
            if turn is not None and turn.speaker_debt_seconds:
                debt = format_countdown(-turn.speaker_debt_seconds)
                text.append(f"  {tr('round.debt', debt=debt)}", style="bold red")
            elif level is SpeechLevel.OVERRUN and budget is not None:
                over = format_countdown(budget - view.speaking_seconds)
                text.append(f"  {tr('speech.over', over=over)}", style="bold red")
            text.append(
                f"  ({tr('speakers.total', time=format_countdown(view.speaker_total_seconds))})",
                style="dim",
            )
        else:
            text.append(tr("speakers.nobody"), style="dim")
        for handle, name, priority in view.waiting:
            text.append("\n")
            text.append(f"{handle:>2} ", style="dim")
            label = f"  {tr(f'speakers.priority.{priority}')}" if priority != "NORMAL" else ""
            text.append_text(literal(shortened(name, PANEL_NAME_CELLS)))
            text.append(label, style="bold yellow")
        if turn is not None and turn.left:
            text.append_text(literal("\n" + tr("round.next", names=", ".join(turn.left)), "dim"))
        elif not view.waiting:
            empty = tr("speakers.empty") if view.can_queue else tr("speakers.empty_referent")
            text.append("\n" + empty, style="dim")
        # How many wait, on the border: when the panel's rows run out, the list is cut.
        flags = [tr_count("speakers.waiting_count", len(view.waiting))] if view.waiting else []
        if view.stamps:
            flags.append(tr("speakers.stamps_on"))
        if view.limit_seconds and turn is None:
            flags.append(tr("speech.flag", limit=format_countdown(view.limit_seconds)))
        if view.quiet_first:
            flags.append(tr("speakers.quiet_flag"))
        self.border_subtitle = literal(" · ".join(flags))
        return text
