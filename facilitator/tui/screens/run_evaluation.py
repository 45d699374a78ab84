"""The run screen in an evaluation item: F8 (or `/evaluering`) walks the present people
like a round, a form for each; `/evaluering Bo` opens Bo's (to correct an answer).

After each saved answer the form opens for the next person who has not answered; Esc
stops the walk, and F8 takes it up again where it stopped.
"""

from __future__ import annotations

from facilitator.core.evaluation_rules import (
    dimensions_of,
    give_evaluation,
    is_evaluation,
    still_to_answer,
)
from facilitator.core.events import Refusal
from facilitator.core.participants import Participant
from facilitator.core.rounds import round_order
from facilitator.i18n import tr, tr_count
from facilitator.tui.screens.run_context import RunContext


class EvaluationController:
    """The evaluation item's walk: a form for each person present, one after the other."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session

    def next_form(self) -> bool:
        """F8 in an evaluation item: the next person's form. False elsewhere (F8 is then the
        next speaker's)."""
        if not is_evaluation(self.session.program, self.session.state.current):
            return False
        self.open_evaluation("")
        return True

    def open_evaluation(self, text: str) -> bool:
        """`/evaluering` (the next who has not answered) or `/evaluering Bo`."""
        session = self.session
        block = session.state.current
        if block is None or not is_evaluation(session.program, block):
            self.context.notify(tr("evaluation.not_evaluation"), severity="warning")
            return False
        if text.strip():
            person = session.turns.find(text)
            if person is None:
                self.context.notify(
                    tr("evaluation.unknown_name", value=text.strip()), severity="warning"
                )
                return False
            self.ask_evaluation(block, person)
            return True
        left = still_to_answer(session.turns, session.referat, block)
        if left:
            self.ask_evaluation(block, left[0])
        elif round_order(session.turns, session.referat):
            count = len(round_order(session.turns, session.referat))
            self.context.notify(tr_count("evaluation.all_done", count), timeout=4)
        else:
            self.context.notify(tr("evaluation.nobody"), severity="warning")
        return True

    def ask_evaluation(self, block: str, person: Participant) -> None:
        from facilitator.tui.screens.evaluation_form import (  # loaded when first used
            EvaluationForm,
            split_answer,
        )

        session = self.session
        dimensions = dimensions_of(session.program.block(block))
        order = [p.id for p in round_order(session.turns, session.referat)]
        number = order.index(person.id) + 1 if person.id in order else len(order) + 1
        before = session.referat.evaluations.get((block, person.id))

        def check(typed: dict[str, str], sentence: str) -> str | None:
            action = give_evaluation(
                session.program, session.turns, block, person.id, typed, sentence
            )
            return tr(action.message, **action.params) if isinstance(action, Refusal) else None

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            typed, sentence = split_answer(dimensions, values)
            action = give_evaluation(
                session.program, session.turns, block, person.id, typed, sentence
            )
            if not self.context.execute(action):
                return
            self.context.notify(tr("evaluation.saved", name=person.name), timeout=3)
            if session.state.current == block:
                self.open_evaluation("")

        form = EvaluationForm(
            person.name, (number, max(len(order), number)), dimensions, check, before
        )
        self.context.ask(form, answered)
