"""File ▸ Import of a file whose records this database partly holds: what the file
brings, each record that differs side by side, and for each Keep Mine, Keep Theirs or
(a session) Keep Both. Nothing is written until Merge."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.interchange.merging import Choice, Difference, MergePlan
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.screen_room import fit_to_screen
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

CHOICE_WORDS = {
    Choice.MINE: QT_TRANSLATE_NOOP("MergeDialog", "Keep Mine"),
    Choice.THEIRS: QT_TRANSLATE_NOOP("MergeDialog", "Keep Theirs"),
    Choice.BOTH: QT_TRANSLATE_NOOP("MergeDialog", "Keep Both"),
}


class MergeDialog(QDialog):
    """The plan of a merge, its differences to settle; `choices()` once accepted."""

    def __init__(self, file_name: str, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(translate("MergeDialog", "Merge Records"))
        self._plan = plan
        self.headline = plain_label(
            translate(
                "MergeDialog",
                "This database already holds some of the records in {file}. Merging adds "
                "what is new and skips what is the same: {summary}",
            ).format(file=file_name, summary=plan.summary()),
            wrap=True,
        )
        self.table = QTableWidget(len(plan.differences), 3)
        self.table.setObjectName("differences")
        self.table.setAccessibleName(translate("MergeDialog", "Records that differ"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("MergeDialog", "Record"),
                translate("MergeDialog", "What differs"),
                translate("MergeDialog", "Keep"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the choices and buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.keep: list[QComboBox] = []
        for row, difference in enumerate(plan.differences):
            self._add_row(row, difference)
        self.sides = QPlainTextEdit()
        self.sides.setObjectName("both_versions")
        self.sides.setReadOnly(True)
        self.sides.setAccessibleName(translate("MergeDialog", "Both versions of the chosen record"))
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.sides)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            translate("MergeDialog", "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        if plan.differences:
            layout.addWidget(
                plain_label(
                    translate(
                        "MergeDialog",
                        "These records differ. For each, keep this database's version, the "
                        "file's, or for a session both (their notes with yours added):",
                    ),
                    wrap=True,
                )
            )
            layout.addWidget(split, 1)
            self.table.setCurrentCell(0, 0)
        else:
            split.hide()
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)  # once inside the dialog, where it counts
        fit_to_screen(self, 980 if plan.differences else 560, 560 if plan.differences else 160)

    def _add_row(self, row: int, difference: Difference) -> None:
        where = f" ({difference.pair})" if difference.pair and difference.kind != "pair" else ""
        self.table.setItem(row, 0, QTableWidgetItem(f"{difference.kind} {difference.ref}{where}"))
        self.table.setItem(row, 1, QTableWidgetItem(", ".join(difference.fields)))
        keep = QComboBox()
        keep.setAccessibleName(
            translate("MergeDialog", "Keep which version of {kind} {ref}").format(
                kind=difference.kind, ref=difference.ref
            )
        )
        for choice in Choice:
            if choice is not Choice.BOTH or difference.can_keep_both:
                keep.addItem(translate("MergeDialog", CHOICE_WORDS[choice]), choice.value)
        keep.setCurrentIndex(keep.findData(difference.default.value))
        self.table.setCellWidget(row, 2, keep)
        self.keep.append(keep)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._plan.differences):
            return
        difference = self._plan.differences[row]
        lines = []
        for name in difference.fields:
            lines += [
                f"{name}",
                f"  mine:   {_value(difference.mine.get(name))}",
                f"  theirs: {_value(difference.theirs.get(name))}",
                "",
            ]
        self.sides.setPlainText("\n".join(lines))

    def choices(self) -> dict[str, Choice]:
        """The choice made for each difference, by its key."""
        return {
            difference.key: Choice(str(combo.currentData()))
            for difference, combo in zip(self._plan.differences, self.keep, strict=True)
        }


def _value(value: Any) -> str:
    """A field's value on one line or a few: text as it is, anything else as JSON."""
    if isinstance(value, str):
        return value.replace("\n", "\n          ")
    return json.dumps(value, ensure_ascii=False)[:2000]
