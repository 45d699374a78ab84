"""A file's path as a person reads it in a message."""

from __future__ import annotations

from pathlib import Path


def shown_path(path: Path) -> str:
    """From the working folder when the file is inside it (`sessions/…`, `programs/…`), else
    in full: a notice is narrow, and the working folder's own path is what gets it cut off."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)
