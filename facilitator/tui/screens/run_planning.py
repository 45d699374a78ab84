"""The run screen's look ahead: the plan of the coming meetings (`/mødeplan`, typically in
"Fremtidige møder") and the agenda as run saved as a program the group can use again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core.referat_actions import record_meeting_plan
from facilitator.core.roles import rotation_from
from facilitator.i18n import format_day, format_minutes, tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write
from facilitator.store.program_files import ProgramLoadError, write_new_program
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.shown_path import shown_path

# The forms and the exports are loaded when first used, not with the meeting screen.
if TYPE_CHECKING:
    from facilitator.core.meeting_plan import PlannedMeeting


class PlanningController:
    """The meetings to come (`/mødeplan`) and the agenda as run kept as a program."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session
        self.programs_folder = Path("programs")
        """Where a saved agenda goes: ./programs, where the picker looks first."""

    def roster_names(self) -> list[str]:
        """Who takes turns to chair, `/næste`'s chair and referent first."""
        participants = sorted(self.session.turns.participants.values(), key=lambda p: p.seat)
        names = [participant.name for participant in participants]
        return rotation_from(names, self.session.referat.next_meeting)

    def open_plan_form(self, _rest: str = "") -> bool:
        """`/mødeplan`: dates, time and place of the coming meetings, chair and referent in
        turn; written as mødeplan.ics and mødeplan.md, and kept in the referat."""
        from facilitator.tui.screens.planning import plan_form, planned_meetings

        next_meeting = self.session.referat.next_meeting
        start = format_day(next_meeting.date) if next_meeting and next_meeting.date else ""
        defaults = {
            "start": start,
            "every": "4w",
            "count": "6",
            "time": (next_meeting.time if next_meeting else "") or "19:00",
            "duration": "2h30",
            "place": (next_meeting.place if next_meeting else "") or self.session.referat.place,
            "rotate": "j" if self.roster_names() else "n",
        }
        people, today = self.roster_names(), self.context.today()

        def planned(values: dict[str, str] | None) -> None:
            if values is not None:
                self.save_plan(planned_meetings(values, today, people), values["place"])

        self.context.ask(plan_form(defaults, today, people), planned)
        return True

    def save_plan(self, meetings: list[PlannedMeeting], place: str) -> None:
        from facilitator.export.meeting_plan import plan_ics, plan_markdown

        group, title = self.session.header.group, ""
        folder = self.session.folder
        try:
            now = self.session.clock.now()
            atomic_write(folder / "mødeplan.ics", plan_ics(meetings, group, title, place, now))
            text = plan_markdown(meetings, group, title, place)
            atomic_write(folder / "mødeplan.md", text.encode("utf-8"))
        except StoreError as error:
            self.context.notify(error.message, severity="error")
            return
        if self.context.execute(record_meeting_plan(meetings, place, title)):
            self.context.notify(tr_count("plan.saved", len(meetings)), timeout=8)

    def save_program(self, _rest: str = "") -> bool:
        """Save the agenda as run (order, minutes, without skipped items) as a program."""
        from facilitator.core.program import suggested_id
        from facilitator.core.program_template import tuned_program
        from facilitator.tui.screens.planning import save_program_form

        program = self.session.program
        suffix = self.session.header.group or "tilpasset"
        proposal = f"{program.id}-{suggested_id(suffix)}"
        title = tr("new.tuned_title", title=program.title)
        tuned = tuned_program(self.session.state, proposal, title)
        folder = self.programs_folder

        def chosen(values: dict[str, str] | None) -> None:
            if values is None:
                return
            final = tuned_program(self.session.state, values["id"], title)
            held = format_day(self.session.header.created.astimezone(self.context.zone).date())
            note = tr("new.note_tuned", day=held, source=program.id)
            try:
                path = write_new_program(folder, final, note)
            except (StoreError, ProgramLoadError) as error:
                message = error.message if isinstance(error, StoreError) else error.format()
                self.context.notify(message, severity="error")
                return
            total = format_minutes(final.planned_minutes)
            self.context.notify(
                tr_count("new.written", len(final.blocks), path=shown_path(path), total=total),
                timeout=10,
            )

        def exists(program_id: str) -> bool:
            return (folder / f"{program_id}.toml").exists()

        before = self.session.initial_program
        self.context.ask(save_program_form(before, tuned, exists), chosen)
        return True
