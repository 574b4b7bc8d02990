"""A dialog with a form whose problems are shown next to the fields they are about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.ui.common.labels import ERROR_COLOUR, plain_label, shown_as_typed


def text_box(text: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    """A plain-text box where Tab moves on (it never inserts a tab)."""
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar pop-up, showing `day`."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def date_of(edit: QDateEdit) -> date:
    """The date a date field holds."""
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class FormDialog(QDialog):
    """OK runs `submit()`; a ValidationError keeps the dialog open with inline messages."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._general = plain_label(wrap=True)
        self._general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._general.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._general)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> None:
        """Add a row for field `name`, with room for its error message below it."""
        self._fields[name] = widget
        self.form.addRow(label, widget)
        if hint:
            note = plain_label(hint, wrap=True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.form.addRow("", note)
        error = plain_label(wrap=True)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.hide()
        self._errors[name] = error
        self.form.addRow("", error)

    def set_note(self, label: QLabel, text: str) -> None:
        """Show `text` in a word-wrapped `label` of the form, growing the dialog to fit it
        (a wrapped label does not ask for the height its lines need)."""
        if text == label.text():
            return
        label.setText(text)
        width = label.width() if label.isVisible() else self.minimumWidth() - 24
        label.setMinimumHeight(label.heightForWidth(max(width, 100)) if text else 0)
        self.adjustSize()

    def error_text(self, name: str) -> str:
        """The message shown under field `name` ('' when none)."""
        return self._errors[name].text()

    def submit(self) -> None:
        """Save what the form holds; raise ValidationError to keep the dialog open."""
        raise NotImplementedError

    def _on_ok(self) -> None:
        self._clear()
        try:
            self.submit()
        except ValidationError as error:
            self._show(error)
            return
        except UserFacingError as error:
            QMessageBox.warning(self, self.windowTitle(), shown_as_typed(error.message))
            return
        self.accept()

    def _clear(self) -> None:
        self._general.hide()
        for label in self._errors.values():
            label.clear()
            label.hide()

    def _show(self, error: ValidationError) -> None:
        general = []
        first: QWidget | None = None
        for problem in error.problems:
            label = self._errors.get(problem.where)
            if label is None:
                general.append(problem.message)
                continue
            label.setText(problem.message[:1].upper() + problem.message[1:] + ".")
            label.show()
            first = first or self._fields[problem.where]
        if general:
            self._general.setText("\n".join(general))
            self._general.show()
        if first is not None:
            first.setFocus()
        self.adjustSize()  # make room for the messages (wrapped labels do not ask for it)
