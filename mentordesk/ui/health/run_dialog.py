"""Work through a checklist: tick steps, note what was said, agree an outcome and a
follow-up, and close it; or go straight to the agreement or to ending the pair."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.checklists import ChecklistRun
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of, text_box
from mentordesk.ui.common.labels import plain_label, shown_as_typed, without_mnemonics
from mentordesk.ui.common.translation import translate


class RunDialog(FormDialog):
    """One run; OK saves it, closing it when 'Close the checklist' is ticked."""

    def __init__(
        self,
        save: Callable[[ChecklistRun, bool], object],
        run: ChecklistRun,
        today: date,
        parent: QWidget | None = None,
        *,
        edit_agreement: Callable[[], None] | None = None,
        end_pair: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(run.title, parent)
        self._save, self.run = save, run
        self.ticks: list[QCheckBox] = []
        self.notes: list[QLineEdit] = []
        steps = QWidget()
        column = QVBoxLayout(steps)
        column.setContentsMargins(0, 0, 0, 0)
        for step in run.steps:
            tick = QCheckBox(without_mnemonics(step.text))
            tick.setChecked(step.done)
            tick.setToolTip(shown_as_typed(step.guidance))
            note = QLineEdit(step.note)
            note.setPlaceholderText(translate("RunDialog", "What you said about it"))
            guidance = plain_label(step.guidance, wrap=True)
            row = QVBoxLayout()
            row.addWidget(tick)
            row.addWidget(guidance)
            row.addWidget(note)
            column.addLayout(row)
            self.ticks.append(tick)
            self.notes.append(note)
        self.outcome = text_box(
            run.outcome, translate("RunDialog", "What you agreed, in a sentence or two"), 64
        )
        self.has_follow_up = QCheckBox(translate("RunDialog", "Set a &follow-up on"))
        self.follow_up = date_edit(run.follow_up_on or today)
        self.has_follow_up.setChecked(run.follow_up_on is not None)
        self.follow_up.setEnabled(run.follow_up_on is not None)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        follow = QWidget()
        follow_row = QHBoxLayout(follow)
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.has_follow_up)
        follow_row.addWidget(self.follow_up)
        follow_row.addStretch()
        self.close_run = QCheckBox(translate("RunDialog", "&Close the checklist with this outcome"))
        self.close_run.setChecked(not run.is_open)
        self.add_field("steps", translate("RunDialog", "Steps:"), steps)
        self.add_field("outcome", translate("RunDialog", "&Outcome:"), self.outcome)
        self.add_field(
            "follow_up_on",
            "",
            follow,
            hint=translate(
                "RunDialog",
                "The follow-up shows on the agenda of the first meeting on or after that date.",
            ),
        )
        self.add_field("completed_on", "", self.close_run)
        self._lead_to(edit_agreement, end_pair)
        self.setMinimumWidth(560)

    def _lead_to(
        self, edit_agreement: Callable[[], None] | None, end_pair: Callable[[], None] | None
    ) -> None:
        for text, call in (
            (translate("RunDialog", "Edit the &Agreement…"), edit_agreement),
            (translate("RunDialog", "&End the Pair…"), end_pair),
        ):
            if call is None:
                continue
            button = QPushButton(text)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, go=call: self._save_then(go))

    def _save_then(self, go: Callable[[], None]) -> None:
        self._on_ok()
        if self.result() == self.DialogCode.Accepted:
            go()

    def edited(self) -> ChecklistRun:
        """The run as the form holds it."""
        steps = tuple(
            replace(step, done=tick.isChecked(), note=note.text().strip())
            for step, tick, note in zip(self.run.steps, self.ticks, self.notes, strict=True)
        )
        return replace(
            self.run,
            steps=steps,
            outcome=self.outcome.toPlainText().strip(),
            follow_up_on=date_of(self.follow_up) if self.has_follow_up.isChecked() else None,
        )

    def submit(self) -> None:
        self._save(self.edited(), self.close_run.isChecked())
