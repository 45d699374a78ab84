"""The talerliste: who speaks now and for how long, and who is waiting (with handles)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.i18n import format_countdown, tr


@dataclass(frozen=True)
class SpeakersView:
    speaker: str | None
    speaking_seconds: int
    speaker_total_seconds: int
    waiting: tuple[tuple[str, str, str], ...]
    """(handle, name, priority name) in speaking order."""
    stamps: bool


class SpeakersPanel(Widget):
    speakers: reactive[SpeakersView | None] = reactive(None)

    def on_mount(self) -> None:
        self.border_title = tr("speakers.title")

    def render(self) -> Text:
        view = self.speakers
        text = Text()
        if view is None:
            return text
        if view.speaker:
            text.append("🎤 ", style="bold")
            text.append(view.speaker, style="bold")
            text.append(f"  {format_countdown(view.speaking_seconds)}", style="bold")
            text.append(
                f"  ({tr('speakers.total', time=format_countdown(view.speaker_total_seconds))})",
                style="dim",
            )
        else:
            text.append(tr("speakers.nobody"), style="dim")
        for handle, name, priority in view.waiting:
            text.append("\n")
            text.append(f"{handle:>2} ", style="dim")
            text.append(name)
            if priority != "NORMAL":
                text.append(f"  {tr(f'speakers.priority.{priority}')}", style="bold yellow")
        if not view.waiting:
            text.append("\n" + tr("speakers.empty"), style="dim")
        self.border_subtitle = tr("speakers.stamps_on") if view.stamps else ""
        return text
