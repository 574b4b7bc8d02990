"""The quarter review of a goal: outcome, reflection, and whether to carry it on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from mentordesk.domain.goals import Goal, Outcome
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.format import OUTCOME_TEXT
from mentordesk.ui.common.translation import translate


class ReviewDialog(FormDialog):
    """Outcome and reflection; an unfinished goal can be carried into the next quarter."""

    def __init__(
        self,
        save: Callable[[Outcome, str, bool], object],
        goal: Goal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("ReviewDialog", "Review — {title}").format(title=goal.title), parent
        )
        self._save = save
        self.outcomes = QButtonGroup(self)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for outcome, text in OUTCOME_TEXT.items():
            button = QRadioButton(translate("Format", text))
            button.setProperty("outcome", outcome.value)
            self.outcomes.addButton(button)
            layout.addWidget(button)
            button.setChecked(outcome is (goal.outcome or Outcome.PARTLY))
        self.reflection = QPlainTextEdit(goal.reflection)
        self.reflection.setPlaceholderText(
            translate(
                "ReviewDialog",
                "What worked, what did not, what you learned",
            )
        )
        self.reflection.setTabChangesFocus(True)
        self.carry = QCheckBox(
            translate(
                "ReviewDialog",
                "&Carry it into the next quarter as a new goal",
            )
        )
        self.outcomes.buttonToggled.connect(self._update_carry)
        self.add_field("outcome", translate("ReviewDialog", "Outcome:"), row)
        self.add_field("reflection", translate("ReviewDialog", "&Reflection:"), self.reflection)
        self.add_field("carry", "", self.carry)
        self._update_carry()
        self.setMinimumWidth(520)

    def outcome(self) -> Outcome:
        """The chosen outcome."""
        checked = self.outcomes.checkedButton()
        return Outcome(checked.property("outcome")) if checked else Outcome.PARTLY

    def _update_carry(self, *_args: object) -> None:
        unfinished = self.outcome() is not Outcome.ACHIEVED
        self.carry.setEnabled(unfinished)
        self.carry.setChecked(unfinished and self.carry.isChecked())

    def submit(self) -> None:
        self._save(self.outcome(), self.reflection.toPlainText(), self.carry.isChecked())
