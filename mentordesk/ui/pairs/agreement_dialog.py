"""Write or change a pair's mentoring agreement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from mentordesk.domain.pairs import Agreement, AgreementText
from mentordesk.domain.quarters import add_months
from mentordesk.ui.common.form_dialog import FormDialog, text_box
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.optional_date import OptionalDate
from mentordesk.ui.common.translation import translate


class AgreementDialog(FormDialog):
    """The agreement's four parts; changing the words asks both partners to sign again."""

    def __init__(
        self,
        save: Callable[[AgreementText], object],
        title: str,
        agreement: Agreement | None,
        parent: QWidget | None = None,
        *,
        series: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(
            translate("AgreementDialog", "Agreement — {title}").format(title=title), parent
        )
        self._save = save
        text = agreement.text if agreement else AgreementText()
        # With a meeting series, the cadence is the series' (not retyped, never apart).
        self.cadence = QLineEdit(series or text.cadence)
        self.cadence.setPlaceholderText(
            translate("AgreementDialog", "e.g. Weekly, 45 minutes, Mondays 16:00")
        )
        self.cadence.setReadOnly(series is not None)
        day = today or date.today()
        self.runs_until = OptionalDate(
            translate("AgreementDialog", "Runs &until"), text.runs_until, add_months(day, 12)
        )
        self.review_on = OptionalDate(
            translate("AgreementDialog", "Re&view on"), text.review_on, add_months(day, 3)
        )
        self.expectations = text_box(
            text.expectations,
            translate(
                "AgreementDialog",
                "What each of you brings and expects: preparation, notes, …",
            ),
        )
        self.confidentiality = QCheckBox(
            translate("AgreementDialog", "What we discuss stays between the two of us")
        )
        self.confidentiality.setChecked(text.confidentiality)
        self.ending = text_box(
            text.ending,
            translate(
                "AgreementDialog",
                "How either of you may end the pair, without blame",
            ),
        )
        self.add_field(
            "cadence",
            translate("AgreementDialog", "&Cadence:"),
            self.cadence,
            hint=translate(
                "AgreementDialog",
                "From the meeting series (Meetings tab): change it there.",
            )
            if series is not None
            else "",
        )
        self.add_field(
            "expectations", translate("AgreementDialog", "E&xpectations:"), self.expectations
        )
        self.add_field(
            "confidentiality",
            translate("AgreementDialog", "Confidentiality:"),
            self.confidentiality,
        )
        self.add_field("ending", translate("AgreementDialog", "How to &end:"), self.ending)
        self.add_field("runs_until", translate("AgreementDialog", "Partnership:"), self.runs_until)
        self.add_field(
            "review_on",
            translate("AgreementDialog", "Review:"),
            self.review_on,
            hint=translate(
                "AgreementDialog",
                "On the review date the pair is reminded to read the agreement together.",
            ),
        )
        if agreement and (agreement.signed_by_mentor_on or agreement.signed_by_mentee_on):
            note = plain_label(
                translate(
                    "AgreementDialog",
                    "Changing the words clears the signatures: both of you sign the new "
                    "version again.",
                ),
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
                runs_until=self.runs_until.value(),
                review_on=self.review_on.value(),
            )
        )
