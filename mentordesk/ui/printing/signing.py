"""Signing the quarterly summary together, and the summaries a pair has signed.

"Sign Quarterly Summary…" shows what will be signed and by whom; Sign is enabled once
the pair ticks that both have read it (Cancel is the default). The summary is drawn for
signing, kept byte for byte, and may be saved as a copy at once. "Signed Summaries…"
lists every version signed, saves any of them byte for byte, and verifies a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import day_text
from mentordesk.domain.pairs import Role
from mentordesk.domain.signing import SignedSummary
from mentordesk.errors import UserFacingError
from mentordesk.services.report import Moment, QuarterReport
from mentordesk.services.signing import SigningService
from mentordesk.ui.common.file_dialogs import open_path, save_path
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.printing.report import pdf_bytes

PDF_FILTER = QT_TRANSLATE_NOOP("Signing", "PDF documents (*.pdf)")


def _file_name(summary: SignedSummary) -> str:
    return f"{summary.external_id}-signed.pdf"


class SignDialog(QDialog):
    """Sign a summary together: what is signed, by whom, and a tick that both read it."""

    def __init__(
        self,
        prepared: QuarterReport,
        signing: SigningService,
        done: Callable[[SignedSummary], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Signing", "Sign Quarterly Summary"))
        self._prepared, self._signing, self._done = prepared, signing, done
        signature = prepared.signature
        assert signature is not None  # prepared by SigningService.prepare
        span = prepared.span
        moment = {
            Moment.UNDER_WAY: translate("Signing", "as it stands today: the quarter is under way"),
            Moment.OVER: translate(
                "Signing", "as it stood at the end of the quarter, {day}"
            ).format(day=day_text(span.ends_on)),
            Moment.ENDED: translate(
                "Signing", "as it stood when the partnership ended, {day}"
            ).format(day=day_text(prepared.pair.ended_on or span.ends_on)),
        }.get(prepared.moment, "")
        self.text = plain_label(
            translate(
                "Signing",
                "Quarter {number}'s summary of {pair}, {moment}, signed today "
                "({day}) by {mentor} ({mentor_role}) and {mentee} ({mentee_role}). Preview "
                "shows it as it will be kept.\n\nMentorDesk keeps the PDF exactly as signed: "
                "this will be version {version}. If anything in the quarter changes "
                "later, signing again makes a new version; this one stays as it is.",
            ).format(
                number=span.number,
                pair=prepared.pair.title,
                moment=moment,
                day=day_text(signature.signed_on),
                mentor=signature.mentor_name,
                mentor_role=prepared.pair.role_word(Role.MENTOR),
                mentee=signature.mentee_name,
                mentee_role=prepared.pair.role_word(Role.MENTEE),
                version=signature.version,
            ),
            wrap=True,
        )
        self.both_read = QCheckBox(
            translate(
                "Signing",
                "We have &both read this summary and agree it is right",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            translate("Signing", "&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setEnabled(False)
        self.both_read.toggled.connect(self.sign_button.setEnabled)
        self.preview_button = self.buttons.addButton(
            translate("Signing", "&Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.both_read)
        layout.addWidget(self.buttons)
        # Return never signs: Cancel is the default (set once it is in the dialog).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.sign_button.setAutoDefault(False)
        self.resize(520, 240)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the tick in focus: the first key a person presses is theirs."""
        super().showEvent(event)
        if not event.spontaneous():
            self.both_read.setFocus(Qt.FocusReason.OtherFocusReason)

    def preview(self) -> None:
        """Show the summary exactly as it will be signed (with who signs it and when)."""
        from mentordesk.ui.printing.printing import preview_report

        preview_report(self._prepared, self)

    def sign(self) -> None:
        """Draw the summary as signed, keep it, and close."""
        if not self.both_read.isChecked():
            return
        try:
            data, _pages = pdf_bytes(self._prepared)
            signed = self._signing.sign(self._prepared, data)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("Signing", "Sign Quarterly Summary"), error.message)
            return
        self.accept()
        self._done(signed)


class SignedModel(IdTableModel[SignedSummary]):
    """A pair's signed summaries, one row each."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Quarter"),
        QT_TRANSLATE_NOOP("Columns", "Version"),
        QT_TRANSLATE_NOOP("Columns", "Signed on"),
        QT_TRANSLATE_NOOP("Columns", "Signed by"),
    )

    def __init__(self, signing: SigningService, pair_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._signing, self._pair_id = signing, pair_id
        self._found: dict[int, SignedSummary] = {}

    def fetch_ids(self) -> list[int]:
        self._found = {s.id: s for s in self._signing.history(self._pair_id)}
        return list(self._found)

    def fetch_records(self, ids: list[int]) -> dict[int, SignedSummary]:
        return {i: self._found[i] for i in ids if i in self._found}

    def cell(self, record: SignedSummary, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            s = record.signature
            return (
                str(record.quarter),
                str(s.version),
                day_text(s.signed_on),
                translate("Signing", "{mentor} and {mentee}").format(
                    mentor=s.mentor_name, mentee=s.mentee_name
                ),
            )[column]
        return None


class SignedSummariesDialog(QDialog):
    """The summaries a pair signed: save a copy of any, verify a PDF."""

    def __init__(
        self,
        signing: SigningService,
        pair_id: int,
        title: str,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Signing", "Signed Summaries — {title}").format(title=title))
        self._signing, self._say = signing, say
        self.model = SignedModel(signing, pair_id, self)
        self.model.load()
        self.table = record_table(self.model, stretch=3, fit=range(3), name="signed_table")
        self.table.activated.connect(lambda _index: self.save_copy())
        if self.model.rowCount():
            self.table.choose_row(self.model.rowCount() - 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("Signing", "&Save Copy…"))
        self.save_button.setEnabled(self.model.rowCount() > 0)
        self.verify_button = QPushButton(translate("Signing", "&Verify a PDF…"))
        for button in (self.save_button, self.verify_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_copy)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "Signing",
                    "Each summary is kept exactly as it was signed. Save a copy to send or "
                    "print it; Verify tells whether a PDF someone sends you is one of these, "
                    "unchanged.",
                )
                if self.model.rowCount()
                else translate(
                    "Signing",
                    "This pair has signed no summary yet: File ▸ Sign Quarterly Summary….",
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(620, 320)

    def chosen(self) -> SignedSummary | None:
        """The signed summary chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def save_copy(self, path: Path | None = None) -> Path | None:
        """Save the chosen summary's PDF, byte for byte as signed."""
        summary = self.chosen()
        if summary is None:
            return None
        path = path or save_path(
            self,
            translate("Signing", "Save Signed Summary"),
            _file_name(summary),
            translate("Signing", PDF_FILTER),
        )
        if path is None:
            return None
        try:
            self._signing.save_copy(summary.id, path)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("Signing", "Save Signed Summary"), error.message)
            return None
        self._say(translate("Signing", "Saved the signed summary to {path}.").format(path=path))
        return path

    def verify(self, path: Path | None = None) -> str | None:
        """Tell whether a PDF is a summary signed here, unchanged; what was said."""
        path = path or open_path(
            self, translate("Signing", "Verify a PDF"), translate("Signing", PDF_FILTER)
        )
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as error:
            said = translate("Signing", "Cannot read {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        else:
            said = self._signing.verify(data).message
        box = QMessageBox(
            QMessageBox.Icon.Information, translate("Signing", "Verify a PDF"), said, parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("verified")
        box.open()
        return said
