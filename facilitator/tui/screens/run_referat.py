"""The run screen's referat entries: changing or removing one (from the list under the
notes), the next meeting's details (`/næste`) and the referat's files (F10). The rules are
the core's (core/referat_actions.py); the typed `/…` lines are read in run.py."""

from __future__ import annotations

from facilitator.core.names import meeting_people
from facilitator.core.referat import Entry, EntryKind
from facilitator.core.referat_actions import change_entry, remove_entry, set_next_meeting
from facilitator.core.status_targets import plan_numbers
from facilitator.i18n import tr
from facilitator.i18n.lists import names_joined
from facilitator.store.errors import StoreError
from facilitator.tui.screens.run_context import RunContext
from facilitator.tui.shown_path import shown_path


class ReferatController:
    """What the referat says beyond the notes: its entries and the next meeting."""

    def __init__(self, context: RunContext) -> None:
        self.context = context
        self.session = context.session

    def entry_numbers(self) -> dict[str, str]:
        """This meeting's actions by entry id: `h1`, `h2` …, the numbers `/status` takes."""
        return plan_numbers(self.session.referat)

    def shown_entries(self, block: str) -> list[Entry]:
        """The item's entries; the last item also gathers every parked point."""
        referat = self.session.referat
        entries = referat.entries_for(block)
        if block == self.session.state.order[-1]:
            entries += [e for e in referat.all_of(EntryKind.PARKED) if e.block != block]
        return entries

    def edit_entry(self, entry_id: str) -> None:
        """The entry's form (Enter on it in the list); saved as a change of the entry."""
        entry = self.session.referat.entries.get(entry_id)
        if entry is None or self.session.read_only:
            return

        def changed(values: dict[str, str] | None) -> None:
            today = self.context.today()
            if values and self.context.execute(
                change_entry(self.session.referat, entry.id, values, today)
            ):
                self.context.show_entries()

        from facilitator.tui.screens.forms import edit_entry_form  # on first use

        self.context.ask(edit_entry_form(entry, self.context.today()), changed)

    def remove_entry(self, entry_id: str) -> None:
        """Delete on an entry in the list."""
        entry = self.session.referat.entries.get(entry_id)
        removal = remove_entry(self.session.referat, entry_id)
        if entry is not None and self.context.execute(removal):
            kind = tr(f"referat.{entry.kind.value}")
            self.context.notify(tr("referat.removed", kind=kind, text=entry.text), timeout=3)
            self.context.show_entries()

    def open_next_meeting_line(self, _rest: str = "") -> bool:
        """`/næste`: the next meeting's date, time, place, chair and referent."""
        today = self.context.today()

        def saved(values: dict[str, str] | None) -> None:
            if values is None:
                return
            # »Anne« is recorded as the roster's »Anne Holm« (core: set_next_meeting).
            people = meeting_people(self.session.turns, self.session.referat)
            if self.context.execute(set_next_meeting(values, today, people)):
                self.context.notify(tr("next.saved"))

        from facilitator.tui.screens.forms import next_meeting_form  # on first use

        form = next_meeting_form(self.session.referat.next_meeting, today)
        self.context.ask(form, saved)
        return True

    def write_files(self) -> None:
        """referat.md and referat.html into the session folder (F10, the notes saved first)."""
        try:
            # Imported here: markdown-it is not needed until the first export.
            from facilitator.export.referat import write_referat_files
            from facilitator.store.liveness import record_end
            from facilitator.store.session_reader import read_session

            record = read_session(self.session.folder)
            end = record_end(record, self.session.clock.now())
            paths = write_referat_files(record, self.context.zone, end)
        except StoreError as error:
            self.context.notify(error.message, severity="error")
            return
        names = names_joined(path.name for path in paths)
        folder = shown_path(paths[0].parent)
        message = tr("export.written_files", names=names, folder=folder)
        self.context.notify(message, timeout=8)
