"""Feedback on one meeting, in a few seconds: how useful, who did the talking and the
work, and a word if you like."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mentordesk.domain.feedback import (
    BALANCE_ANSWERS,
    USEFUL_ANSWERS,
    WORD_MAX,
)
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.translation import translate


def _answers(texts: tuple[str, ...]) -> QComboBox:
    """The five answers, each with its number first (typing 4 chooses the fourth); the
    middle one chosen to start with."""
    combo = QComboBox()
    for number, text in enumerate(texts, start=1):
        combo.addItem(f"{number} · {translate('Feedback', text)}", number)
    combo.setCurrentIndex(2)
    return combo


class FeedbackDialog(FormDialog):
    """Your private answers about one meeting; your partner sees them once they have
    answered too. `save(useful, balance, word)`."""

    def __init__(
        self,
        save: Callable[[int, int, str], object],
        who: str,
        meeting: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("FeedbackDialog", "Meeting Feedback — {who}, {meeting}").format(
                who=who, meeting=meeting
            ),
            parent,
        )
        self._save = save
        self.useful = _answers(USEFUL_ANSWERS)
        self.balance = _answers(BALANCE_ANSWERS)
        self.word = QLineEdit()
        self.word.setMaxLength(WORD_MAX)
        self.word.setPlaceholderText(
            translate(
                "FeedbackDialog",
                "Optional: a word on what helped or what to change",
            )
        )
        # The questions as field labels: with a mnemonic, and a colon for the question mark.
        self.add_field(
            "useful",
            translate("FeedbackDialog", "&How useful was this meeting for you:"),
            self.useful,
        )
        self.add_field(
            "balance",
            translate("FeedbackDialog", "&Who did the talking and the work:"),
            self.balance,
        )
        self.add_field(
            "word",
            translate("FeedbackDialog", "A &word:"),
            self.word,
            hint=translate(
                "FeedbackDialog",
                "Private until both of you have answered; then you see them side by side.",
            ),
        )
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self._save(
            int(self.useful.currentData()), int(self.balance.currentData()), self.word.text()
        )
