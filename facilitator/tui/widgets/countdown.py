"""The current block: its title, the large countdown, progress and what comes next."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from facilitator.core.agenda_view import MeetingView, TimeLevel
from facilitator.i18n import format_clock, format_countdown, format_minutes, format_overrun, tr
from facilitator.review.text import literal
from facilitator.tui.widgets.big_clock import BigCountdown
from facilitator.tui.widgets.countdown_digits import CountdownDigits
from facilitator.tui.widgets.phase_lines import PhasePanel
from facilitator.tui.widgets.time_bar import TimeBar

LEVEL_CLASSES = {level: f"-{level.value}" for level in TimeLevel}


def block_heading(view: MeetingView) -> Text:
    current = view.current
    if current is None:
        return Text(tr("run.finished_title"), style="bold")
    meta = [
        tr("run.block_number", number=current.number, count=current.count),
        tr(f"run.kind.{current.block.kind.value}"),
    ]
    if current.block.lead:
        meta.append(tr("run.lead", lead=current.block.lead))
    text = literal(current.block.title, "bold")
    text.append("\n")
    text.append_text(literal("  ·  ".join(meta), "dim"))
    return text


def countdown_caption(view: MeetingView) -> Text:
    current = view.current
    if current is None:
        if view.ended_at is None or view.started_at is None:
            return Text()
        actual = round((view.ended_at - view.started_at).total_seconds() / 60)
        planned = sum(row.original_minutes for row in view.rows)
        return Text(
            tr(
                "run.finished_body",
                end=format_clock(view.ended_at),
                actual=format_minutes(actual),
                planned=format_minutes(planned),
            )
        )
    lines: list[tuple[str, str]] = []
    if view.started_at is None:
        lines.append((tr("run.ready"), "bold"))
    elif not view.running:
        lines.append((tr("run.paused"), "bold"))
    if current.resume_at is not None:
        lines.append((tr("run.resume_at", time=format_clock(current.resume_at)), "bold"))
    if current.level is TimeLevel.OVERRUN:
        over = format_overrun(current.remaining_seconds)
        lines.append((tr("run.over_by", time=over), "bold red"))
    if current.next_title:
        lines.append((tr("run.next", title=current.next_title), "dim"))
    else:
        lines.append((tr("run.last_block"), "dim"))
    text = Text()
    for index, (line, style) in enumerate(lines):
        if index:
            text.append("\n")
        text.append_text(literal(line, style))
    return text


def update_if_changed(static: Static, text: Text) -> None:
    if static.content != text:
        static.update(text)


def words_key(view: MeetingView) -> tuple[object, ...]:
    """What the heading and the caption are made of: they are built again only when this
    changes (or, over time, each second: the caption counts the overrun)."""
    current = view.current
    if current is None:
        return (None, view.started_at, view.ended_at, view.rows)
    over = current.remaining_seconds if current.level is TimeLevel.OVERRUN else 0
    return (
        current.block,
        current.number,
        current.count,
        view.started_at is None,
        view.running,
        current.resume_at,
        over,
        current.next_title,
    )


STATE_CLASSES = frozenset({"-finished", "-stopped", *LEVEL_CLASSES.values()})


def state_classes(view: MeetingView) -> set[str]:
    """The panel's classes for a view: its time level, stopped or finished."""
    current = view.current
    wanted = {"-finished"} if current is None else {LEVEL_CLASSES[current.level]}
    if current is not None and not view.running:
        wanted.add("-stopped")
    return wanted


class CountdownPanel(Vertical):
    """The item's countdown: its heading, the digits (the big font on wide terminals), the
    time bar, the phase and the caption. Handed each second's view (`show_view`), as a
    plain attribute (big_clock.TimeColoured says why)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: MeetingView | None = None
        self.heading = Static(id="block-heading")
        self.digits = CountdownDigits("00:00", id="countdown-digits")
        self.progress = TimeBar(id="block-progress")
        self.caption = Static(id="countdown-caption")
        self.big = BigCountdown(id="countdown-big")
        self.phase = PhasePanel(id="phase-panel")
        self.words_shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield self.heading
        yield self.digits
        yield self.big
        yield self.progress
        yield self.phase
        yield self.caption

    def first_classes(self, view: MeetingView) -> None:
        """The classes of the first view, given before the panel is mounted: given by the
        first `show_view`, they restyled the panel once more before the first frame."""
        self.add_class(*state_classes(view), update=False)

    def show_view(self, view: MeetingView | None) -> None:
        self.view = view
        self.big.show_view(view)
        self.phase.show_view(view)
        if view is None:
            return
        # Static.update relayouts the screen: only when the words changed, not every second.
        words = words_key(view)
        if words != self.words_shown:
            self.words_shown = words
            update_if_changed(self.heading, block_heading(view))
            update_if_changed(self.caption, countdown_caption(view))
        current = view.current
        # Classes, not inline `display`, so the stylesheet still picks digits by width.
        # Each change of classes restyles the panel: change them once, and only if needed.
        wanted = state_classes(view)
        if STATE_CLASSES & self.classes != wanted:
            self.remove_class(*(STATE_CLASSES - wanted))
            self.add_class(*wanted)
        if current is None:
            return
        self.digits.update(format_countdown(current.remaining_seconds))
        self.progress.fraction = current.elapsed_seconds / max(1, current.planned_seconds)
