"""A person drives the real widgets: people, a pair, its agreement, two signatures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.pairs.agreement_dialog import AgreementDialog
from mentordesk.ui.pairs.pair_dialog import PairDialog
from mentordesk.ui.people.person_dialog import PersonDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: object) -> None:
    """Press a shortcut where the focus is, as a person would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)  # type: ignore[arg-type]


def type_person(qtbot: QtBot, dialog: PersonDialog, name: str, email: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.email, email)
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)


def test_people_pair_agreement_and_signatures_through_the_gui(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    settings_store: SettingsStore,
) -> None:
    settings_store.save(Settings())  # a first run
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.empty, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert settings_store.load().first_run_done

    # First person by keyboard shortcut, second by the toolbar button.
    shortcut(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = window.operations.dialog
    assert isinstance(dialog, PersonDialog)
    type_person(qtbot, dialog, "Ana Silva", "ana@example.org")
    assert window.operations.dialog is None
    toolbar = window.findChild(QToolBar, "main_toolbar")
    button = toolbar.widgetForAction(window.action_map[ActionId.NEW_PERSON])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, PersonDialog)
    type_person(qtbot, dialog, "Ben Okafor", "ben@example.org")
    assert [p.name for p in services.people.all()] == ["Ana Silva", "Ben Okafor"]

    # The pair: mentor and mentee chosen with the arrow keys.
    shortcut(qtbot, window, Qt.Key.Key_N, CTRL)
    pair_dialog = window.operations.dialog
    assert isinstance(pair_dialog, PairDialog)
    pair_dialog.mentor.setFocus()
    qtbot.keyClick(pair_dialog.mentor, Qt.Key.Key_Down)
    qtbot.keyClick(pair_dialog.mentee, Qt.Key.Key_Down)
    qtbot.keyClick(pair_dialog.mentee, Qt.Key.Key_Down)
    assert pair_dialog.mentor.currentText() == "Ana Silva"
    assert pair_dialog.mentee.currentText() == "Ben Okafor"
    qtbot.keyClick(pair_dialog.mentee, Qt.Key.Key_Return)
    assert window.operations.dialog is None
    window.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert window.workspace.overview.title.text() == "Ana Silva → Ben Okafor"

    # The agreement, typed and confirmed with the mouse.
    shortcut(qtbot, window, Qt.Key.Key_E, CTRL)
    agreement = window.operations.dialog
    assert isinstance(agreement, AgreementDialog)
    qtbot.keyClicks(agreement.cadence, "Weekly, 45 minutes, Mondays 16:00")
    qtbot.keyClicks(agreement.expectations, "Come prepared; notes are shared")
    qtbot.keyClicks(agreement.ending, "Either of us may end it, no fault")
    ok = agreement.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.operations.dialog is None

    # Signatures: the mentor clicks the button, the mentee uses the shortcut.
    sign_mentor = window.action_map[ActionId.SIGN_AS_MENTOR]
    assert sign_mentor.isEnabled()
    mentor_buttons = [w for w in sign_mentor.associatedObjects() if w is not sign_mentor]
    overview_button = next(w for w in mentor_buttons if window.workspace.overview.isAncestorOf(w))
    qtbot.mouseClick(overview_button, Qt.MouseButton.LeftButton)
    window.pair_list.table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_E, CTRL | SHIFT)

    pair = services.pairs.all()[0]
    assert pair.agreement is not None
    assert pair.agreement.text.cadence == "Weekly, 45 minutes, Mondays 16:00"
    assert pair.agreement.text.expectations == "Come prepared; notes are shared"
    assert pair.agreement.signed_by_mentor_on == date(2026, 11, 21)
    assert pair.agreement.signed_by_mentee_on == date(2026, 11, 21)
    assert window.workspace.overview.mentee_signature.text() == "Ben Okafor signed on 21 Nov 2026"
    assert not window.action_map[ActionId.SIGN_AS_MENTEE].isEnabled()
