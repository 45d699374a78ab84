"""Which classes a widget was given, kept: a flash lasts 0.6 s of real time, and on a busy
machine the test looked after it had gone (no timing in tests)."""

from __future__ import annotations

from textual.dom import DOMNode


def classes_added(node: DOMNode) -> list[str]:
    """From now on, every class `add_class` gives `node`, in order."""
    added: list[str] = []
    original = node.add_class

    def add_class(*names: str, update: bool = True) -> DOMNode:
        added.extend(names)
        return original(*names, update=update)

    node.add_class = add_class  # type: ignore[method-assign]
    return added
