"""The Help menu: Keyboard Shortcuts, About (Guidance is ui/guidance)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk import __version__
from mentordesk.ui.common.translation import translate
from mentordesk.ui.window.actions import keyboard_rows


def _window(title: str, body: QWidget, parent: QWidget, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    layout.addWidget(close)
    dialog.resize(640, 520)
    return dialog


def keyboard_shortcuts(parent: QWidget) -> QDialog:
    """Every key MentorDesk answers to, as the README lists them."""
    model = QStandardItemModel(0, 2, parent)
    model.setHorizontalHeaderLabels([translate("Help", "Keys"), translate("Help", "What they do")])
    for keys, what in keyboard_rows():
        model.appendRow([QStandardItem(keys), QStandardItem(what)])
    table = QTableView()
    table.setObjectName("shortcut_table")
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    dialog = _window(translate("Help", "Keyboard Shortcuts"), table, parent, "keyboard_shortcuts")
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    return dialog


def about(parent: QWidget) -> None:
    """The About box."""
    QMessageBox.about(
        parent,
        translate("Help", "About MentorDesk"),
        f"<h3>MentorDesk {__version__}</h3>"
        + translate(
            "Help",
            "<p>Agreements, goals, meetings and a shared session log for mentoring pairs.</p>"
            "<p>Local-first and private: your data stays on this computer, with no account, "
            "unless your team chooses a shared database of its own; private notes never "
            "leave this computer.</p><p>MIT licence.</p>",
        ),
    )
