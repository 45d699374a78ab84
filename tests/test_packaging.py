"""The wheel carries the programs, so an installed `facilitator` finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import PROGRAMS, REPO


def test_wheel_contains_the_programs(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("facilitator-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for program in PROGRAMS.glob("*.toml"):
        assert f"facilitator/programs/{program.name}" in names
    assert "facilitator/tui/app.tcss" in names
    assert "facilitator/tui/serve_page/app_index.html" in names  # serve loads nothing remote
