"""Files shipped in `mentordesk/resources/`, found the same way from a checkout or a wheel."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(name: str) -> Traversable:
    """The shipped resource `name` (a path relative to `resources/`)."""
    return files("mentordesk").joinpath("resources", *name.split("/"))
