"""The main window as it was left: pair, tab, splitter and last folder come back at the
next start, also when the last run never closed (it was killed, or it crashed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.common.file_dialogs import last_folder, open_path, use_folder
from mentordesk.ui.window.main_window import MainWindow


def title_of(window: MainWindow) -> str:
    chosen = window.pair_list.chosen_id()
    assert chosen is not None
    return window.services.pairs.get(chosen).title


def test_the_window_comes_back_as_it_was_left_even_unclosed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    ui_state: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.demo.load()
    first = make_window()
    chen = next(p for p in services.pairs.all() if p.external_id == "chen-hana")
    first.pair_list.choose(chen.id)
    first.workspace.setCurrentIndex(1)  # Sessions
    first.splitter.setSizes([300, 900])
    first.splitter.splitterMoved.emit(300, 1)  # as dragging it says
    sizes = first.splitter.sizes()
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(folder / "team.json"), ""))
    assert open_path(first, "Import", "*.json") == folder / "team.json"
    on_disk = QSettings(ui_state.fileName(), QSettings.Format.IniFormat)  # as a new run reads

    def kept(key: str) -> object:
        on_disk.sync()
        return on_disk.value(key, 0, type=int)

    qtbot.waitUntil(lambda: kept("main/tab") == 1, timeout=5000)
    assert kept("main/pair") == chen.id
    # No close: the next start finds only what was kept along the way.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    first.close_without_asking = True
    first.hide()
    use_folder(Path.home())  # a new run starts with nothing of the last

    again = make_window()
    assert title_of(again) == chen.title
    assert again.workspace.currentIndex() == 1
    assert again.splitter.sizes()[0] == sizes[0]  # the pair list as wide as it was left
    assert last_folder() == folder
    use_folder(Path.home())  # the next test's run starts with nothing of this one
