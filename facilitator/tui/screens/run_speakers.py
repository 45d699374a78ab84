"""The run screen's speaking turns: talerliste (F9/F8), rounds, groups, talk time."""

from __future__ import annotations

from facilitator.core.events import EventDraft
from facilitator.core.groups import split_into_groups
from facilitator.core.program import BlockKind
from facilitator.core.rounds import next_in_round, pass_next, round_order
from facilitator.core.speech_limit import parse_speech_limit, set_speech_limit
from facilitator.core.turn_commands import add_participant, next_speaker, parse_participant, stamp
from facilitator.core.turns import Priority, TurnEvent
from facilitator.i18n import format_countdown, tr
from facilitator.tui.screens.forms import QueueSpeakerScreen
from facilitator.tui.screens.run_base import RunScreenBase
from facilitator.tui.widgets.notes_pane import NotesPane


class SpeakerActions(RunScreenBase):
    def action_queue_speaker(self) -> None:
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
            name, faglighed = parse_participant(text)
            participant = turns.find(name)
            if participant is None:
                matches = [
                    p
                    for p in turns.participants.values()
                    if p.name.casefold().startswith(name.casefold())
                ]
                if name.isdigit() or matches or not name:
                    self.notify(tr("speakers.unknown", text=name), severity="warning")
                    return
                if not self.execute(add_participant(turns, name, faglighed)):
                    return
                participant = turns.find(name)
                assert participant is not None
                self.notify(
                    tr(
                        "speakers.added",
                        name=participant.name,
                        handle=turns.handles()[participant.id],
                    ),
                    timeout=3,
                )
            waiting = next((e for e in turns.queue if e.participant == participant.id), None)
            if waiting is not None:
                if waiting.priority.name == priority:
                    self.notify(tr("speakers.already", name=participant.name), timeout=3)
                    return
                # A new priority for someone already waiting: take them out and in again.
                removal = EventDraft(TurnEvent.SPEAKER_REMOVED, {"participant": participant.id})
                if not self.execute(removal):
                    return
            draft = EventDraft(
                TurnEvent.SPEAKER_QUEUED, {"participant": participant.id, "priority": priority}
            )
            self.execute(draft)

        self.app.push_screen(QueueSpeakerScreen(people), chosen)

    def action_next_speaker(self) -> None:
        """F8: the next on the talerliste; in a round, the next in the round (but requests
        with a priority, like a point of order, still come first)."""
        now = self.session.clock.now()
        turns, block = self.session.turns, self.session.state.current
        urgent = [
            e
            for e in turns.ordered_queue(now, turns.quiet_first)
            if e.priority is not Priority.NORMAL
        ]
        if self.in_round() and block is not None and not urgent:
            draft = next_in_round(turns, self.session.referat, block)
        else:
            draft = next_speaker(turns, now, turns.quiet_first)
        self.start_speaking(draft)

    def start_speaking(self, draft: EventDraft | None) -> None:
        """Record who has the word now, with a stamp in the notes when stamps are on."""
        if draft is None or not self.execute(draft):
            return
        speaker = self.session.turns.participants.get(self.session.turns.speaker or "")
        if self.stamps and speaker is not None and not self.session.read_only:
            moment = self.session.clock.now().astimezone(self.zone)
            self.insert_stamp(stamp(moment, speaker.name))

    def action_edit_queue(self) -> None:
        """Ctrl+F9: move, remove, or give the word out of turn."""

        def chosen(participant: str | None) -> None:
            if participant is not None:
                self.start_speaking(
                    EventDraft(TurnEvent.SPEAKER_STARTED, {"participant": participant})
                )

        from facilitator.tui.screens.queue_editor import QueueEditorScreen  # loaded when opened

        self.app.push_screen(QueueEditorScreen(self.session, self.execute), chosen)

    def open_queue_line(self, _rest: str) -> bool:
        self.action_edit_queue()
        return True

    def action_show_roster(self, carried_from: str = "") -> None:
        """Ctrl+F12: who is in the group, seats, roles and who is here today."""
        from facilitator.tui.screens.roster import RosterScreen  # loaded when opened

        self.app.push_screen(
            RosterScreen(self.session, self.execute, carried_from), lambda _: self.refresh_view()
        )

    def open_roster_line(self, _rest: str) -> bool:
        self.action_show_roster()
        return True

    def set_speech_limit_line(self, text: str) -> bool:
        """`/taletid 2` (minutes), `/taletid 1:30`, `/taletid fra`: a limit per speech in
        the current item."""
        block = self.session.state.current
        seconds = parse_speech_limit(text)
        if block is None or seconds is None:
            self.notify(tr("speech.bad", value=text), severity="warning")
            return False
        if not self.execute(set_speech_limit(block, seconds)):
            return False
        if seconds:
            self.notify(tr("speech.set", limit=format_countdown(seconds)), timeout=3)
        else:
            self.notify(tr("speech.off"), timeout=3)
        return True

    def insert_stamp(self, text: str) -> None:
        """Put `[19.32] Anne: ` at the cursor, on a line of its own."""
        editor = self.query_one(NotesPane).editor
        row, column = editor.cursor_location
        line = editor.document.get_line(row)
        prefix = "\n" if line[:column].strip() else ""
        editor.insert(prefix + text)

    def action_pass_in_round(self) -> None:
        """Shift+F9: the next person in the round passes (or is not here)."""
        block = self.session.state.current
        if not self.in_round() or block is None:
            self.notify(tr("round.not_a_round"), severity="warning")
            return
        draft = pass_next(self.session.turns, self.session.referat, block)
        if draft is not None and self.execute(draft):
            name = self.session.turns.participants[str(draft.data["participant"])].name
            self.notify(tr("round.passed", name=name), timeout=3)

    def add_participant_line(self, text: str) -> bool:
        """`/deltager Anne, pædagog`: join the meeting without asking for the word."""
        name, faglighed = parse_participant(text)
        turns = self.session.turns
        if not name or name.isdigit():
            self.notify(tr("speakers.participant_needed"), severity="warning")
            return False
        if any(p.name.casefold() == name.casefold() for p in turns.participants.values()):
            self.notify(tr("speakers.participant_exists", name=name), severity="warning")
            return False
        if not self.execute(add_participant(turns, name, faglighed)):
            return False
        participant = turns.find(name)
        assert participant is not None
        handle = turns.handles()[participant.id]
        self.notify(tr("speakers.added", name=name, handle=handle), timeout=3)
        return True

    def mark_colleagues(self, names_text: str) -> bool:
        """`/kolleger Anne, Bo`: they work together daily, so groups keep them apart."""
        turns = self.session.turns
        names = [name.strip() for name in names_text.split(",") if name.strip()]
        found = [turns.find(name) for name in names]
        if len(names) < 2 or any(person is None for person in found):
            self.notify(tr("groups.colleagues_unknown"), severity="warning")
            return False
        ids = [person.id for person in found if person is not None]
        draft = EventDraft(TurnEvent.COLLEAGUES_MARKED, {"participants": ids})
        if self.execute(draft):
            self.notify(tr("groups.colleagues_marked", names=", ".join(names)), timeout=3)
            return True
        return False

    def action_split_groups(self, grow: bool = False) -> None:
        """F12: split the present participants into groups (again: reshuffle);
        Shift+F12: one more per group (after 6, back to 2)."""
        block_id = self.session.state.current
        if block_id is None or self.session.program.block(block_id).kind is not BlockKind.GROUPS:
            self.notify(tr("groups.not_groups"), severity="warning")
            return
        turns = self.session.turns
        people = round_order(turns, self.session.referat)
        if len(people) < 2:
            self.notify(tr("groups.too_few"), severity="warning")
            return
        size, seed, _groups = turns.groups.get(
            block_id, (self.session.program.block(block_id).group_size or 3, 0, [])
        )
        if grow:
            size = size + 1 if size < 6 else 2
        groups = split_into_groups(people, size, turns.colleagues, seed + 1)
        data = {"block": block_id, "size": size, "seed": seed + 1, "groups": groups}
        self.execute(EventDraft(TurnEvent.GROUPS_SPLIT, data))

    def action_show_fairness(self) -> None:
        from facilitator.tui.screens.fairness import FairnessScreen  # loaded when opened

        self.app.push_screen(FairnessScreen(self.session))

    def action_toggle_quiet_first(self) -> None:
        on = not self.session.turns.quiet_first
        if self.execute(EventDraft(TurnEvent.QUIET_FIRST_SET, {"on": on})):
            self.notify(tr("speakers.quiet_on" if on else "speakers.quiet_off"), timeout=3)

    def action_toggle_stamps(self) -> None:
        self.stamps = not self.stamps
        self.notify(
            tr("speakers.stamps_enabled" if self.stamps else "speakers.stamps_disabled"), timeout=2
        )
        self.refresh_view()
