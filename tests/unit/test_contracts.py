"""The import contracts cover the whole package and catch what they are there to catch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mentordesk"


def contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return found


def named_in_layers() -> set[str]:
    (layers,) = [c["layers"] for c in contracts() if c["type"] == "layers"]
    assert isinstance(layers, list)
    return {
        name.strip()
        for layer in layers
        for name in layer.replace("|", ":").split(":")
        if name.strip()
    }


def test_every_module_of_the_package_is_in_a_layer() -> None:
    top = {
        f"mentordesk.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert top - named_in_layers() == set()
    assert named_in_layers() - top == set()  # and nothing named that is gone


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    linter = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(linter), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("module", "planted", "broken"),
    [
        ("services/people.py", "import sqlalchemy", "Only the store imports SQLAlchemy"),
        ("domain/text.py", "import PySide6.QtCore", "Only the UI imports Qt"),
        ("ui/common/labels.py", "import mentordesk.store.engine", "The UI never touches"),
        ("store/engine.py", "import mentordesk.services", "Layers"),
        ("app.py", "import PySide6.QtWidgets", "import Qt only through the UI"),
    ],
)
def test_a_planted_import_breaks_its_contract(
    tmp_path: Path, module: str, planted: str, broken: str
) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(PACKAGE, tree / "mentordesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    target = tree / "mentordesk" / module
    target.write_text(f"{planted}  # planted\n" + target.read_text(encoding="utf-8"))
    result = lint(tree)
    assert result.returncode != 0, result.stdout
    line = next(line for line in result.stdout.splitlines() if broken in line)
    assert " BROKEN" in line
