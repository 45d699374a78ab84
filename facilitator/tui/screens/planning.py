"""The planning dialogs: an invitation from the picker, the meeting plan and the tuned agenda
from the run screen. Each reads its fields with the same core functions as the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from textual.app import App

from facilitator.core.invitation import build_invitation, details_from_text, parse_day
from facilitator.core.meeting_plan import (
    PlanInputError,
    PlannedMeeting,
    parse_clock,
    parse_duration,
    parse_interval,
    plan_meetings,
)
from facilitator.core.program import Program
from facilitator.core.program_template import agenda_changes, valid_program_id
from facilitator.core.theme_plan import parse_themes, with_themes
from facilitator.export import INVITATION_FORMATS
from facilitator.export.invitation import render_invitation
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write
from facilitator.tui.screens.fields_form import FieldsForm, FormField
from facilitator.tui.shown_path import shown_path

PLAN_ZONE = ZoneInfo("Europe/Copenhagen")
YES_WORDS = ("j", "ja", "y", "yes")


def _problem(error: PlanInputError) -> str:
    return tr(error.message, value=error.value)


# --------------------------------------------------------------------- invitation


INVITE_FIELDS = (
    "day",
    "starts_at",
    "place",
    "chair",
    "recipient",
    "reply_by",
    "sender",
    "contact",
)


def invitation_form(program: Program, today: date) -> FieldsForm:
    # A program's `place` is advice on the room ("a quiet room with enough chairs"), not an
    # address, so the place is left for the sender to give.
    defaults = {"starts_at": "19:00"}
    fields = [
        FormField(name, tr(f"invite.form.{name}"), defaults.get(name, "")) for name in INVITE_FIELDS
    ]
    formats = tuple((fmt, fmt) for fmt in INVITATION_FORMATS)
    fields.append(FormField("format", tr("invite.form.format"), "md", choices=formats))

    def check(values: dict[str, str]) -> str | None:
        try:
            details_from_text(values, today)
        except PlanInputError as error:
            return _problem(error)
        return None

    title = tr("invite.form_title", title=program.title)
    return FieldsForm(title, fields, tr("invite.form_keys"), check)


def write_invitation(
    program: Program, values: dict[str, str], today: date, folder: Path
) -> tuple[Path, tuple[str, ...]]:
    """Write the invitation into `folder`; its path and the details left as placeholders."""
    details = details_from_text(values, today)
    invitation = build_invitation(program, details)
    fmt = values["format"] if values["format"] in INVITATION_FORMATS else "md"
    stamp = f"-{details.day.isoformat()}" if details.day else ""
    path = folder / f"invitation-{program.id}{stamp}.{fmt}"
    atomic_write(path, render_invitation(invitation, fmt).encode("utf-8"))
    return path, invitation.missing


# --------------------------------------------------------------------- meeting plan


PLAN_FIELDS = ("start", "every", "count", "time", "duration", "place", "themes", "rotate")


def planned_meetings(
    values: dict[str, str], today: date, people: list[str]
) -> list[PlannedMeeting]:
    first = parse_day(values["start"], today)
    if first is None:
        raise PlanInputError("invite.bad_date", values["start"])
    count_text = values["count"]
    if not count_text.isdigit():
        raise PlanInputError("plan.bad_count", count_text)
    rotate = people if values["rotate"].lower() in YES_WORDS else []
    meetings = plan_meetings(
        first,
        parse_interval(values["every"]),
        int(count_text),
        parse_clock(values["time"]),
        parse_duration(values["duration"]),
        PLAN_ZONE,
        rotate,
    )
    return with_themes(meetings, parse_themes(values.get("themes", "")))


def plan_form(defaults: dict[str, str], today: date, people: list[str]) -> FieldsForm:
    fields = [
        FormField(name, tr(f"plan.form.{name}"), defaults.get(name, "")) for name in PLAN_FIELDS
    ]

    def check(values: dict[str, str]) -> str | None:
        try:
            planned_meetings(values, today, people)
        except PlanInputError as error:
            return _problem(error)
        return None

    return FieldsForm(tr("plan.form_title"), fields, tr("plan.form_keys"), check)


# --------------------------------------------------------------------- tuned agenda


def save_program_form(before: Program, after: Program, exists: Callable[[str], bool]) -> FieldsForm:
    """Ask for the new program's id, saying what changed from the program that was run."""
    changes = agenda_changes(before, after)
    lines = [tr("save_program.intro"), ""]
    lines += [
        tr(f"new.change.{change.kind}", title=change.title, old=change.old, new=change.new)
        for change in changes
    ] or [tr("new.no_changes")]
    fields = [FormField("id", tr("save_program.id"), after.id)]

    def check(values: dict[str, str]) -> str | None:
        if not valid_program_id(values["id"]):
            return tr("new.bad_id", value=values["id"])
        if exists(values["id"]):
            return tr("new.exists", path=f"programs/{values['id']}.toml")
        return None

    return FieldsForm(
        tr("save_program.title"), fields, tr("save_program.keys"), check, "\n".join(lines)
    )


def ask_for_invitation(app: App[None], program: Program, today: date) -> None:
    """The invitation form; its files written into the working folder, and a notice saying
    where, and which details are still placeholders."""

    def written(values: dict[str, str] | None) -> None:
        if values is None:
            return
        try:
            path, missing = write_invitation(program, values, today, Path.cwd())
        except StoreError as error:
            app.notify(error.message, severity="error")
            return
        app.notify(tr("invite.written", path=shown_path(path)), timeout=10)
        if missing:
            # The placeholders are written in brackets, »[sted]«: a notice is never markup.
            fields = ", ".join(tr(f"invite.placeholder.{name}") for name in missing)
            app.notify(tr("invite.missing", fields=fields), severity="warning", timeout=15)

    app.push_screen(invitation_form(program, today), written)
