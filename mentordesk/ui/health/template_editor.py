"""Edit checklist templates: reword, reorder, add and remove steps; new ones; restore."""

from __future__ import annotations

from PySide6.QtWidgets import (
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

from mentordesk.domain.health import ChecklistTemplate, TemplateStep
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label


class TemplateEditor(QDialog):
    """Templates on the left; the chosen one's title and steps on the right."""

    def __init__(
        self, services: Services, bridge: ChangeBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Checklist Templates")
        self._health, self._bridge = services.health, bridge
        self.key: str | None = None
        self.templates = QListWidget()
        self.title = QLineEdit()
        self.steps = QTableWidget(0, 2)
        self.steps.setHorizontalHeaderLabels(["Step", "Guidance"])
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = plain_label(wrap=True)
        buttons = QHBoxLayout()
        for text, slot in (
            ("Add Step", self.add_step),
            ("Remove Step", self.remove_step),
            ("Move Up", lambda: self.move_step(-1)),
            ("Move Down", lambda: self.move_step(1)),
            ("Save", self.save),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left_buttons = QHBoxLayout()
        for text, slot in (
            ("New", self.new_template),
            ("Delete", self.delete_template),
            ("Restore Built-ins", self.restore),
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
        self.templates.currentItemChanged.connect(self._chosen)
        self.reload()
        self.resize(900, 480)

    def reload(self, key: str | None = None) -> None:
        """Re-read the templates, choosing `key` (or the first)."""
        self.templates.blockSignals(True)
        self.templates.clear()
        for template in self._health.templates():
            item = QListWidgetItem(template.title + ("  (built-in)" if template.builtin else ""))
            item.setData(256, template.key)
            self.templates.addItem(item)
        self.templates.blockSignals(False)
        keys = [self.templates.item(i).data(256) for i in range(self.templates.count())]
        self.templates.setCurrentRow(keys.index(key) if key in keys else 0)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.show_template(self._health.template(item.data(256)))

    def show_template(self, template: ChecklistTemplate | None) -> None:
        """Put `template` (None: a new one) in the editor."""
        self.key = template.key if template else None
        self.title.setText(template.title if template else "New checklist")
        self.steps.setRowCount(0)
        for step in template.steps if template else (TemplateStep("First step"),):
            self._append(step.text, step.guidance)
        self.message.setText("")

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

    def save(self) -> None:
        """Save the template in the editor."""
        try:
            changes = self._bridge.run(
                lambda: self._health.save_template(self.key, self.title.text(), self.edited_steps())
            )
        except UserFacingError as error:
            self.message.setText(error.message)
            return
        saved = next((t.key for t in self._health.templates() if t.id == changes.created), self.key)
        self.reload(saved)
        self.message.setText("Saved.")

    def new_template(self) -> None:
        """Start a new template (saved with Save)."""
        self.templates.clearSelection()
        self.show_template(None)
        self.title.setFocus()
        self.title.selectAll()

    def delete_template(self) -> None:
        """Delete the chosen template of your own."""
        if self.key is None:
            return
        try:
            self._bridge.run(lambda: self._health.delete_template(self.key or ""))
        except UserFacingError as error:
            self.message.setText(error.message)
            return
        self.reload()

    def restore(self) -> None:
        """Put the built-in templates back as shipped (after asking)."""
        answer = QMessageBox.question(
            self,
            "Restore Built-ins",
            "Put the three built-in checklists back as shipped? Your own checklists stay.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._bridge.run(self._health.restore_builtins)
            self.reload(self.key)
            self.message.setText("Built-in checklists restored.")
