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
    letter: str = ""
    """The same action as a plain key in the chair's key mode (Esc in the notes): laptops
    whose F-keys are media keys, and terminals that keep F1, F10 or F11 for themselves."""
    letter_shown: bool = False
    """Shown in the key bar while the chair's keys are on (the rest are in F1 help)."""

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


# Chair actions: F-keys and ctrl-combinations, so they work while someone types notes, and
# each the same as one plain key in the chair's key mode (Danish mnemonics where they fit:
# n næste, s spring over, e efter det næste, g giv ordet, t talerliste, u ur, d deltagere).
CHAIR_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "f1", "show_help", letter="h", letter_shown=True),
    KeySpec("bigclock", "f2", "toggle_big_clock", show=False, letter="u"),
    KeySpec("catchup", "f3", "catch_up", show=False, letter="k"),
    # S: status, the walk through the open actions at Siden sidst (core/action_walk.py).
    KeySpec("walk", "shift+f3", "walk_actions", show=False, letter="S"),
    KeySpec("skip", "f4", "skip_block", show=False, letter="s"),
    KeySpec("postpone", "shift+f4", "postpone_block", show=False, letter="e"),
    KeySpec("toggle", "f5", "toggle_clock", letter=" ", letter_shown=True),
    KeySpec("timeout", "ctrl+f5", "call_timeout", show=False, letter="T"),
    KeySpec("next", "f6", "next_block", letter="n", letter_shown=True),
    KeySpec("previous", "shift+f6", "previous_block", show=False, letter="p", letter_shown=True),
    KeySpec("plus1", "f7", "extend(60)", letter="+", letter_shown=True),
    KeySpec("minus1", "shift+f7", "extend(-60)", show=False, letter="-", letter_shown=True),
    KeySpec("plus5", "ctrl+f7", "extend(300)", show=False, letter=">"),
    KeySpec("minus5", "ctrl+shift+f7", "extend(-300)", show=False, letter="<"),
    KeySpec("export", "f10", "export_referat", show=False, letter="x"),
    KeySpec("speaker", "f8", "next_speaker", letter="g", letter_shown=True),
    KeySpec("stamps", "shift+f8", "toggle_stamps", show=False, letter="a"),
    KeySpec("queue", "f9", "queue_speaker", letter="t", letter_shown=True),
    KeySpec("pass", "shift+f9", "pass_in_round", show=False, letter="r"),
    KeySpec("talerliste", "ctrl+f9", "edit_queue", show=False, letter="l"),
    KeySpec("roster", "ctrl+f12", "show_roster", show=False, letter="d"),
    KeySpec("fairness", "shift+f2", "show_fairness", show=False, letter="f"),
    KeySpec("quiet", "ctrl+f8", "toggle_quiet_first", show=False, letter="o"),
    KeySpec("groups", "f12", "split_groups", show=False, letter="b"),
    KeySpec("groups_size", "shift+f12", "split_groups(True)", show=False, letter="B"),
    KeySpec("checklist", "ctrl+f6", "tick_checklist", show=False, letter="c"),
)

# The referent's seat: the referat is theirs; agenda and talerliste are the chair's.
REFERENT_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "f1", "show_help", letter="h", letter_shown=True),
    KeySpec("bigclock", "f2", "toggle_big_clock", show=False, letter="u", letter_shown=True),
    KeySpec("export", "f10", "export_referat", letter="x", letter_shown=True),
)

# Between the two modes of a meeting screen. Esc in the notes: the chair's keys; Enter, i or
# Esc there: back to writing. Not bindings: the screen reads them where the mode is known.
TO_CHAIR_KEYS = KeySpec("chair_keys", "escape", "chair_keys", key_display="Esc")
TO_NOTES_KEYS = ("enter", "i", "escape")
TO_NOTES = KeySpec("write", "i", "write_notes", key_display="i/Enter")

PICKER_KEYS: tuple[KeySpec, ...] = (
    KeySpec("start", "enter", "start", key_display="Enter"),
    KeySpec("resume", "f4", "resume_latest"),
    KeySpec("review", "f3", "review"),
    KeySpec("invite", "f2", "invite"),
)

# Written as F1 help writes them (key_label: »Ctrl+Q«), never Textual's »^q«: the key bar
# said »^q Afslut« while the help said Ctrl+Q (a tester, at 200 columns).
QUIT_KEY = KeySpec("quit", "ctrl+q", "quit")
PALETTE_KEY = KeySpec("palette", "ctrl+p", "command_palette", show=False)


def install_bindings(node: DOMNode, specs: tuple[KeySpec, ...]) -> None:
    """Give one node (a screen or the app) localized bindings on top of its inherited ones."""
    # `_bindings` is the per-instance map Textual copies from BINDINGS; extending it here is
    # the one way to localize descriptions after the class was defined.
    node._bindings = BindingsMap.merge([node._bindings, BindingsMap(s.binding() for s in specs)])


def key_label(key: str) -> str:
    """`shift+f7` → `Shift+F7`, for the help screen."""
    if key == "escape":
        return "Esc"
    return "+".join(
        part.upper() if part.startswith("f") and part[1:].isdigit() else part.capitalize()
        for part in key.split("+")
    )


def letter_label(letter: str) -> str:
    """How a chair-mode key is written: `n`, `+`, `Mellemrum`."""
    return tr("keys.space") if letter == " " else letter


def letter_actions(specs: tuple[KeySpec, ...]) -> dict[str, str]:
    """The chair-mode keys of a screen: typed character → action."""
    return {spec.letter: spec.action for spec in specs if spec.letter}
