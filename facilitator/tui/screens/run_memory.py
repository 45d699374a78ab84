"""The run screen's part of the group's memory: `/aftale` (agreements shown at the first
item), what was left open at earlier meetings (»Siden sidst«: `/udført`, `/status`),
`/godkend`, `/fortroligt` and the time-out, with the rules in core (core/agreements.py,
core/carried.py, …); the earlier meetings read once."""

from __future__ import annotations

from facilitator.core.action_status import latest_statuses, parse_status, status_text
from facilitator.core.action_walk import start_walk
from facilitator.core.agreements import Agreement, agreement_action, agreements_in_force
from facilitator.core.approval import approve_previous, previous_meeting
from facilitator.core.carried import mark_done, numbered
from facilitator.core.events import Refusal
from facilitator.core.memory import ActionStatus, MemoryEvent
from facilitator.core.off_record import off_record_action
from facilitator.core.referat import EntryKind
from facilitator.core.review import GroupMeeting, OpenItem
from facilitator.core.seat_names import seat_name
from facilitator.core.seats import Seat
from facilitator.core.status_targets import status_action
from facilitator.core.timeout import call_timeout as timeout_action
from facilitator.i18n import format_day, tr
from facilitator.i18n.lists import names_joined
from facilitator.store.errors import StoreError
from facilitator.tui.screens.run_context import RunContext


class MemoryController:
    """What the group carries from meeting to meeting, and what stays in the room."""

    def __init__(self, context: RunContext, carried: list[OpenItem]) -> None:
        self.context = context
        self.session = context.session
        self.carried = carried
        """Open items from the group's earlier meetings, numbered under »Siden sidst«."""
        self._past: list[GroupMeeting] | None = None

    def past_meetings(self) -> list[GroupMeeting]:
        """The group's meetings before this one (read once: they do not change under us)."""
        if self._past is None and not self.session.header.group.strip():
            self._past = []  # a meeting of no group has no earlier meetings
        if self._past is None:
            # Imported here: the history is not needed before the first frame (start time).
            from facilitator.store.group_memory import meetings_before

            header = self.session.header
            try:
                folder = self.session.folder
                self._past = meetings_before(
                    folder.parent, header.group, folder.name, header.created
                )
            except StoreError:
                self._past = []
        return self._past

    def this_meeting(self) -> GroupMeeting:
        return GroupMeeting(
            self.session.folder.name, self.session.header.created, self.session.whole
        )

    def agreements_now(self) -> list[Agreement]:
        return agreements_in_force([*self.past_meetings(), self.this_meeting()])

    def my_name(self) -> str:
        return seat_name(self.session.seat, self.session.referat, self.session.turns)

    def title_bar(self) -> tuple[str, bool]:
        """The title bar's text, and whether a time-out goes on (it says »Time-out« then)."""
        going = self.session.whole.memory.timeout
        title = self.session.program.title
        if self.session.seat is Seat.REFERENT:
            title = tr("seat.referent_title", title=title)
        if going is not None:
            title = tr("timeout.title_bar", who=timeout_by(going.by, going.role), title=title)
        return title, going is not None

    def shown_agreements(self) -> tuple[str, ...]:
        """The agreements in force, shown at the first item only."""
        state = self.session.state
        at_first = bool(state.order) and state.current == state.order[0]
        return self.agreement_lines() if at_first else ()

    def agreement_lines(self) -> tuple[str, ...]:
        return tuple(f"{a.number}. {a.text}" for a in self.agreements_now())

    def agreement_line(self, rest: str) -> bool:
        """`/aftale TEKST`, `/aftale ret N ny tekst`, `/aftale slut N`; `/aftale` alone
        shows the agreements in force with their numbers."""
        in_force = self.agreements_now()
        if not rest.strip():
            lines = self.agreement_lines()
            message = "\n".join(lines) if lines else tr("agreement.none")
            self.context.notify(message, title=tr("agreements.heading"), timeout=12)
            return True
        action = agreement_action(rest, in_force, self.session.folder.name, self.my_name())
        if isinstance(action, Refusal):
            self.context.notify(tr(action.message, **action.params), severity="warning", timeout=8)
            return action.message == "agreement.already"
        if not self.context.execute(action):
            return False
        draft = action[0]
        chosen = next((a for a in in_force if a.id == draft.data.get("id")), None)
        number = chosen.number if chosen is not None else 0
        if draft.type == MemoryEvent.AGREEMENT_MADE:
            self.context.notify(tr("agreement.made_notice", text=draft.data["text"]), timeout=4)
        elif draft.type == MemoryEvent.AGREEMENT_CHANGED:
            text = draft.data["text"]
            self.context.notify(tr("agreement.changed_notice", nr=number, text=text), timeout=4)
        else:
            text = chosen.text if chosen is not None else ""
            self.context.notify(tr("agreement.ended_notice", nr=number, text=text), timeout=4)
        return True

    def off_record_line(self, rest: str) -> bool:
        """`/fortroligt TEKST`: kept in the session for chair and referent, in no referat."""
        block = self.context.shown_block
        if block is None:
            return False
        memory = self.session.whole.memory
        action = off_record_action(rest, block, self.my_name(), memory)
        if isinstance(action, Refusal):
            self.context.notify(tr(action.message, **action.params), severity="warning", timeout=8)
            return action.message == "off_record.already"
        if not self.context.execute(action):
            return False
        self.context.show_entries()
        self.context.notify(tr("off_record.kept"), timeout=4)
        return True

    def off_record(self, block: str) -> list[str]:
        """The item's text off the record, shown (marked so) under its entries."""
        return [n.text for n in self.session.whole.memory.off_record if n.block == block]

    def carried_lines(self) -> tuple[str, ...]:
        """`2. Bestil lokale (Bo, senest 1.12.2026)`, `3. Forplejning (parkeret)`: one
        numbering, the numbers `/udført` takes."""
        lines = []
        for number, item in numbered(self.carried, self.session.referat):
            details = [item.who] if item.who else []
            if item.due:
                details.append(tr("review.due", day=format_day(item.due)))
            if item.kind is EntryKind.PARKED:
                details.append(tr("review.parked"))
            details += self.carried_status(item)
            suffix = f" ({', '.join(details)})" if details else ""
            lines.append(f"{number}. {item.text}{suffix}")
        return tuple(lines)

    def mark_carried_done(self, text: str) -> bool:
        """`/udført 2`: an action from an earlier meeting is done, or a parked point closed."""
        number = int(text) if text.strip().isdigit() else 0
        chosen = mark_done(self.carried, self.session.referat, number)
        if chosen is None:
            self.context.notify(tr("review.bad_number", value=text), severity="warning")
            return False
        draft, item = chosen
        if self.context.execute(draft):
            done = "review.marked_done" if item.kind is EntryKind.ACTION else "review.closed"
            self.context.notify(tr(done, number=number, text=item.text), timeout=3)
            return True
        return False

    def carried_status(self, item: OpenItem) -> list[str]:
        """»i gang: venter på svar« after a carried action, as the latest meeting said it."""
        if item.kind.value != "action":
            return []
        meetings = [*self.past_meetings(), self.this_meeting()]
        info = latest_statuses(meetings).get((item.folder, item.entry_id))
        if info is None or (info.status is ActionStatus.OPEN and not info.note):
            return []
        return [status_text(info)]

    def status_line(self, rest: str) -> bool:
        """`/status 2 udskudt 1.2: venter på svar` for item 2 under »Siden sidst«, `/status
        h1 udført` for this meeting's action 1; `/status` alone: the walk."""
        if not rest.strip():
            self.walk_actions()
            return True
        typed = parse_status(rest, self.context.today())
        if isinstance(typed, Refusal):
            self.context.notify(tr(typed.message, **typed.params), severity="warning", timeout=8)
            return False
        session = self.session
        action, item = status_action(self.carried, session.referat, session.header.created, typed)
        if not self.context.execute(action) or item is None:
            return False
        meetings = [*self.past_meetings(), self.this_meeting()]
        info = latest_statuses(meetings).get((item.folder or session.folder.name, item.entry_id))
        said = status_text(info) if info is not None else ""
        self.context.notify(tr("status.set_notice", text=item.text, status=said), timeout=4)
        return True

    def walk_actions(self) -> None:
        """Shift+F3 (`S` in the chair's keys): the open actions one by one (status_walk.py)."""
        statuses = latest_statuses([*self.past_meetings(), self.this_meeting()])
        walk = start_walk(self.carried, self.session.referat, statuses)
        from facilitator.tui.screens.status_walk import open_walk  # on first use

        open_walk(self.context, self.carried_status, walk)

    def approve_line(self, _rest: str = "") -> bool:
        """`/godkend`: the group's previous referat is approved by those present."""
        past = self.past_meetings()
        if not self.context.execute(approve_previous(past, self.session.whole)):
            return False
        previous = previous_meeting(past)
        approval = self.session.whole.memory.approvals[-1]
        if previous is not None:
            day = format_day(previous.created.astimezone(self.context.zone).date())
            names = names_joined(approval.by)
            self.context.notify(tr("approval.notice", day=day, names=names), timeout=6)
        return True

    def timeout_line(self, rest: str) -> bool:
        """`/timeout` or `/timeout Carla`: the grænsevogter stops the discussion."""
        return self.start_timeout(rest)

    def call_timeout(self) -> None:
        """Ctrl+F5 (`T` in the chair's keys): a time-out by the roster's grænsevogter."""
        self.start_timeout("")

    def start_timeout(self, typed_name: str) -> bool:
        if not self.context.execute(timeout_action(self.session.whole, typed_name)):
            return False
        going = self.session.whole.memory.timeout
        who = timeout_by(going.by, going.role) if going is not None else ""
        self.context.notify(tr("timeout.called", who=who), severity="warning", timeout=6)
        return True


def timeout_by(name: str, role: str) -> str:
    """`Carla (grænsevogter)`, `Carla`, or »ordstyreren« when nobody was named."""
    if not name:
        return tr("timeout.by_chair")
    return tr("timeout.by_guardian", name=name) if role else name
