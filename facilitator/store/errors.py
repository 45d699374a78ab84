"""Errors the store raises carry a finished message for the user, in the chosen language."""

from __future__ import annotations


class StoreError(Exception):
    """Something on disk went wrong; `str(error)` is a message a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
