"""The checklist template editor never drops edits without asking: switching, New,
closing, deleting and quitting the app each ask first, the safe choice the default."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from windows import answer, click, focused, question

from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.health.template_editor import TemplateEditor
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
Key = Qt.Key


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> TemplateEditor:
    """The checklist templates, open on the first one: Mismatched expectations."""
    shown = TemplateEditor(services, ChangeBridge())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.open()
    assert shown.title.text() == "Mismatched expectations or personality clash"
    return shown


def choose_template(qtbot: QtBot, editor: TemplateEditor, row: int) -> None:
    """Click template `row` in the list."""
    rect = editor.templates.visualItemRect(editor.templates.item(row))
    qtbot.mouseClick(editor.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_switching_templates_asks_about_edits_and_cancel_keeps_them(
    qtbot: QtBot, editor: TemplateEditor, services: Services
) -> None:
    qtbot.keyClicks(focused(), "Expectations")
    choose_template(qtbot, editor, 1)
    answer(qtbot, Key.Key_Escape)  # Cancel: stay, edits and all
    assert editor.title.text() == "Expectations"
    assert editor.templates.currentRow() == 0

    choose_template(qtbot, editor, 1)
    click(qtbot, question(), question().button(QMessageBox.StandardButton.Discard).text())
    assert editor.templates.currentRow() == 1
    assert editor.title.text() == "One partner carrying the load, or a knowledge gap"
    title = services.health.template("expectations").title
    assert title == "Mismatched expectations or personality clash"

    qtbot.mouseClick(editor.title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Carrying the load")
    choose_template(qtbot, editor, 2)
    answer(qtbot, Key.Key_Return)  # Save, the default
    assert services.health.template("imbalance").title == "Carrying the load"
    assert editor.templates.currentRow() == 2
    assert editor.title.text() == "Scheduling conflicts"


def test_closing_the_template_editor_asks_about_edits(
    qtbot: QtBot, editor: TemplateEditor, services: Services
) -> None:
    first_step = editor.steps.visualItemRect(editor.steps.item(0, 0)).center()
    qtbot.mouseClick(editor.steps.viewport(), Qt.MouseButton.LeftButton, pos=first_step)
    qtbot.keyClick(focused(), Key.Key_F2)  # edit the first step, and close half-way
    assert focused() is not editor.steps
    qtbot.keyClicks(focused(), "Say what each of you expected")
    editor.close()  # the window's close button
    answer(qtbot, Key.Key_Escape)
    assert editor.isVisible()
    qtbot.keyClick(focused(), Key.Key_Escape)  # out of the step: what it holds stays
    assert focused() is editor.steps
    qtbot.keyClick(focused(), Key.Key_Escape)  # and out of the editor
    answer(qtbot, Key.Key_Return)
    assert not editor.isVisible()
    step = services.health.template("expectations").steps[0]
    assert step.text == "Say what each of you expected"


def test_closing_the_template_editor_can_discard_edits(
    qtbot: QtBot, editor: TemplateEditor, services: Services
) -> None:
    qtbot.keyClicks(focused(), "Expectations")
    qtbot.keyClick(focused(), Key.Key_Escape)
    click(qtbot, question(), question().button(QMessageBox.StandardButton.Discard).text())
    assert not editor.isVisible()
    title = services.health.template("expectations").title
    assert title == "Mismatched expectations or personality clash"


def test_a_template_is_deleted_only_when_asked_twice(
    qtbot: QtBot, editor: TemplateEditor, services: Services
) -> None:
    click(qtbot, editor, "New")
    qtbot.keyClicks(focused(), "Quiet weeks")
    qtbot.keyClick(focused(), Key.Key_Return)  # Return in the title saves
    assert editor.message.text() == "Saved."
    assert [t.title for t in services.health.templates()][-1] == "Quiet weeks"
    click(qtbot, editor, "Delete")
    assert question().defaultButton().text() == "Cancel"
    answer(qtbot, Key.Key_Return)
    assert [t.title for t in services.health.templates()][-1] == "Quiet weeks"
    click(qtbot, editor, "Delete")
    click(qtbot, question(), "Delete Checklist")
    assert "Quiet weeks" not in [t.title for t in services.health.templates()]


def test_quitting_with_template_edits_asks_about_them_first(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    window.companions.show_templates()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateEditor))
    qtbot.waitExposed(editor)
    editor.title.setText("Expectations, reworded")
    assert not window.close()  # the editor asks first; the window stays
    answer(qtbot, Key.Key_Escape)  # Cancel: keep editing
    assert window.isVisible()
    assert editor.isVisible()
    assert not window.close()
    answer(qtbot, Key.Key_Return)  # Save, the default
    assert services.health.template("expectations").title == "Expectations, reworded"
    assert window.close()  # nothing left unsaved: it closes
