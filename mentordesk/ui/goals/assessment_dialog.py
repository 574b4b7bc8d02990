"""Rate a goal's skill: where its owner stands, 1 to 5 on the guidance's scale, before
the quarter's work or after it, with a line of evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mentordesk.domain.assessments import EVIDENCE_MAX, HIGHEST, SelfAssessment, Stage
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

STAGE_WORDS = {
    Stage.BEFORE: QT_TRANSLATE_NOOP("AssessmentDialog", "Before: at the start of the quarter"),
    Stage.AFTER: QT_TRANSLATE_NOOP("AssessmentDialog", "After: at the quarter's review"),
}


class AssessmentDialog(FormDialog):
    """The owner's rating of the goal `title` at a stage, on the five points of `scale`."""

    def __init__(
        self,
        save: Callable[[Stage, int, str], object],
        title: str,
        whose: str,
        *,
        scale: Sequence[str],
        given: Sequence[SelfAssessment],
        parent: QWidget | None = None,
        stage: Stage = Stage.BEFORE,
    ) -> None:
        super().__init__(
            translate("AssessmentDialog", "Self-Assessment — {whose}: {title}").format(
                whose=whose, title=title
            ),
            parent,
            action=translate("AssessmentDialog", "Save Rating"),
        )
        self.setObjectName("assessment_dialog")
        self._save, self._given = save, {a.stage: a for a in given}
        self.stage = QComboBox()
        for each in Stage:
            self.stage.addItem(translate("AssessmentDialog", STAGE_WORDS[each]), each)
        self.stage.setCurrentIndex(self.stage.findData(stage))
        self.add_field("stage", translate("AssessmentDialog", "&When:"), self.stage)
        self.points = QComboBox()  # typing 4 chooses the fourth point
        self.points.setPlaceholderText(translate("AssessmentDialog", "Choose a point, 1 to 5"))
        words = list(scale) + [""] * (HIGHEST - len(scale))
        for point in range(1, HIGHEST + 1):
            word = words[point - 1]
            self.points.addItem(f"{point} · {word}" if word else str(point), point)
        self.points.setCurrentIndex(-1)
        self.add_field(
            "score",
            translate("AssessmentDialog", "The skill &today:"),
            self.points,
            hint=translate(
                "AssessmentDialog",
                "Rate the skill as you would show it at work, not the goal's progress.",
            ),
        )
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(EVIDENCE_MAX)
        self.evidence.setPlaceholderText(
            translate(
                "AssessmentDialog",
                "Something you did that shows it, e.g. a review, a talk",
            )
        )
        self.add_field("evidence", translate("AssessmentDialog", "&Evidence:"), self.evidence)
        self.stage.currentIndexChanged.connect(self._show_given)
        self._show_given()
        self.setMinimumWidth(560)

    def _show_given(self) -> None:
        """What was given for the stage chosen, to change (or nothing, to give)."""
        given = self._given.get(self.chosen_stage())
        self.points.setCurrentIndex(self.points.findData(given.score) if given else -1)
        self.evidence.setText(given.evidence if given is not None else "")

    def chosen_stage(self) -> Stage:
        """The stage chosen (Qt keeps the enum as its text)."""
        return Stage(self.stage.currentData())

    def submit(self) -> None:
        point = self.points.currentData()
        self._save(self.chosen_stage(), point if point is not None else 0, self.evidence.text())
