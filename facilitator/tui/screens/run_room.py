"""The run screen's words for the room: `/skærm`, `/forslag`, `/prikker`, `/afstemning`,
`/samtykke`, and the chair's key for the checklist. Every rule is the core's
(core/room_actions.py); this asks, shows and records."""

from __future__ import annotations

from facilitator.core.attendance import present_names
from facilitator.core.events import Action, Refusal
from facilitator.core.room_actions import (
    add_proposal,
    count_consent,
    count_dots,
    count_vote,
    show_on_screen,
    tick_checklist,
)
from facilitator.i18n import tr
from facilitator.tui.screens.run_context import RunContext

DOTS_EACH = 3
"""Dots per person when `/prikker` gives no number: the seeds' usual sheet."""


def refusal_text(action: Action) -> str | None:
    """What a form shows when the core refuses its values; None when they would do."""
    return tr(action.message, **action.params) if isinstance(action, Refusal) else None


class RoomController:
    """What the room sees and decides: the screen message, proposals, dots, votes, consent
    and the item's checklist."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session

    def present(self) -> list[str]:
        return present_names(self.session.referat, self.session.turns)

    def say_refusal(self, action: Action) -> bool:
        """A refusal before any form opens: said, and the line stays in the notes."""
        if isinstance(action, Refusal):
            self.context.notify(tr(action.message, **action.params), severity="warning", timeout=8)
            return True
        return False

    def show_on_screen_line(self, text: str) -> bool:
        """`/skærm TEKST` on every screen in the room; `/skærm` alone takes it away."""
        if not self.context.execute(show_on_screen(self.session.room, text)):
            return False
        message = self.session.room.message
        if message:
            self.context.notify(tr("room.message_shown", text=message), timeout=3)
        else:
            self.context.notify(tr("room.message_cleared"), timeout=3)
        return True

    def add_proposal_line(self, text: str) -> bool:
        """`/forslag TEKST`: numbered in the guide, ready for dots, a vote or consent."""
        if not self.context.execute(add_proposal(self.session.state, text)):
            return False
        block = self.session.state.current or ""
        proposals = self.session.room.proposals_for(block)
        if proposals:
            last = proposals[-1]
            self.context.notify(tr("room.proposal_added", number=len(proposals), text=last.text))
        return True

    def open_vote_line(self, text: str) -> bool:
        """`/afstemning TEKST`: the form asks for, imod and undlader."""
        state, present = self.session.state, len(self.present())
        if self.say_refusal(count_vote(state, present, text, {"for": "1"})):
            return False

        def check(values: dict[str, str]) -> str | None:
            return refusal_text(count_vote(self.session.state, present, text, values))

        def saved(values: dict[str, str] | None) -> None:
            if values is not None:
                self.context.execute(count_vote(self.session.state, present, text, values))
                self.context.show_entries()

        from facilitator.tui.screens.room_forms import vote_form  # on first use

        self.context.ask(vote_form(text.strip(), present, check), saved)
        return True

    def open_dots_line(self, text: str) -> bool:
        """`/prikker 3`: the dots per person and the count on each proposal."""
        state, room, present = self.session.state, self.session.room, len(self.present())
        each = text.strip() or str(DOTS_EACH)
        block = state.current
        proposals = room.proposals_for(block) if block is not None else []
        typed = {proposals[0].id: "1"} if proposals else {}
        if self.say_refusal(count_dots(state, room, present, "1", typed)):
            return False

        def check(values: dict[str, str]) -> str | None:
            action = count_dots(self.session.state, room, present, values["each"], values)
            return refusal_text(action)

        def saved(values: dict[str, str] | None) -> None:
            if values is not None:
                room_now = self.session.room
                action = count_dots(self.session.state, room_now, present, values["each"], values)
                self.context.execute(action)
                self.context.show_entries()

        assert block is not None
        title = self.session.program.block(block).title
        default = int(each) if each.isdigit() else DOTS_EACH
        from facilitator.tui.screens.room_forms import dots_form  # on first use

        self.context.ask(dots_form(title, proposals, present, default, check), saved)
        return True

    def open_consent_line(self, text: str) -> bool:
        """`/samtykke TEKST`: those present one by one, ja or indvending with a reason."""
        present = self.present()
        if self.say_refusal(count_consent(self.session.state, present, text, {})):
            return False

        def saved(objections: dict[str, str] | None) -> None:
            if objections is not None:
                self.context.execute(count_consent(self.session.state, present, text, objections))
                self.context.show_entries()

        from facilitator.tui.screens.room_forms import ConsentRound  # on first use

        self.context.ask(ConsentRound(text.strip(), present), saved)
        return True

    def tick_checklist(self) -> None:
        """The chair's key (c, Ctrl+F6): the current item's checklist, ticked line by line."""
        block_id = self.session.state.current
        if block_id is None:
            return
        block = self.session.program.block(block_id)
        if not block.checklist:
            self.context.notify(tr("room.no_checklist"), severity="warning")
            return

        def toggle(index: int) -> frozenset[int] | None:
            state, room = self.session.state, self.session.room
            if not self.context.execute(tick_checklist(state, room, index)):
                return None
            ticked = self.session.room.ticked(block_id)
            key = "room.ticked" if index in ticked else "room.unticked"
            self.context.notify(tr(key, text=block.checklist[index]), timeout=2)
            return ticked

        ticked = self.session.room.ticked(block_id)
        from facilitator.tui.screens.room_forms import ChecklistDialog  # on first use

        self.context.ask(ChecklistDialog(block.title, block.checklist, ticked, toggle), None)
