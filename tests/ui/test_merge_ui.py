"""File ▸ Import of a file this database partly holds: the merge window, driven by keys."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.data.merge_dialog import MergeDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def changed_export(services: Services, path: Path, notes: str) -> str:
    """The team exported, with the first session's notes changed; returns its id."""
    services.interchange.export_file(path, include_private=True)
    document = json.loads(path.read_text())
    session = document["pairs"][0]["sessions"][0]
    session["notes"] = notes
    path.write_text(json.dumps(document))
    return str(session["id"])


def import_through_gui(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    window.action_map[ActionId.IMPORT].trigger()
    qtbot.waitUntil(
        lambda: window.operations.dialog is not None or not window.tasks.busy, timeout=15000
    )


def notes_of(services: Services, pair: str, session_ref: str) -> str:
    pair_id = services.pairs.find(pair).id
    rows = [r.session for r in services.sessions.log(pair_id) if r.session]
    return next(s.notes for s in rows if s.external_id == session_ref)


def test_a_file_partly_here_is_merged_as_chosen(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.demo.load()
    window = make_window()
    path = tmp_path / "laptop.json"
    ref = changed_export(services, path, "Written on the laptop.")
    import_through_gui(qtbot, window, path, monkeypatch)
    dialog = window.operations.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitExposed(dialog)
    assert "1 record that differs" in dialog.headline.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == f"session {ref} (ana-ben)"
    assert dialog.keep[0].currentText() == "Keep Both"  # nothing lost by default
    assert "theirs: Written on the laptop." in dialog.sides.toPlainText()
    dialog.keep[0].setFocus()
    qtbot.keyClick(dialog.keep[0], Qt.Key.Key_Up)  # Keep Theirs is above Keep Both
    assert dialog.keep[0].currentText() == "Keep Theirs"
    with qtbot.waitSignal(window.operations.merged, timeout=15000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Merge is the default button
    assert notes_of(services, "ana-ben", ref) == "Written on the laptop."
    assert window.statusBar().currentMessage().startswith("Merged laptop.json:")
    assert "kept theirs 1" in window.statusBar().currentMessage()
    assert window.pair_model.rowCount() == len(services.pairs.ids())
    assert not window.undo_stack.canUndo()  # the merged pairs are new records


def test_cancel_merges_nothing_and_the_same_file_is_said_to_hold_nothing_new(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.demo.load()
    window = make_window()
    path = tmp_path / "laptop.json"
    ref = changed_export(services, path, "Written on the laptop.")
    before = notes_of(services, "ana-ben", ref)
    import_through_gui(qtbot, window, path, monkeypatch)
    dialog = window.operations.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert notes_of(services, "ana-ben", ref) == before

    same = tmp_path / "same.json"
    services.interchange.export_file(same, include_private=True)
    import_through_gui(qtbot, window, same, monkeypatch)
    qtbot.waitUntil(lambda: "holds nothing new" in window.statusBar().currentMessage())
    assert window.operations.dialog is None
