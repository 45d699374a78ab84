"""The room's view for a projector: the big countdown, the item, what comes next, who has
the word and who waits. Read-only and without keys: it follows the session folder."""

from __future__ import annotations

from datetime import tzinfo

from rich.text import Text
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from facilitator.core.agenda_view import build_view, seconds_until_next_change
from facilitator.core.welcome import room_sign
from facilitator.i18n import format_countdown, tr
from facilitator.review.text import literal
from facilitator.store.errors import StoreError
from facilitator.store.live_session import LiveSession
from facilitator.tui.compositor import use_row_compositor
from facilitator.tui.screens.in_order import KeysInOrder
from facilitator.tui.screens.speakers_view import speakers_view
from facilitator.tui.ticker import SecondTicker, every_second
from facilitator.tui.widgets.room_clock import RoomClock
from facilitator.tui.widgets.speakers_panel import SpeakersView

MAX_WAITING_SHOWN = 6


def room_speakers(view: SpeakersView | None) -> Text:
    """`Ordet har: Anna  02:13` and `Derefter: Bo, Carla`, for the back of the room."""
    text = Text(justify="center")
    if view is None:
        return text
    if view.phase_turn:  # »Gruppe 2 fremlægger«: the room sees whose turn it is
        text.append_text(literal(view.phase_turn, "bold"))
        text.append("\n")
    if view.speaker:
        text.append(tr("display.speaker"), style="dim")
        text.append_text(literal(f" {view.speaker}  ", "bold"))
        text.append(format_countdown(view.speaking_seconds), style="bold")
    names = [name for _handle, name, _priority in view.waiting]
    if view.round is not None:
        names = names + [name for name in view.round.left if name not in names]
    if names:
        shown = names[:MAX_WAITING_SHOWN]
        more = len(names) - len(shown)
        line = ", ".join(shown) + (f" {tr('display.more', count=more)}" if more else "")
        if view.speaker:
            text.append("\n")
        text.append(tr("display.waiting"), style="dim")
        text.append_text(literal(f" {line}"))
    return text


class RoomSpeakers(Widget):
    speakers: reactive[SpeakersView | None] = reactive(None, layout=True)

    def render(self) -> Text:
        return room_speakers(self.speakers)


class DisplayScreen(KeysInOrder, Screen[None]):
    # Bound into the widget that draws them: a new view must not repaint the whole screen
    # each second, which it did (a full update every second, measured: idle CPU). The
    # clock's view is handed down (big_clock.TimeColoured says why it is not bound).
    speakers: reactive[SpeakersView | None] = reactive(None, repaint=False)
    problem: reactive[str] = reactive("")

    def __init__(self, session: LiveSession, zone: tzinfo) -> None:
        super().__init__()
        use_row_compositor(self)  # repaints the clock's changed rows only (tui/compositor.py)
        self.session = session
        self.zone = zone
        self.shown_timeout = ""
        self.ticker: SecondTicker | None = None
        self.clock = RoomClock(for_room=True, id="room-clock")
        self.timeout_notice = Static(id="room-timeout")

    def compose(self) -> ComposeResult:
        yield self.clock
        yield self.timeout_notice
        yield RoomSpeakers(id="room-speakers").data_bind(DisplayScreen.speakers)
        yield Static(id="room-problem")

    def on_mount(self) -> None:
        self.refresh_view()
        self.ticker = every_second(self, self.each_second, self.until_next_second)

    def each_second(self) -> None:
        self.follow_log()
        self.refresh_view()

    def until_next_second(self) -> float:
        return seconds_until_next_change(self.session.state, self.session.clock.now())

    def refresh_view(self) -> None:
        """Repaint from the clock; the view holds whole seconds, so most ticks draw nothing."""
        now = self.session.clock.now()
        view = build_view(self.session.state, now, self.zone)
        if view != self.clock.view:
            self.clock.show_view(view)
        self.clock.sign = room_sign(self.session.state, self.session.room, now, self.zone)
        self.speakers = speakers_view(self.session, now, stamps=False)
        self.show_timeout()

    def show_timeout(self) -> None:
        """»TIME-OUT« for the room while the grænsevogter's time-out goes on."""
        going = self.session.whole.memory.timeout
        text = tr("timeout.banner") if going is not None else ""
        notice = self.timeout_notice
        if notice.display != bool(text) or self.shown_timeout != text:
            self.shown_timeout = text
            notice.update(Text(text, style="bold reverse red", justify="center"))
            notice.display = bool(text)

    def follow_log(self) -> None:
        try:
            if self.session.follow():
                self.refresh_view()
                if self.ticker is not None:  # the chair may have paused or resumed
                    self.ticker.restep()
            self.problem = ""
        except StoreError as error:
            self.problem = error.message

    def watch_problem(self, message: str) -> None:
        notice = self.query_one("#room-problem", Static)
        notice.update(literal(message))
        notice.display = bool(message)
