"""The run screen's speaking turns: talerliste (F9/F8), rounds, groups, talk time."""

from __future__ import annotations

from facilitator.core.events import EventDraft, Refusal
from facilitator.core.phase_turns import next_group
from facilitator.core.roster_actions import join_roster
from facilitator.core.rounds import next_in_round, pass_next
from facilitator.core.speaker_actions import (
    Asked,
    give_floor,
    queue_speaker,
    split_groups,
    toggle_quiet_first,
)
from facilitator.core.speaker_actions import (
    mark_colleagues as colleagues_action,
)
from facilitator.core.speech_limit import parse_speech_limit, set_speech_limit
from facilitator.core.turn_commands import next_speaker, parse_participant, stamp
from facilitator.core.turns import Priority, TurnEvent
from facilitator.i18n import format_countdown, tr
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.screens.speakers_view import in_round


class SpeakerController:
    """Who has the word: the talerliste, rounds, groups, the roster and talk time."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session
        self.stamps = False
        """`[19.32] Anne: ` in the notes when someone gets the word (Ctrl+T)."""

    def queue_speaker(self) -> None:
        turns = self.session.turns
        handles = turns.handles()
        people = sorted(
            ((handles[p.id], p.name) for p in turns.participants.values()),
            key=lambda pair: int(pair[0]),
        )

        def chosen(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            text, priority = answer
            action = queue_speaker(turns, Asked(text, Priority[priority]))
            if isinstance(action, Refusal) and action.message == "speakers.already":
                self.context.notify(tr(action.message, **action.params), timeout=3)
                return
            if self.context.execute(action) and isinstance(action, list):
                self.say_who_joined(action)

        def check(text: str, priority: str) -> str | None:
            """A name nobody has or one too long is said in the dialog, and can be put
            right there; »already on the list« closes it (nothing typed is lost)."""
            action = queue_speaker(turns, Asked(text, Priority[priority]))
            if isinstance(action, Refusal) and action.message != "speakers.already":
                return tr(action.message, **action.params)
            return None

        from facilitator.tui.screens.forms import QueueSpeakerScreen  # on first use

        self.context.ask(QueueSpeakerScreen(people, check), chosen)

    def say_who_joined(self, drafts: list[EventDraft]) -> None:
        """`Anne er med i mødet som nr. 3.` for anyone an action added to the meeting."""
        turns = self.session.turns
        for draft in drafts:
            person = turns.participants.get(str(draft.data.get("id")))
            if draft.type == TurnEvent.PARTICIPANT_ADDED and person is not None:
                handle = turns.handles()[person.id]
                self.context.notify(
                    tr("speakers.added", name=person.name, handle=handle), timeout=3
                )

    def next_speaker(self) -> None:
        """F8: the next on the talerliste; in a round, the next in the round (but requests
        with a priority, like a point of order, still come first)."""
        now = self.session.clock.now()
        turns, block = self.session.turns, self.session.state.current
        group = next_group(self.session.state, turns, now)
        if group is not None:  # a presentation phase: the next group has the word
            self.context.execute(group)
            return
        urgent = [
            e
            for e in turns.ordered_queue(now, turns.quiet_first)
            if e.priority is not Priority.NORMAL
        ]
        if in_round(self.session) and block is not None and not urgent:
            draft = next_in_round(turns, self.session.referat, block)
        else:
            draft = next_speaker(turns, now, turns.quiet_first)
        self.start_speaking(draft)

    def start_speaking(self, draft: EventDraft | list[EventDraft] | Refusal | None) -> None:
        """Record who has the word now, with a stamp in the notes when stamps are on."""
        if draft is None or not self.context.execute(draft):
            return
        speaker = self.session.turns.participants.get(self.session.turns.speaker or "")
        if self.stamps and speaker is not None and not self.session.read_only:
            moment = self.session.clock.now().astimezone(self.context.zone)
            self.context.insert_in_notes(stamp(moment, speaker.name))

    def edit_queue(self) -> None:
        """Ctrl+F9: move, remove, or give the word out of turn."""

        def chosen(participant: str | None) -> None:
            if participant is not None:
                self.start_speaking(give_floor(self.session.turns, participant))

        from facilitator.tui.screens.queue_editor import QueueEditorScreen  # loaded when opened

        self.context.ask(QueueEditorScreen(self.session, self.context.execute), chosen)

    def open_queue_line(self, _rest: str) -> bool:
        self.edit_queue()
        return True

    def show_roster(self, carried_from: str = "") -> None:
        """Ctrl+F12: who is in the group, seats, roles and who is here today;
        `carried_from`: the date of the group's meeting the roster came from."""
        from facilitator.tui.screens.roster import RosterScreen  # loaded when opened

        self.context.ask(
            RosterScreen(self.session, self.context.execute, carried_from),
            lambda _: self.context.refresh_view(),
        )

    def open_roster_line(self, _rest: str) -> bool:
        self.show_roster()
        return True

    def set_speech_limit_line(self, text: str) -> bool:
        """`/taletid 2` (minutes), `/taletid 1:30`, `/taletid fra`: a limit per speech in
        the current item."""
        block = self.session.state.current
        seconds = parse_speech_limit(text)
        if block is None or seconds is None:
            self.context.notify(tr("speech.bad", value=text), severity="warning")
            return False
        if not self.context.execute(set_speech_limit(block, seconds)):
            return False
        if seconds:
            self.context.notify(tr("speech.set", limit=format_countdown(seconds)), timeout=3)
        else:
            self.context.notify(tr("speech.off"), timeout=3)
        return True

    def pass_in_round(self) -> None:
        """Shift+F9: the next person in the round passes (or is not here)."""
        block = self.session.state.current
        if not in_round(self.session) or block is None:
            self.context.notify(tr("round.not_a_round"), severity="warning")
            return
        draft = pass_next(self.session.turns, self.session.referat, block)
        if draft is not None and self.context.execute(draft):
            name = self.session.turns.participants[str(draft.data["participant"])].name
            self.context.notify(tr("round.passed", name=name), timeout=3)

    def add_participant_line(self, text: str) -> bool:
        """`/deltager Anne, pædagog`: join the meeting without asking for the word."""
        name, faglighed = parse_participant(text)
        turns = self.session.turns
        if not name or name.isdigit():
            self.context.notify(tr("speakers.participant_needed"), severity="warning")
            return False
        if any(p.name.casefold() == name.casefold() for p in turns.participants.values()):
            self.context.notify(tr("speakers.participant_exists", name=name), severity="warning")
            return False
        if not self.context.execute(join_roster(turns, {"name": name, "faglighed": faglighed})):
            return False
        participant = turns.find(name)
        assert participant is not None
        handle = turns.handles()[participant.id]
        self.context.notify(tr("speakers.added", name=name, handle=handle), timeout=3)
        return True

    def mark_colleagues(self, names_text: str) -> bool:
        """`/kolleger Anne, Bo`: they work together daily, so groups keep them apart."""
        if not self.context.execute(colleagues_action(self.session.turns, names_text)):
            return False
        names = ", ".join(name.strip() for name in names_text.split(",") if name.strip())
        self.context.notify(tr("groups.colleagues_marked", names=names), timeout=3)
        return True

    def split_groups(self, grow: bool = False) -> None:
        """F12: split the present participants into groups (again: reshuffle);
        Shift+F12: one more per group (after 6, back to 2)."""
        session = self.session
        block = session.state.current
        self.context.execute(
            split_groups(session.program, block, session.turns, session.referat, grow)
        )

    def show_fairness(self) -> None:
        from facilitator.tui.screens.fairness import FairnessScreen  # loaded when opened

        self.context.ask(FairnessScreen(self.session), None)

    def toggle_quiet_first(self) -> None:
        if self.context.execute(toggle_quiet_first(self.session.turns)):
            on = self.session.turns.quiet_first
            self.context.notify(tr("speakers.quiet_on" if on else "speakers.quiet_off"), timeout=3)

    def toggle_stamps(self) -> None:
        self.stamps = not self.stamps
        self.context.notify(
            tr("speakers.stamps_enabled" if self.stamps else "speakers.stamps_disabled"), timeout=2
        )
        self.context.refresh_view()
