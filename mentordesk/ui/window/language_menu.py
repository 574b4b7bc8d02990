"""View ▸ Language: the desktop's language, or one MentorDesk speaks; kept in the
settings, spoken from the next start (the window's words are set as it is built), which
it offers to make at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mentordesk.settings import SettingsStore
from mentordesk.ui.common.translation import LANGUAGES, SYSTEM, translate


def add_language_menu(
    view_menu: QMenu, settings: SettingsStore, restart: Callable[[], None]
) -> QMenu:
    """The Language submenu at the end of `view_menu`, its choice the saved one;
    `restart` starts MentorDesk again (in the chosen language)."""
    menu = view_menu.addMenu(translate("Menus", "La&nguage"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = settings.load().language
    choices = [(SYSTEM, translate("Menus", "As the &System"))]
    choices += [(code, name) for code, name in LANGUAGES.items()]  # each in its own words
    for code, text in choices:
        action = QAction(text, menu)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.triggered.connect(
            lambda _on=False, c=code: _choose(menu.window(), settings, c, restart)
        )
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(
    window: QWidget, settings: SettingsStore, code: str, restart: Callable[[], None]
) -> None:
    if settings.load().language == code:
        return
    settings.save(settings.load().with_changes(language=code))
    ask = QMessageBox(
        QMessageBox.Icon.Question,
        "MentorDesk",
        translate(
            "Menus",
            "MentorDesk speaks the language you chose from its next start. Start it "
            "again now? Your work is saved.",
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    now = ask.addButton(translate("Menus", "Start &Again Now"), QMessageBox.ButtonRole.AcceptRole)
    ask.addButton(translate("Menus", "&Later"), QMessageBox.ButtonRole.RejectRole)
    ask.setDefaultButton(now)
    ask.finished.connect(lambda _result: restart() if ask.clickedButton() is now else None)
    ask.open()
