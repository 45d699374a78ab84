"""The chair's guidance for the current block: guide text, prompts, tips, checklist."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.core.agenda_view import CurrentBlock, MeetingView
from facilitator.i18n import tr, tr_count
from facilitator.review.text import literal
from facilitator.tui.widgets.room_guide import checklist_section, proposals_section


def _section(title: str, items: tuple[str, ...], bullet: str) -> list[RenderableType]:
    if not items:
        return []
    parts: list[RenderableType] = [literal(title, "bold underline")]
    for item in items:
        line = Text(f"{bullet} ", style="bold")
        line.append_text(literal(item))
        parts.append(line)
    parts.append(Text(""))
    return parts


def phase_guide(current: CurrentBlock) -> list[RenderableType]:
    """The current phase's guide and prompts, above the item's own."""
    phase = current.phase
    if phase is None:
        return []
    title = tr("phase.line", at=phase.index + 1, of=phase.count, title=phase.phase.title)
    parts: list[RenderableType] = [literal(title, "bold underline")]
    if phase.phase.guide:
        parts.append(literal(phase.phase.guide))
    parts.append(Text(""))
    return parts + _section(tr("run.prompts"), phase.phase.prompts, "?")


class GuidePanel(Widget):
    # No repaint of its own: the countdown changes the view every second, the guide only
    # with the block (see watch_view). Wrapping the guide text each second cost idle CPU.
    view: reactive[MeetingView | None] = reactive(None, repaint=False)
    tips_heading: reactive[str] = reactive("")
    groups: reactive[tuple[tuple[str, ...], ...]] = reactive((), layout=True)
    carried: reactive[tuple[str, ...]] = reactive((), layout=True)
    """Open actions and parked points from earlier meetings, one line each."""
    agreements: reactive[tuple[str, ...]] = reactive((), layout=True)
    """The group's agreements in force, numbered, at the meeting's first item."""
    proposals: reactive[tuple[str, ...]] = reactive((), layout=True)
    """The item's proposals (`/forslag`), numbered, with their dots once counted."""
    ticked: reactive[frozenset[int]] = reactive(frozenset())
    """The checklist lines ticked off in the current item."""

    def watch_view(self, old: MeetingView | None, new: MeetingView | None) -> None:
        """The guide's height follows its block: relayout only when the block changes, not on
        every tick of the countdown."""

        def block_of(view: MeetingView | None) -> tuple[str, int] | None:
            if view is None or view.current is None:
                return None
            phase = view.current.phase
            return view.current.block.id, phase.index if phase is not None else -1

        if block_of(old) != block_of(new):
            self.refresh(layout=True)

    def render(self) -> RenderableType:
        if self.view is None or self.view.current is None:
            return Text(tr("run.finished_hint"), style="dim")
        block = self.view.current.block
        parts: list[RenderableType] = []
        if self.groups:
            # Big and first, so the chair can read the groups aloud.
            parts.append(Text(tr_count("groups.heading", len(self.groups)), style="bold underline"))
            for number, names in enumerate(self.groups, start=1):
                line = Text(f"{number}  ", style="bold")
                line.append_text(literal(" · ".join(names), "bold reverse"))
                parts.append(line)
            parts += [Text(tr("groups.keys"), style="dim"), Text("")]
        if self.agreements:
            parts.append(Text(tr("agreements.heading"), style="bold underline"))
            parts += [literal(line) for line in self.agreements]
            parts += [Text(tr("agreements.guide_hint"), style="dim"), Text("")]
        if self.carried:
            parts.append(Text(tr("review.catch_up_heading"), style="bold underline"))
            parts += [literal(line) for line in self.carried]
            parts += [Text(tr("review.catch_up_hint"), style="dim"), Text("")]
        parts += phase_guide(self.view.current)
        parts += proposals_section(self.proposals)
        if block.guide:
            parts += [Text(tr("run.guide"), style="bold underline"), literal(block.guide), Text("")]
        if block.group_size:
            parts += [Text(tr("run.group_size", size=block.group_size), style="bold"), Text("")]
        parts += _section(tr("run.prompts"), block.prompts, "?")
        parts += _section(self.tips_heading or tr("run.tips_default"), block.tips, "★")
        parts += checklist_section(block.checklist, self.ticked)
        return Group(*parts)
