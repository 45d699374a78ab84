"""The app in a real terminal: `facilitator` started in tmux, keys sent as a person (or a
laggy SSH link) sends them, the screen read back, the session's files read afterwards.

Pilot tests post key events one at a time and wait for each to be handled; a terminal
delivers a burst of bytes that the app parses into many keys at once, and a paste as one
bracketed block. Only this layer sees what that does.

Each terminal has its own tmux server (its own socket in the test's folder), so tests never
share a server and a failing test cannot leave one behind for the next.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TMUX = shutil.which("tmux")
WAIT_SECONDS = 20.0


class Terminal:
    """One tmux server with one window running one command."""

    def __init__(self, folder: Path, width: int = 120, height: int = 35) -> None:
        assert TMUX is not None
        self.folder = folder
        self.socket = folder / "tmux.sock"
        self.width = width
        self.height = height

    def tmux(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            [str(TMUX), "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def start(self, *arguments: str, env: dict[str, str] | None = None, seat: str = "t") -> None:
        """Run `python -m facilitator ARGUMENTS` in the folder, as a user would type it.
        `seat` names the terminal: a second one (a referent) runs beside the first."""
        variables = {"TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in variables.items())
        command = " ".join(shlex.quote(part) for part in (sys.executable, "-m", "facilitator"))
        command += " " + " ".join(shlex.quote(part) for part in arguments)
        # The exit status is written where the test can read it once the app has gone.
        folder = shlex.quote(str(self.folder))
        line = f"cd {folder} && env {exports} {command}; echo $? > exit-code-{seat}"
        self.tmux(
            "-f", os.devnull, "new-session", "-d", "-s", seat,
            "-x", str(self.width), "-y", str(self.height), line,
        )  # fmt: skip
        self.tmux("set-option", "-t", seat, "remain-on-exit", "on")

    def screen(self, seat: str = "t") -> str:
        return self.tmux("capture-pane", "-p", "-t", seat)

    def wait_for(self, text: str, seconds: float = WAIT_SECONDS, seat: str = "t") -> str:
        """The screen once `text` is on it; fails with the screen as it was."""
        return self.wait_until(lambda screen: text in screen, f"{text!r}", seconds, seat)

    def wait_until(
        self,
        ready: Callable[[str], bool],
        what: str,
        seconds: float = WAIT_SECONDS,
        seat: str = "t",
    ) -> str:
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(seat)
            if ready(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{what} not on the screen after {seconds} s:\n{screen}")

    def pid(self, seat: str = "t") -> int:
        """The app's process: the child of the seat's shell (`env` execs the app)."""
        shell = int(self.tmux("display-message", "-p", "-t", seat, "#{pane_pid}").strip())
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == shell:
                return int(stat.parent.name)
        return shell

    def burst(self, *parts: str, seat: str = "t") -> None:
        """Text and keys in one tmux call: the bytes reach the app together. A part in
        angle brackets is a key (`<F6>`, `<S-F6>`, `<Enter>`, `<Escape>`); the rest is text.

        Esc is the one key a burst cannot carry: a terminal sends it as the byte that also
        begins every other key's sequence, so Esc and what follows at once is read as one
        Alt+key, or (with more after it) its Esc as a `^`. A person presses Esc and looks
        at the screen before the next key: tests do that with `wait_for`."""
        args: list[str] = []
        for part in parts:
            if args:
                args.append(";")
            if part.startswith("<") and part.endswith(">") and len(part) > 2:
                args += ["send-keys", "-t", seat, part[1:-1]]
            else:
                args += ["send-keys", "-t", seat, "-l", part]
        self.tmux(*args)

    def key_mode(self, seat: str = "t") -> str:
        """The key bar's first word: which mode the meeting screen is in."""
        lines = self.screen(seat).rstrip("\n").splitlines()
        return lines[-1].split()[0] if lines and lines[-1].split() else ""

    def wait_for_mode(self, mode: str, seat: str = "t") -> None:
        self.wait_until(lambda _screen: self.key_mode(seat) == mode, f"the key mode {mode!r}")

    def one_by_one(self, text: str, pause: float = 0.0) -> None:
        """Each character in its own tmux call, `pause` seconds apart."""
        for character in text:
            self.tmux("send-keys", "-t", "t", "-l", character)
            if pause:
                time.sleep(pause)

    def paste(self, text: str, seat: str = "t") -> None:
        """As a terminal pastes: one bracketed block (the app asked for bracketed paste)."""
        self.tmux("set-buffer", "-b", "p", "--", text)
        self.tmux("paste-buffer", "-p", "-d", "-b", "p", "-t", seat)

    def quit(self, answer: str = "k", seat: str = "t") -> int:
        """Ctrl+Q, as a chair does: if the clock runs, the app asks what becomes of the
        meeting (a: over, p: pause, k: leave it running) and `answer` is pressed. The exit
        status once the app has gone."""
        self.burst("<C-q>", seat=seat)
        marker = self.folder / f"exit-code-{seat}"
        deadline = time.monotonic() + 120.0
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text())
            if "Mødet kører" in self.screen(seat):
                self.burst(answer, seat=seat)
                return self.exit_code(seat=seat)
            time.sleep(0.1)
        raise AssertionError(f"the app did not end:\n{self.screen(seat)}")

    def exit_code(self, seconds: float = 120.0, seat: str = "t") -> int:
        """Wait for the app to end; its exit status."""
        marker = self.folder / f"exit-code-{seat}"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text())
            time.sleep(0.1)
        raise AssertionError(f"the app did not end within {seconds} s:\n{self.screen(seat)}")

    def close(self) -> None:
        self.tmux("kill-server", check=False)


@contextmanager
def terminal(folder: Path, width: int = 120, height: int = 35) -> Iterator[Terminal]:
    term = Terminal(folder, width, height)
    try:
        yield term
    finally:
        term.close()


def session_folder(sessions: Path) -> Path:
    (folder,) = [path for path in sessions.iterdir() if path.is_dir()]
    return folder


def events_of(sessions: Path) -> list[dict[str, Any]]:
    """The one session's event log, line by line."""
    log = session_folder(sessions) / "events.jsonl"
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def notes_of(sessions: Path) -> dict[str, str]:
    """Every notes file of the one session in `sessions`, by block id."""
    folder = session_folder(sessions)
    notes = {}
    for path in sorted((folder / "notes").glob("*.md")):
        block_id = path.stem.split("-", 1)[1]
        notes[block_id] = path.read_text(encoding="utf-8")
    return notes


def export_referat(folder: Path) -> str:
    """`facilitator export` of the meeting under `folder`/sessions, as a user runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", "--sessions-dir", "sessions"],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=60,
        check=True,
    )
    return result.stdout
