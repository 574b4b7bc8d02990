"""Loading the user interface leaves PySide6's per-import source reading out.

PySide6 reads the whole source of every module imported after it, to find those that
may use its `__feature__` switches; `mentordesk.ui` answers that question for every
module (none may), so a start reads no source file. These tests check the answer holds
(nothing in MentorDesk imports `__feature__`) and that a real import after the UI is
loaded reads no file and is left alone by PySide6."""

from __future__ import annotations

import ast
import linecache
import sys
from pathlib import Path

import pytest

import mentordesk
import mentordesk.ui  # answers PySide6's question on import

PACKAGE = Path(mentordesk.__file__).parent


def test_no_module_uses_pyside_features() -> None:
    users = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                [node.module]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if "__feature__" in named:
                users.append(path.relative_to(PACKAGE).as_posix())
    assert users == []


def test_a_module_imported_after_the_ui_is_not_read_for_pyside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = sys.modules.get("shibokensupport.feature")
    if hook is None or not isinstance(getattr(hook, "pyside_feature_dict", None), dict):
        pytest.skip("this PySide6 has no per-import feature hook")
    source = tmp_path / "freshly_imported.py"
    source.write_text("from PySide6.QtCore import QObject\nVALUE = QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.checkcache()
    try:
        module = __import__("freshly_imported")  # as an import statement does (hooked)
        assert module.VALUE.__name__ == "QObject"
        assert str(source) not in linecache.cache  # its source was not read and kept
        assert hook.pyside_feature_dict.get("freshly_imported") == -1  # left alone
        __import__("mentordesk.ui.common", fromlist=["offscreen"])  # from ... import ...
        assert hook.pyside_feature_dict.get("mentordesk.ui.common") == 0  # Qt's plain API
    finally:
        sys.modules.pop("freshly_imported", None)
        hook.pyside_feature_dict.pop("freshly_imported", None)
