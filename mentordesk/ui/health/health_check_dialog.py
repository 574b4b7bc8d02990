"""The quarter's health check: five statements, 1 (not at all) to 5 (fully), a comment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox, QWidget

from mentordesk.domain.health import HEALTH_QUESTIONS
from mentordesk.ui.common.form_dialog import FormDialog, text_box
from mentordesk.ui.common.translation import translate


class HealthCheckDialog(FormDialog):
    """Your private answers; your partner sees them only once they have answered too."""

    def __init__(
        self, save: Callable[[list[int], str], object], who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("HealthCheckDialog", "Health Check — {who}").format(who=who), parent
        )
        self._save = save
        self.scores: list[QSpinBox] = []
        for number, question in enumerate(HEALTH_QUESTIONS):
            score = QSpinBox()
            score.setRange(1, 5)
            score.setValue(3)
            score.setToolTip(translate("HealthCheckDialog", "1 = not at all, 5 = fully"))
            self.scores.append(score)
            self.add_field(f"q{number}", translate("Health", question) + ":", score)
        self.comment = text_box(
            "",
            translate(
                "HealthCheckDialog",
                "Anything you would like your partner to know",
            ),
            64,
        )
        self.add_field(
            "comment",
            translate("HealthCheckDialog", "&Comment:"),
            self.comment,
            hint=translate(
                "HealthCheckDialog",
                "1 = not at all, 5 = fully. Your answers stay private until "
                "both of you have answered; then you see them side by side.",
            ),
        )
        self.add_field("scores", "", QWidget())
        self.setMinimumWidth(560)

    def submit(self) -> None:
        self._save([s.value() for s in self.scores], self.comment.toPlainText())
