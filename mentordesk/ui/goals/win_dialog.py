"""Note a win: what is worth celebrating, whose it is, and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mentordesk.domain.pairs import Pair, Role
from mentordesk.domain.wins import WIN_MAX
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of
from mentordesk.ui.common.translation import translate


class WinDialog(FormDialog):
    """A win of the pair: a line, whose (both, the mentor's or the mentee's), a day."""

    def __init__(
        self,
        save: Callable[[date, str, int | None], object],
        pair: Pair,
        day: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("WinDialog", "Add Win — {title}").format(title=pair.title),
            parent,
            action=translate("WinDialog", "Add Win"),
        )
        self._save = save
        self.text = QLineEdit()
        self.text.setMaxLength(WIN_MAX)
        self.text.setPlaceholderText(translate("WinDialog", "What went well, in a line"))
        self.whose = QComboBox()
        self.whose.addItem(translate("WinDialog", "Both of us"), None)
        for person, role in ((pair.mentor, Role.MENTOR), (pair.mentee, Role.MENTEE)):
            self.whose.addItem(f"{person.name} ({pair.role_word(role)})", person.id)
        self.on = date_edit(day)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.add_field("text", translate("WinDialog", "&Win:"), self.text)
        self.add_field("person", translate("WinDialog", "W&hose:"), self.whose)
        self.add_field("won_on", translate("WinDialog", "&Date:"), self.on)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self._save(date_of(self.on), self.text.text(), self.whose.currentData())
