"""Write or change a pair's mentoring agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from mentordesk.domain.pairs import Agreement, AgreementText
from mentordesk.ui.common.form_dialog import FormDialog, text_box
from mentordesk.ui.common.labels import plain_label


class AgreementDialog(FormDialog):
    """The agreement's four parts; changing the words asks both partners to sign again."""

    def __init__(
        self,
        save: Callable[[AgreementText], object],
        title: str,
        agreement: Agreement | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Agreement — {title}", parent)
        self._save = save
        text = agreement.text if agreement else AgreementText()
        self.cadence = QLineEdit(text.cadence)
        self.cadence.setPlaceholderText("e.g. Weekly, 45 minutes, Mondays 16:00")
        self.expectations = text_box(
            text.expectations, "What each of you brings and expects: preparation, notes, …"
        )
        self.confidentiality = QCheckBox("What we discuss stays between the two of us")
        self.confidentiality.setChecked(text.confidentiality)
        self.ending = text_box(text.ending, "How either of you may end the pair, without blame")
        self.add_field("cadence", "&Cadence:", self.cadence)
        self.add_field("expectations", "E&xpectations:", self.expectations)
        self.add_field("confidentiality", "Confidentiality:", self.confidentiality)
        self.add_field("ending", "How to &end:", self.ending)
        if agreement and (agreement.signed_by_mentor_on or agreement.signed_by_mentee_on):
            note = plain_label(
                "Changing the words clears the signatures: both of you sign the new version again.",
                wrap=True,
            )
            self.form.addRow(note)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self._save(
            AgreementText(
                cadence=self.cadence.text(),
                expectations=self.expectations.toPlainText(),
                confidentiality=self.confidentiality.isChecked(),
                ending=self.ending.toPlainText(),
            )
        )
