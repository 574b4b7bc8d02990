"""Edit checklist templates: reword, reorder, add and remove steps; new ones; restore.

Edits are never dropped without a word: choosing another template, starting a new one or
closing the editor first asks whether to save them (Save, Discard, Cancel).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.checklists import ChecklistTemplate, TemplateStep
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.form_dialog import confirm, focus_first
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate

KEY_ROLE = Qt.ItemDataRole.UserRole
Shown = tuple[str, tuple[TemplateStep, ...]]


class TemplateEditor(QDialog):
    """Templates on the left; the chosen one's title and steps on the right."""

    def __init__(
        self, services: Services, bridge: ChangeBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateEditor", "Checklist Templates"))
        self._health, self._bridge = services.health, bridge
        self.key: str | None = None
        self._builtin = False
        self._shown: Shown = ("", ())  # the template as put in the editor, to tell edits
        self.templates = QListWidget()
        self.title = QLineEdit()
        self.steps = QTableWidget(0, 2)
        self.steps.setHorizontalHeaderLabels(
            [translate("TemplateEditor", "Step"), translate("TemplateEditor", "Guidance")]
        )
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = plain_label(wrap=True)
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("TemplateEditor", "Add Step"), self.add_step),
            (translate("TemplateEditor", "Remove Step"), self.remove_step),
            (translate("TemplateEditor", "Move Up"), lambda: self.move_step(-1)),
            (translate("TemplateEditor", "Move Down"), lambda: self.move_step(1)),
            (translate("TemplateEditor", "Save"), self.save),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.save_button = button
        left_buttons = QHBoxLayout()
        for text, slot in (
            (translate("TemplateEditor", "New"), self.new_template),
            (translate("TemplateEditor", "Delete"), self.delete_template),
            (translate("TemplateEditor", "Restore Built-ins"), self.restore),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            left_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.templates)
        left.addLayout(left_buttons)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.steps)
        right.addLayout(buttons)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        # Return in the title saves (it never closes the editor); set once the button is
        # in the dialog, or Qt makes the first button in the focus chain the default.
        self.save_button.setDefault(True)
        self.templates.currentItemChanged.connect(self._chosen)
        self.reload()
        self.resize(900, 480)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the focus in the title, the first field of the editor."""
        super().showEvent(event)
        if not event.spontaneous():
            focus_first(self.title)

    def reload(self, key: str | None = None) -> None:
        """Re-read the templates, choosing `key` (or the first)."""
        self.templates.blockSignals(True)
        self.templates.clear()
        for template in self._health.templates():
            item = QListWidgetItem(
                translate("TemplateEditor", "{title}  (built-in)").format(title=template.title)
                if template.builtin
                else template.title
            )
            item.setData(KEY_ROLE, template.key)
            self.templates.addItem(item)
        self.templates.blockSignals(False)
        keys = [self.templates.item(i).data(KEY_ROLE) for i in range(self.templates.count())]
        self.templates.setCurrentRow(keys.index(key) if key in keys else 0)

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = str(item.data(KEY_ROLE))
        if self.has_edits():
            # Stay on the template being edited until the person says what to do.
            self.templates.blockSignals(True)
            self.templates.setCurrentRow(self.templates.row(previous) if previous else -1)
            self.templates.blockSignals(False)
            self._ask_to_save(lambda: self.reload(key))
            return
        self.show_template(self._health.template(key))

    def show_template(self, template: ChecklistTemplate | None) -> None:
        """Put `template` (None: a new one) in the editor."""
        self.key = template.key if template else None
        self._builtin = template.builtin if template else False
        self.title.setText(
            template.title if template else translate("TemplateEditor", "New checklist")
        )
        self.steps.setRowCount(0)
        for step in (
            template.steps
            if template
            else (TemplateStep(translate("TemplateEditor", "First step")),)
        ):
            self._append(step.text, step.guidance)
        self.message.setText("")
        self._shown = self._state()

    def has_edits(self) -> bool:
        """True when the editor holds changes not saved (a step being typed included)."""
        if self.steps.state() == QAbstractItemView.State.EditingState:
            editor = self.steps.indexWidget(self.steps.currentIndex())
            if editor is not None:
                self.steps.commitData(editor)
        return self._state() != self._shown

    def _state(self) -> Shown:
        return self.title.text(), tuple(self.edited_steps())

    def _ask_to_save(self, then: Callable[[], object]) -> None:
        """Ask whether to save the edits, without blocking; `then` runs once they are
        saved or discarded (not when saving fails, nor on Cancel)."""
        Button = QMessageBox.StandardButton
        name = self.title.text().strip() or translate("TemplateEditor", "this checklist")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            translate(
                "TemplateEditor",
                "Save the changes to “{name}”?\n\nIf you don't save them, they are lost.",
            ).format(name=name),
            Button.Save | Button.Discard | Button.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)

        def answered(_result: int) -> None:
            box.deleteLater()
            chosen = box.standardButton(box.clickedButton())
            if chosen == Button.Discard:
                self._shown = self._state()
            elif chosen != Button.Save or not self.save():
                return
            then()

        box.finished.connect(answered)
        box.open()

    def reject(self) -> None:
        """Escape or closing the window: ask about edits not saved first."""
        if self.has_edits():
            self._ask_to_save(lambda: QDialog.reject(self))
            return
        super().reject()

    def _append(self, text: str, guidance: str) -> QTableWidgetItem:
        """Add a step at the end; returns its text cell."""
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        item = QTableWidgetItem(text)
        self.steps.setItem(row, 0, item)
        self.steps.setItem(row, 1, QTableWidgetItem(guidance))
        return item

    def add_step(self) -> None:
        """Add an empty step at the end and start editing it."""
        item = self._append("", "")
        self.steps.setCurrentCell(self.steps.rowCount() - 1, 0)
        self.steps.editItem(item)

    def remove_step(self) -> None:
        """Remove the chosen step."""
        if (row := self.steps.currentRow()) >= 0:
            self.steps.removeRow(row)

    def move_step(self, offset: int) -> None:
        """Move the chosen step up (-1) or down (+1)."""
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.rowCount():
            return
        values = [[self._cell_text(r, c) for c in range(2)] for r in (row, target)]
        for r, (text, guidance) in zip((target, row), values, strict=True):
            self.steps.setItem(r, 0, QTableWidgetItem(text))
            self.steps.setItem(r, 1, QTableWidgetItem(guidance))
        self.steps.setCurrentCell(target, 0)

    def edited_steps(self) -> list[TemplateStep]:
        """The steps as the table holds them."""
        return [
            TemplateStep(self._cell_text(r, 0), self._cell_text(r, 1))
            for r in range(self.steps.rowCount())
        ]

    def _cell_text(self, row: int, column: int) -> str:
        """The text in a cell of the steps table ("" for a cell with no item)."""
        item = self.steps.item(row, column)
        return item.text() if item is not None else ""

    def save(self) -> bool:
        """Save the template in the editor; False (with the problem said) when it is not."""
        try:
            changes = self._bridge.run(
                lambda: self._health.save_template(self.key, self.title.text(), self.edited_steps())
            )
        except UserFacingError as error:
            self.message.setText(error.message)
            return False
        saved = next((t.key for t in self._health.templates() if t.id == changes.created), self.key)
        self._shown = self._state()  # saved: choosing it again must not ask
        self.reload(saved)
        self.message.setText(translate("TemplateEditor", "Saved."))
        return True

    def new_template(self) -> None:
        """Start a new template (saved with Save), after asking about edits not saved."""
        if self.has_edits():
            self._ask_to_save(self._start_new)
            return
        self._start_new()

    def _start_new(self) -> None:
        self.templates.blockSignals(True)
        self.templates.setCurrentRow(-1)  # no template of the list is in the editor
        self.templates.blockSignals(False)
        self.show_template(None)
        self.title.setFocus()
        self.title.selectAll()

    def delete_template(self) -> None:
        """Delete the chosen template of your own, after asking."""
        key = self.key
        if key is None:
            return
        if self._builtin:
            self.message.setText(
                translate(
                    "TemplateEditor",
                    "Built-in checklists stay; edit them, or restore them.",
                )
            )
            return
        confirm(
            self,
            translate("TemplateEditor", "Delete Checklist"),
            translate(
                "TemplateEditor",
                "Delete the checklist “{name}”? Runs already made with it keep their steps.",
            ).format(name=self.title.text().strip()),
            translate("TemplateEditor", "Delete Checklist"),
            lambda: self._delete(key),
        )

    def _delete(self, key: str) -> None:
        try:
            self._bridge.run(lambda: self._health.delete_template(key))
        except UserFacingError as error:
            self.message.setText(error.message)
            return
        self._shown = self._state()  # what was being edited is gone with it
        self.reload()

    def restore(self) -> None:
        """Put the built-in templates back as shipped (after asking)."""
        question = (
            translate(
                "TemplateEditor",
                "Put the three built-in checklists back as shipped? Your own checklists stay. "
                "Changes not saved in the editor are dropped.",
            )
            if self.has_edits()
            else translate(
                "TemplateEditor",
                "Put the three built-in checklists back as shipped? Your own checklists stay.",
            )
        )
        confirm(
            self,
            translate("TemplateEditor", "Restore Built-ins"),
            question,
            translate("TemplateEditor", "Restore Built-ins"),
            self._restore,
        )

    def _restore(self) -> None:
        self._bridge.run(self._health.restore_builtins)
        self._shown = self._state()
        self.reload(self.key)
        self.message.setText(translate("TemplateEditor", "Built-in checklists restored."))
