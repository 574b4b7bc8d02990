"""Where the shipped resources are found: the installed package's own copy first, else
the checkout's top-level resources/ (a checkout, or an editable install of one)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mentordesk
from mentordesk.resource_files import find_root, resource, resources_root

CHECKOUT = Path(mentordesk.__file__).resolve().parent.parent


def test_this_checkout_reads_its_top_level_resources() -> None:
    assert not (CHECKOUT / "mentordesk" / "resources").exists()  # moved, not copied
    assert Path(str(resources_root())) == CHECKOUT / "resources"
    shipped = [p for p in (CHECKOUT / "resources").rglob("*") if p.is_file()]
    names = {p.relative_to(CHECKOUT / "resources").as_posix() for p in shipped}
    assert {"demo/team.toml", "icons/mentordesk.svg", "fonts/DejaVuSans.ttf"} <= names
    for name in names:
        assert resource(name).read_bytes() == (CHECKOUT / "resources" / name).read_bytes()


def layout(root: Path, *files: str) -> None:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name, encoding="utf-8")


def test_an_installed_package_reads_its_own_copy(tmp_path: Path) -> None:
    # site-packages may hold another project's resources/ beside ours: never read.
    layout(tmp_path, "mentordesk/resources/demo/team.toml", "resources/demo/team.toml")
    root = find_root(tmp_path / "mentordesk", tmp_path)
    assert root == tmp_path / "mentordesk" / "resources"


def test_a_checkout_reads_its_top_level_folder(tmp_path: Path) -> None:
    layout(tmp_path, "pyproject.toml", "mentordesk/__init__.py", "resources/demo/team.toml")
    assert find_root(tmp_path / "mentordesk", tmp_path) == tmp_path / "resources"


def test_without_either_the_installation_is_called_incomplete(tmp_path: Path) -> None:
    # A resources/ beside a package that is not in MentorDesk's checkout is not ours.
    layout(tmp_path, "mentordesk/__init__.py", "resources/demo/team.toml")
    with pytest.raises(FileNotFoundError, match="MentorDesk's resources are missing") as caught:
        find_root(tmp_path / "mentordesk", tmp_path)
    assert str(tmp_path / "mentordesk" / "resources") in str(caught.value)
    assert "reinstall MentorDesk" in str(caught.value)
