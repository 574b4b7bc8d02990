"""Small pieces of wording shared by the command line and the GUI."""

from __future__ import annotations

from collections.abc import Sized


def count(items: Sized | int, one: str, many: str) -> str:
    """'1 person', '3 people': a number with the right form of its noun."""
    n = items if isinstance(items, int) else len(items)
    return f"{n} {one if n == 1 else many}"
