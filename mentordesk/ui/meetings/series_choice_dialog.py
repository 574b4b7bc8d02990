"""Choose which meeting series an invitation or cancellation is about (one e-mail each)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.common.form_dialog import focus_first
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate


class SeriesChoiceDialog(QDialog):
    """A checkable list of series, ticked as given; OK hands the ticked ids to `chosen`.

    OK is named `action` (by default the title: "Send Invitation"). For a `destructive`
    choice, such as which meetings to cancel, Cancel reads "Keep Meetings" and is the
    default button, so that Return never cancels a meeting. Space ticks the series the
    list is on; the list has the focus when the dialog opens.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        series: Sequence[tuple[int, str, bool]],
        chosen: Callable[[list[int]], object],
        parent: QWidget | None = None,
        *,
        action: str = "",
        destructive: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._chosen = chosen
        self.list = QListWidget()
        self.list.setObjectName("series_choice")
        for series_id, label, ticked in series:
            item = QListWidgetItem(label)  # item text is never read as rich text
            item.setData(Qt.ItemDataRole.UserRole, series_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(action or title)
        if destructive:
            cancel.setText(translate("SeriesChoiceDialog", "Keep Meetings"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        self._update()
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(explanation, wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        (cancel if destructive else ok).setDefault(True)  # once in the dialog: see FormDialog
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the focus in the list, where Space ticks a series."""
        super().showEvent(event)
        if not event.spontaneous():
            focus_first(self.list)

    def ticked(self) -> list[int]:
        """The ids of the ticked series, in the order shown."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ticked()))

    def _ok(self) -> None:
        self.accept()
        self._chosen(self.ticked())
