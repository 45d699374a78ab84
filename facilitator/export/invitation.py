"""An invitation as Markdown, plain text (for the body of an e-mail) or printable HTML.

The words come from the catalogue; what the user did not give stays in the text as a
visible placeholder (»[sted]«) and is listed by `Invitation.missing`. What was typed or read
from the program's file shows as typed in the Markdown (`typed`: markdown_literal.py), and
as it is in the plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.core.invitation import AgendaLine, Invitation
from facilitator.core.program import Program
from facilitator.export.markdown_literal import markdown_literal
from facilitator.export.raw_html import html_as_text
from facilitator.export.referat_html import printable_html
from facilitator.i18n import format_clock_time, format_date, format_minutes, tr

Typed = Callable[[str], str]


def _as_is(text: str) -> str:
    return text


def _given(invitation: Invitation, name: str, value: str, typed: Typed) -> str:
    return typed(value) if name not in invitation.missing else tr(f"invite.placeholder.{name}")


def _when(invitation: Invitation) -> tuple[str, str]:
    details = invitation.details
    day = format_date(details.day) if details.day else tr("invite.placeholder.day")
    if details.starts_at is None or invitation.ends_at is None:
        return day, tr("invite.placeholder.starts_at")
    start, end = format_clock_time(details.starts_at), format_clock_time(invitation.ends_at)
    return day, tr("invite.time_span", start=start, end=end)


def _agenda_time(line: AgendaLine) -> str:
    if line.starts is None or line.ends is None:
        return format_minutes(line.minutes)
    return f"{format_clock_time(line.starts)}–{format_clock_time(line.ends)}"


def _lead(line: AgendaLine) -> str:
    return tr("run.lead", lead=line.lead) if line.lead else ""


def _paragraphs(invitation: Invitation, typed: Typed) -> list[str]:
    """The letter's opening: greeting, what, when and where, who chairs."""
    details, program = invitation.details, invitation.program
    day, time_span = _when(invitation)
    intro = (
        tr("invite.intro_group", title=typed(program.title), group=typed(details.group))
        if details.group
        else tr("invite.intro", title=typed(program.title))
    )
    paragraphs = [
        tr("invite.greeting", recipient=_given(invitation, "recipient", details.recipient, typed)),
        intro,
        tr(
            "invite.when",
            day=day,
            time=time_span,
            place=_given(invitation, "place", details.place, typed),
        ),
    ]
    if program.description:
        paragraphs.append(typed(program.description))
    chair = _given(invitation, "chair", details.chair, typed)
    paragraphs.append(tr("invite.chair", chair=chair))
    return paragraphs


def _reply(invitation: Invitation, typed: Typed) -> list[str]:
    details = invitation.details
    reply_by = (
        format_date(details.reply_by) if details.reply_by else tr("invite.placeholder.reply_by")
    )
    sender = _given(invitation, "sender", details.sender, typed)
    lines = [tr("invite.reply", sender=sender, day=reply_by)]
    if details.contact:
        lines.append(tr("invite.contact", contact=typed(details.contact)))
    return lines


def _lists(program: Program) -> list[tuple[str, tuple[str, ...]]]:
    """The program's preparation questions and materials, where it has any."""
    lists = [
        (tr("invite.preparation"), program.preparation),
        (tr("invite.materials"), program.materials),
    ]
    return [(heading, items) for heading, items in lists if items]


def invitation_markdown(invitation: Invitation) -> str:
    program = invitation.program
    lines = [f"# {tr('invite.heading', title=markdown_literal(program.title))}", ""]
    for paragraph in _paragraphs(invitation, markdown_literal):
        lines += [paragraph, ""]
    lines += [f"## {tr('invite.agenda')}", ""]
    lines += [f"| {tr('invite.col_time')} | {tr('invite.col_item')} | {tr('invite.col_lead')} |"]
    lines += ["|---|---|---|"]
    for line in invitation.agenda:
        title, lead = (
            markdown_literal(text).replace("|", "\\|") for text in (line.title, line.lead)
        )
        lines.append(f"| {_agenda_time(line)} | {title} | {lead} |")
    lines += ["", tr("invite.total", total=format_minutes(program.planned_minutes)), ""]
    for heading, items in _lists(program):
        lines += [f"## {heading}", ""]
        lines += [f"- {markdown_literal(entry)}" for entry in items]
        lines.append("")
    lines += [f"## {tr('invite.reply_heading')}", ""]
    for reply in _reply(invitation, markdown_literal):
        lines += [reply, ""]
    sender = _given(invitation, "sender", invitation.details.sender, markdown_literal)
    lines += [tr("invite.closing"), "", tr("invite.regards") + "  ", sender, ""]
    # A title, a place or a name typed as HTML stays text in every viewer (raw_html.py).
    return html_as_text("\n".join(lines))


def invitation_text(invitation: Invitation) -> str:
    """Plain text for pasting into an e-mail: no Markdown marks, the agenda in columns."""
    program = invitation.program
    lines = [tr("invite.heading", title=program.title), ""]
    for paragraph in _paragraphs(invitation, _as_is):
        lines += [paragraph, ""]
    lines.append(tr("invite.agenda") + ":")
    width = max(len(_agenda_time(line)) for line in invitation.agenda)
    for line in invitation.agenda:
        lead = f" ({_lead(line)})" if line.lead else ""
        lines.append(f"  {_agenda_time(line).ljust(width)}  {line.title}{lead}")
    lines += ["", tr("invite.total", total=format_minutes(program.planned_minutes)), ""]
    for heading, items in _lists(program):
        lines.append(heading + ":")
        lines += [f"  • {entry}" for entry in items]
        lines.append("")
    for reply in _reply(invitation, _as_is):
        lines += [reply, ""]
    sender = _given(invitation, "sender", invitation.details.sender, _as_is)
    lines += [tr("invite.closing"), "", tr("invite.regards"), sender, ""]
    return "\n".join(lines)


def render_invitation(invitation: Invitation, fmt: str) -> str:
    if fmt == "txt":
        return invitation_text(invitation)
    markdown_text = invitation_markdown(invitation)
    if fmt == "html":
        return printable_html(markdown_text, tr("invite.heading", title=invitation.program.title))
    return markdown_text
