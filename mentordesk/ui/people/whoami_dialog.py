"""Who is using this MentorDesk: the owner of the private notes shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from mentordesk.domain.people import Person
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.translation import translate


class WhoAmIDialog(FormDialog):
    """Choose yourself among the people; your private notes are the ones shown."""

    def __init__(
        self,
        save: Callable[[str | None], object],
        people: list[Person],
        current: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("WhoAmIDialog", "I Am…"), parent)
        self._save = save
        self.person = QComboBox()
        self.person.addItem(
            translate(
                "WhoAmIDialog",
                "Nobody in particular (no private notes)",
            ),
            None,
        )
        for person in people:
            self.person.addItem(
                f"{person.name}" + (f" · {person.department}" if person.department else ""),
                person.external_id,
            )
        self.person.setCurrentIndex(max(self.person.findData(current), 0))
        self.add_field(
            "person",
            translate("WhoAmIDialog", "I &am:"),
            self.person,
            hint=translate(
                "WhoAmIDialog",
                "Private notes belong to the person using this computer; "
                "presentation mode hides them while you share your screen.",
            ),
        )
        self.setMinimumWidth(440)

    def submit(self) -> None:
        self._save(self.person.currentData())
