"""The shipped resources (icons, fonts, schema, checklists, the demo team), found one way.

The repository keeps them at its top level, in `resources/`; a wheel carries them inside
the package, as `mentordesk/resources/` (the build's force-include puts them there). So
an installed MentorDesk reads its package's copy, and a checkout or an editable install
(`pip install -e .`, whose code is the checkout's) reads the checkout's own files, edits
and all.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

FOLDER = "resources"


def resource(name: str) -> Traversable:
    """The shipped resource `name` (a path relative to `resources/`)."""
    return resources_root().joinpath(*name.split("/"))


@cache
def resources_root() -> Traversable:
    """The folder of shipped resources: the installed package's, else the checkout's."""
    return find_root(files("mentordesk"), Path(__file__).resolve().parent.parent)


def find_root(package: Traversable, checkout: Path) -> Traversable:
    """`package`'s own `resources/` if it has one, else that of `checkout` (the folder
    the package sits in) when it is MentorDesk's repository, with its pyproject.toml;
    an installed package's parent is site-packages, whose `resources/` is not ours."""
    packaged = package.joinpath(FOLDER)
    if packaged.is_dir():
        return packaged
    beside = checkout / FOLDER
    if beside.is_dir() and (checkout / "pyproject.toml").is_file():
        return beside
    raise FileNotFoundError(
        f"MentorDesk's resources are missing: neither {packaged} nor {beside} holds them. "
        "The installation is incomplete; reinstall MentorDesk."
    )
