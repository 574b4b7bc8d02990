"""Alt and a letter reach one thing: within each menu (and the menu bar) no two entries
share their underlined letter, in English and in German (Qt would otherwise cycle
between them on each press, and the second is never reached in one keystroke)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from screen_fit import mnemonic

from mentordesk.ui.common.translation import speak
from mentordesk.ui.window.main_window import MainWindow


def clashes(actions: list[QAction], where: str) -> list[str]:
    """The letters two or more of `actions` share, with their texts."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator():
            continue
        if (letter := mnemonic(action.text())) is not None:
            by_letter[letter].append(action.text())
    return [f"{where}: '{k}' in {texts}" for k, texts in by_letter.items() if len(texts) > 1]


def every_menu(menu: QMenu, where: str) -> Iterator[tuple[QMenu, str]]:
    yield menu, where
    for action in menu.actions():
        if (sub := action.menu()) is not None:
            yield from every_menu(sub, f"{where} ▸ {action.text()}")


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    speak(request.param)
    yield request.param
    speak("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_no_two_entries_of_a_menu_share_a_letter(
    language: str, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    bar = window.menuBar()
    found = clashes(bar.actions(), f"{language} menu bar")
    for action in bar.actions():
        menu = action.menu()
        assert menu is not None
        menu.aboutToShow.emit()  # menus filled as they open (recent files, say)
        for each, where in every_menu(menu, f"{language} {action.text()}"):
            found += clashes(each.actions(), where)
    assert not found, "\n".join(found)


def test_the_letter_is_the_one_after_a_single_ampersand() -> None:
    assert mnemonic("Save Summary as P&DF…") == "d"
    assert mnemonic("Pair && &Agreement") == "a"
    assert mnemonic("Pair && Agreement") is None
