"""The real-terminal layer needs tmux (`.ci/run` installs it where it can)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.terminal.harness import TMUX, Terminal, terminal

PLAIN_PROGRAM = """\
[program]
title = "Tastetest"

[[block]]
id = "alfa"
title = "Alfa"
minutes = 10

[[block]]
id = "bravo"
title = "Bravo"
minutes = 10

[[block]]
id = "charlie"
title = "Charlie"
minutes = 10

[[block]]
id = "delta"
title = "Delta"
minutes = 10
"""


DECISION_PROGRAM = """\
[program]
title = "Beslutningstest"

[[block]]
id = "forslag"
title = "Forslag"
minutes = 10

[[block]]
id = "beslutning"
title = "Beslutning"
minutes = 10
kind = "decision"

[[block]]
id = "bagefter"
title = "Bagefter"
minutes = 10
"""


@pytest.fixture
def decision_program(tmp_path: Path) -> Path:
    path = tmp_path / "beslutningstest.toml"
    path.write_text(DECISION_PROGRAM, encoding="utf-8")
    return path


@pytest.fixture
def term(tmp_path: Path) -> Iterator[Terminal]:
    if TMUX is None:
        pytest.skip("tmux is not installed: the real-terminal tests need it (apt-get install tmux)")
    with terminal(tmp_path) as opened:
        yield opened


@pytest.fixture
def plain_program(tmp_path: Path) -> Path:
    path = tmp_path / "tastetest.toml"
    path.write_text(PLAIN_PROGRAM, encoding="utf-8")
    return path
