"""Readable external ids that do not collide with ones already taken."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def unique_id(wanted: str, taken: Callable[[Iterable[str]], set[str]]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... whichever is free first."""
    candidates = [wanted] + [f"{wanted}-{n}" for n in range(2, 100)]
    used = taken(candidates)
    for candidate in candidates:
        if candidate not in used:
            return candidate
    n = 100
    while f"{wanted}-{n}" in taken([f"{wanted}-{n}"]):
        n += 1
    return f"{wanted}-{n}"
