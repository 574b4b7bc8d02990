"""View ▸ Appearance: follow the system's light or dark scheme, or choose one; kept in
the settings and applied at once."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from mentordesk.settings import SettingsStore
from mentordesk.ui.common import appearance
from mentordesk.ui.common.appearance import Appearance
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

CHOICES = (
    (
        Appearance.SYSTEM,
        QT_TRANSLATE_NOOP("Menus", "As the &System"),
        QT_TRANSLATE_NOOP("Menus", "Light or dark, as the desktop's colour scheme is"),
    ),
    (
        Appearance.LIGHT,
        QT_TRANSLATE_NOOP("Menus", "&Light"),
        QT_TRANSLATE_NOOP("Menus", "Dark text on a light window"),
    ),
    (
        Appearance.DARK,
        QT_TRANSLATE_NOOP("Menus", "&Dark"),
        QT_TRANSLATE_NOOP("Menus", "Light text on a dark window"),
    ),
)


def add_appearance_menu(window: QMainWindow, view_menu: QMenu, settings: SettingsStore) -> QMenu:
    """The Appearance submenu at the end of `view_menu`, its choice the saved one."""
    menu = view_menu.addMenu(translate("Menus", "&Appearance"))
    menu.setObjectName("appearance_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = Appearance(settings.load().appearance)
    for choice, text, tip in CHOICES:
        action = QAction(translate("Menus", text), menu)
        action.setObjectName(f"appearance_{choice.value}")
        action.setCheckable(True)
        action.setChecked(choice is chosen)
        action.setStatusTip(translate("Menus", tip))
        action.triggered.connect(lambda _on=False, c=choice: _choose(settings, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(settings: SettingsStore, choice: Appearance) -> None:
    settings.save(settings.load().with_changes(appearance=choice.value))
    appearance.follow(choice)
