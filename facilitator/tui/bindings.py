"""Key bindings, declared once with ids, localized when a screen is made.

Textual reads `BINDINGS` when a class is defined, which is before `--lang` is known, so the
screens install their bindings per instance from these specs instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from facilitator.i18n import tr


@dataclass(frozen=True)
class KeySpec:
    id: str
    key: str
    action: str
    show: bool = True
    priority: bool = True
    key_display: str | None = None

    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            tr(f"bind.{self.id}"),
            show=self.show,
            priority=self.priority,
            key_display=self.key_display or key_label(self.key),
            tooltip=tr(f"tip.{self.id}"),
            id=f"chair.{self.id}",
        )


# Chair actions: F-keys and ctrl-combinations only, so they work while someone types notes.
CHAIR_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "f1", "show_help"),
    KeySpec("bigclock", "f2", "toggle_big_clock", show=False),
    KeySpec("catchup", "f3", "catch_up", show=False),
    KeySpec("skip", "f4", "skip_block", show=False),
    KeySpec("postpone", "shift+f4", "postpone_block", show=False),
    KeySpec("toggle", "f5", "toggle_clock"),
    KeySpec("next", "f6", "next_block"),
    KeySpec("previous", "shift+f6", "previous_block", show=False),
    KeySpec("plus1", "f7", "extend(60)"),
    KeySpec("minus1", "shift+f7", "extend(-60)", show=False),
    KeySpec("plus5", "ctrl+f7", "extend(300)", show=False),
    KeySpec("minus5", "ctrl+shift+f7", "extend(-300)", show=False),
    KeySpec("export", "f10", "export_referat", show=False),
    KeySpec("speaker", "f8", "next_speaker"),
    KeySpec("stamps", "shift+f8", "toggle_stamps", show=False),
    KeySpec("queue", "f9", "queue_speaker"),
    KeySpec("pass", "shift+f9", "pass_in_round", show=False),
    KeySpec("talerliste", "ctrl+f9", "edit_queue", show=False),
    KeySpec("roster", "ctrl+f12", "show_roster", show=False),
    KeySpec("fairness", "shift+f2", "show_fairness", show=False),
    KeySpec("quiet", "ctrl+f8", "toggle_quiet_first", show=False),
    KeySpec("groups", "f12", "split_groups", show=False),
    KeySpec("groups_size", "shift+f12", "split_groups(True)", show=False),
)

# The referent's seat: the referat is theirs; agenda and talerliste are the chair's.
REFERENT_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "f1", "show_help"),
    KeySpec("bigclock", "f2", "toggle_big_clock", show=False),
    KeySpec("export", "f10", "export_referat"),
)

PICKER_KEYS: tuple[KeySpec, ...] = (
    KeySpec("start", "enter", "start", key_display="Enter"),
    KeySpec("resume", "f4", "resume_latest"),
    KeySpec("review", "f3", "review"),
    KeySpec("invite", "f2", "invite"),
)

QUIT_KEY = KeySpec("quit", "ctrl+q", "quit", key_display="^q")
PALETTE_KEY = KeySpec("palette", "ctrl+p", "command_palette", show=False, key_display="^p")


def install_bindings(node: DOMNode, specs: tuple[KeySpec, ...]) -> None:
    """Give one node (a screen or the app) localized bindings on top of its inherited ones."""
    # `_bindings` is the per-instance map Textual copies from BINDINGS; extending it here is
    # the one way to localize descriptions after the class was defined.
    node._bindings = BindingsMap.merge([node._bindings, BindingsMap(s.binding() for s in specs)])


def key_label(key: str) -> str:
    """`shift+f7` → `Shift+F7`, for the help screen."""
    return "+".join(
        part.upper() if part.startswith("f") and part[1:].isdigit() else part.capitalize()
        for part in key.split("+")
    )
