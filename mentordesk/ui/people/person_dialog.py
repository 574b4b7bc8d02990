"""Add or edit a person: name, email, department."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from mentordesk.domain.people import Person, PersonDraft
from mentordesk.domain.text import EMAIL_MAX, NAME_MAX
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.translation import translate


class PersonDialog(FormDialog):
    """The form for one person; `save` receives the draft and may raise ValidationError."""

    def __init__(
        self,
        save: Callable[[PersonDraft], object],
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("PersonDialog", "Edit Person")
            if person
            else translate("PersonDialog", "New Person"),
            parent,
        )
        self._save = save
        self.name = QLineEdit(person.name if person else "")
        self.name.setPlaceholderText(translate("PersonDialog", "First and last name"))
        self.name.setMaxLength(NAME_MAX)
        self.email = QLineEdit(person.email if person else "")
        self.email.setPlaceholderText(translate("PersonDialog", "name@example.org"))
        self.email.setMaxLength(EMAIL_MAX)
        self.department = QLineEdit((person.department or "") if person else "")
        self.department.setPlaceholderText(translate("PersonDialog", "Optional, e.g. Platform"))
        self.department.setMaxLength(NAME_MAX)
        self.add_field("name", translate("PersonDialog", "&Name:"), self.name)
        self.add_field("email", translate("PersonDialog", "&Email:"), self.email)
        self.add_field("department", translate("PersonDialog", "&Department:"), self.department)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        self._save(PersonDraft(self.name.text(), self.email.text(), self.department.text()))
