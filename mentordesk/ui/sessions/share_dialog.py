"""A text to share with the partner — the next meeting's agenda, a meeting's recap — as
plain text or Markdown: copied, printed, or written as an e-mail draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import UserFacingError
from mentordesk.services.sharing import Shared
from mentordesk.ui.common.drafts import open_draft
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate


class ShareDialog(QDialog):
    """`shared` to read, then Copy, Print… or E-mail Draft (by `write_draft`, which
    returns the draft's path)."""

    def __init__(
        self,
        shared: Shared,
        write_draft: Callable[[Shared], Path],
        tell: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("share_text")
        self.setWindowTitle(shared.subject)
        self._shared, self._write_draft, self._tell = shared, write_draft, tell
        self.plain = QRadioButton(translate("ShareDialog", "Plain &text"))
        self.markdown = QRadioButton(translate("ShareDialog", "&Markdown"))
        self.plain.setChecked(True)
        forms = QButtonGroup(self)
        for button in (self.plain, self.markdown):
            forms.addButton(button)
            button.toggled.connect(self._show)
        self.text = QPlainTextEdit()
        self.text.setObjectName("share_body")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ShareDialog", "Text to share"))
        self.copy_button = QPushButton(translate("ShareDialog", "&Copy"))
        self.copy_button.setToolTip(
            translate(
                "ShareDialog",
                "Copy the text as shown, to paste into a chat or a mail",
            )
        )
        self.copy_button.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(translate("ShareDialog", "&Print…"))
        self.print_button.clicked.connect(self.print_)
        self.mail_button = QPushButton(translate("ShareDialog", "&E-mail Draft…"))
        self.mail_button.setToolTip(
            translate(
                "ShareDialog",
                "Write an e-mail to your partner for your mail program",
            )
        )
        self.mail_button.clicked.connect(self.email)
        self.status = plain_label(wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for action in (self.copy_button, self.print_button, self.mail_button):
            buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        forms_row = QHBoxLayout()
        forms_row.addWidget(plain_label(translate("ShareDialog", "As:")))
        forms_row.addWidget(self.plain)
        forms_row.addWidget(self.markdown)
        forms_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(forms_row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._show()
        self.copy_button.setDefault(True)

    def shown_text(self) -> str:
        """The text in the chosen form."""
        return self._shared.markdown if self.markdown.isChecked() else self._shared.text

    def _show(self) -> None:
        self.text.setPlainText(self.shown_text())

    def copy(self) -> None:
        """Put the shown text on the clipboard."""
        QGuiApplication.clipboard().setText(self.shown_text())
        self.status.setText(
            translate("ShareDialog", "Copied as Markdown: paste it where your partner reads it.")
            if self.markdown.isChecked()
            else translate(
                "ShareDialog", "Copied as plain text: paste it where your partner reads it."
            )
        )

    def print_(self) -> None:
        """Print the text (its Markdown, laid out)."""
        from mentordesk.ui.printing.printing import print_markdown

        if print_markdown(self._shared.markdown, self):
            self.status.setText(translate("ShareDialog", "Sent to the printer."))

    def email(self) -> None:
        """Write the plain text as an e-mail draft and open it in the mail program."""
        try:
            path = self._write_draft(self._shared)
        except UserFacingError as error:
            self.status.setText(error.message)
            return
        open_draft(path, self, self._note)

    def _note(self, text: str) -> None:
        self.status.setText(text)
        self._tell(text)
