"""People: anyone who can be a mentor or a mentee."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.domain.text import clean_line, email_problem, line_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, ValidationError


@dataclass(frozen=True)
class Person:
    """A person as stored: database id, stable external id, contact details."""

    id: int
    external_id: str
    name: str
    email: str
    department: str | None = None


@dataclass(frozen=True)
class PersonDraft:
    """What a person's form holds before it is saved."""

    name: str
    email: str
    department: str | None = None

    def cleaned(self) -> PersonDraft:
        """The draft with blanks trimmed and an empty department as None."""
        return PersonDraft(
            name=clean_line(self.name),
            email=clean_line(self.email),
            department=clean_line(self.department) or None,
        )

    def problems(self) -> list[Problem]:
        """Everything wrong with the (cleaned) draft, keyed by field name."""
        found = [
            ("name", line_problem(self.name, translate("People", "a name"), required=True)),
            ("email", email_problem(self.email)),
            (
                "department",
                line_problem(
                    self.department or "", translate("People", "the department"), required=False
                ),
            ),
        ]
        return [Problem(field, message) for field, message in found if message]

    def validated(self) -> PersonDraft:
        """The cleaned draft, or a ValidationError naming each bad field."""
        draft = self.cleaned()
        if problems := draft.problems():
            raise ValidationError(problems)
        return draft
