"""A dialog with a form whose problems are shown next to the fields they are about.

The keys every dialog keeps: it opens with the focus in its first field, so the first
words typed land there and Space never presses a button that lacks the focus; Return in a
single-line field presses the default button (OK, or Cancel where the action destroys
something); a multi-line field keeps Return for a new line, and Ctrl+Return presses OK.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.ui.common import locale_dates
from mentordesk.ui.common.labels import plain_label, shown_as_typed
from mentordesk.ui.common.screen_room import fit_to_screen, keep_on_screen
from mentordesk.ui.common.tones import ERROR, tint


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
    edit.setDisplayFormat(locale_dates.current().date_format())
    return edit


def date_of(edit: QDateEdit) -> date:
    """The date a date field holds."""
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def first_to_focus(*widgets: QWidget) -> QWidget | None:
    """The first of `widgets`, or of the widgets inside them, that takes the focus by Tab:
    for a group of radio buttons, the one that is checked."""
    for widget in widgets:
        for candidate in (widget, *widget.findChildren(QWidget)):
            policy = candidate.focusPolicy()
            if not (policy.value & Qt.FocusPolicy.TabFocus.value) or not candidate.isEnabled():
                continue
            if not candidate.isVisibleTo(candidate.window()):
                continue
            group = candidate.group() if isinstance(candidate, QAbstractButton) else None
            checked = group.checkedButton() if group is not None else None
            return checked or candidate
    return None


def focus_first(*widgets: QWidget) -> None:
    """Put the focus in the first of `widgets` that takes it, as Tab would."""
    if (first := first_to_focus(*widgets)) is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


def confirm(
    parent: QWidget, title: str, text: str, action: str, then: Callable[[], object]
) -> QMessageBox:
    """Ask before a step that destroys something, without blocking: the button that does
    it is named `action`, Cancel is the default (Return, Space and Escape choose it), and
    `then` runs only when `action` is chosen. `text` is shown as typed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is go:
            then()

    box.finished.connect(answered)
    box.open()
    return box


class FormDialog(QDialog):
    """OK runs `submit()`; a ValidationError keeps the dialog open with inline messages.

    `action` names the OK button by what it does; a `destructive` dialog makes Cancel the
    default button, so that Return in a field never does what cannot be taken lightly.
    """

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        action: str = "",
        destructive: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._general = plain_label(wrap=True)
        tint(self._general, ERROR)
        self._general.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self._button(QDialogButtonBox.StandardButton.Ok)
        if action:
            self.ok_button.setText(action)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._general)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # Set in the dialog (a default button belongs to its dialog), before Qt would
        # pick the first button in the focus chain itself.
        safe = self._button(QDialogButtonBox.StandardButton.Cancel)
        (safe if destructive else self.ok_button).setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ok_by_keys)

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.button(which)
        assert button is not None  # the box was made with OK and Cancel
        return button

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the focus in the first field (the buttons come first in the focus
        chain: they are made before the fields)."""
        super().showEvent(event)
        if not event.spontaneous():
            self._grow_to_fit()
            focus_first(*self._fields.values())

    def _grow_to_fit(self) -> None:
        """As tall as its wrapped lines need at its width, as far as the screen allows: Qt
        opens a window at most two thirds of the screen high, which cut two-line guidance
        to one on a 1280 × 720 screen."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            fit_to_screen(self, self.width(), needed)
            keep_on_screen(self)  # Qt placed it for its first, shorter height

    def _ok_by_keys(self) -> None:
        if self.ok_button.isEnabled():
            self.ok_button.click()

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
        tint(error, ERROR)
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
