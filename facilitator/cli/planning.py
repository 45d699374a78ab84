"""Before and between meetings on the command line: `invite`, `plan` and `new`.

Each command reads its words with the same core functions as the app's forms, so a date,
a time or an interval that one accepts the other accepts too.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rich.console import Console

from facilitator.cli.support import EXIT_BAD_INPUT, EXIT_OK, say, write_out
from facilitator.core.clock import SystemClock
from facilitator.core.invitation import build_invitation, details_from_text, parse_day
from facilitator.core.meeting_plan import (
    PlanInputError,
    parse_clock,
    parse_duration,
    parse_interval,
    plan_meetings,
)
from facilitator.core.program import Program, suggested_id
from facilitator.core.program_template import (
    copied_program,
    starter_program,
    tuned_program,
    valid_program_id,
)
from facilitator.core.roles import rotation_from
from facilitator.core.theme_plan import parse_themes, with_themes
from facilitator.export.invitation import render_invitation
from facilitator.export.meeting_plan import plan_ics, plan_markdown
from facilitator.i18n import format_day, format_minutes, tr, tr_count
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write
from facilitator.store.program_files import (
    ProgramLoadError,
    find_program,
    program_folders,
    write_new_program,
)
from facilitator.store.roster import previous_roster
from facilitator.store.session_files import find_session_folder
from facilitator.store.session_reader import read_session

LATEST = ("seneste", "latest")


def run_planning_command(
    args: argparse.Namespace, sessions_dir: Path, console: Console, errors: Console
) -> int:
    """The exit code of `invite`, `plan` or `new` (PLANNING_COMMANDS)."""
    try:
        if args.command == "invite":
            return command_invite(args, console, errors)
        if args.command == "plan":
            return command_plan(args, sessions_dir, console, errors)
        return command_new(args, sessions_dir, console)
    except ProgramLoadError as error:
        say(errors, error.format())
        return EXIT_BAD_INPUT
    except PlanInputError as error:
        say(errors, tr("cli.error", message=tr(error.message, value=error.value)))
        return EXIT_BAD_INPUT
    except StoreError as error:
        say(errors, tr("cli.error", message=error.message))
        return EXIT_BAD_INPUT


def today() -> date:
    return SystemClock().now().date()


def command_invite(args: argparse.Namespace, console: Console, errors: Console) -> int:
    program = find_program(args.program, program_folders())
    typed = {
        "day": args.date or "",
        "starts_at": args.time or "",
        "place": args.place,
        "sender": args.sender,
        "chair": args.chair,
        "recipient": args.recipient,
        "reply_by": args.reply_by or "",
        "contact": args.contact,
    }
    details = details_from_text(typed, today(), args.group)
    invitation = build_invitation(program, details)
    text = render_invitation(invitation, args.format)
    if args.output is None:
        write_out(text)
    else:
        atomic_write(args.output, text.encode("utf-8"))
        say(console, tr("invite.written", path=args.output))
    if invitation.missing:
        fields = ", ".join(tr(f"invite.field.{name}") for name in invitation.missing)
        say(errors, tr("invite.missing", fields=fields))
    return EXIT_OK


def command_plan(
    args: argparse.Namespace, sessions_dir: Path, console: Console, errors: Console
) -> int:
    try:
        zone = ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        say(errors, tr("cli.error", message=tr("cli.bad_tz", value=args.tz)))
        return EXIT_BAD_INPUT
    first = parse_day(args.start, today())
    if first is None:  # --start "" : required, but empty
        raise PlanInputError("invite.bad_date", args.start)
    people: list[str] = []
    if args.rotate:
        roster = previous_roster(sessions_dir, args.group)
        names = [p.name for p in roster.participants]
        people = rotation_from(names, roster.next_meeting)  # /næste's chair and referent first
        if not people:
            say(errors, tr("plan.no_roster", group=args.group))
    meetings = plan_meetings(
        first,
        parse_interval(args.every),
        args.count,
        parse_clock(args.time),
        parse_duration(args.duration),
        zone,
        people,
    )
    meetings = with_themes(meetings, parse_themes(args.themes))
    place, title = args.place.strip(), args.title.strip()
    output = args.output or Path(f"mødeplan-{suggested_id(args.group or title or 'gruppe')}.ics")
    made_at = SystemClock().now()
    atomic_write(output, plan_ics(meetings, args.group, title, place, made_at))
    write_out(plan_markdown(meetings, args.group, title, place))
    say(console, tr_count("plan.written", len(meetings), path=output))
    return EXIT_OK


def new_program_source(args: argparse.Namespace, sessions_dir: Path) -> tuple[Program, str]:
    """The program to write and the note at its top."""
    program_id = args.program_id
    path = (args.programs_dir or Path("programs")) / f"{program_id}.toml"
    today = format_day(SystemClock().now().date())
    if args.from_session:
        name = None if args.from_session.lower() in LATEST else args.from_session
        record = read_session(find_session_folder(sessions_dir, name))
        title = tr("new.tuned_title", title=record.program.title)
        program = tuned_program(record.state.agenda, program_id, title)
        held = record.header.created.date()
        note = tr("new.note_tuned", day=format_day(held), source=record.program.id)
        return program, note
    if args.source:
        source = find_program(args.source, program_folders())
        note = tr("new.note_copy", source=source.id, day=today, path=path)
        return copied_program(source, program_id), note
    return starter_program(program_id), tr("new.note_template", day=today, path=path)


def command_new(args: argparse.Namespace, sessions_dir: Path, console: Console) -> int:
    if not valid_program_id(args.program_id):
        raise StoreError(tr("new.bad_id", value=args.program_id))
    program, note = new_program_source(args, sessions_dir)
    folder = args.programs_dir or Path("programs")
    path = write_new_program(folder, program, note)
    total = format_minutes(program.planned_minutes)
    say(console, tr_count("new.written", len(program.blocks), path=path, total=total))
    return EXIT_OK
