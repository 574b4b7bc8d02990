"""Setting a team up on a shared PostgreSQL server: the team lead's commands.

`init` creates the team's two groups (persons, coordinators) and their grants;
`add_person` gives a person their own login, linked to them in the team's list, and
says what they type into File ▸ Shared Team Database…; the coordinator reads each
pair's signals and the audit log, never a pair's words.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.people import Person, PersonDraft
from mentordesk.errors import UserFacingError
from mentordesk.services.people import PeopleService
from mentordesk.store import team_roles
from mentordesk.store.engine import server_parts
from mentordesk.store.team_roles import AuditEntry, Groups, PairSignals
from mentordesk.store.unit_of_work import Store


@dataclass(frozen=True)
class Invitation:
    """What a person types into the Shared Team Database dialog to connect."""

    host: str
    port: int
    database: str
    login: str
    password: str | None  # None: the login existed and keeps its password
    person: Person | None
    coordinator: bool

    def as_text(self) -> str:
        """The lines to hand the person (the password shown this once)."""
        who = f"{self.person.name} <{self.person.email}>" if self.person else self.login
        role = "the team's coordinator" if self.coordinator else "a pair member"
        lines = [
            f"{who} connects as '{self.login}', {role}. In MentorDesk: File ▸ Shared Team "
            "Database…",
            f"  Server:   {self.host}",
            f"  Port:     {self.port}",
            f"  Database: {self.database}",
            f"  User:     {self.login}",
        ]
        if self.password is not None:
            lines.append(f"  Password: {self.password}   (shown once: hand it over in person)")
        else:
            lines.append("  Password: unchanged (the login already existed)")
        return "\n".join(lines)


class TeamSetupService:
    """The team lead's set-up of a shared server, over the store they administer."""

    def __init__(self, store: Store, people: PeopleService) -> None:
        self._store, self._people = store, people

    def init(self) -> Groups:
        """Create (or bring up to date) the team's groups and grants."""
        return team_roles.set_up_groups(self._store.engine)

    def add_person(
        self,
        login: str,
        person: str | None = None,
        email: str | None = None,
        *,
        coordinator: bool = False,
    ) -> Invitation:
        """Give `person` (an id or exact name from the team's list; with `email`, a new
        person of that name) the login `login`. A coordinator needs no person."""
        team_roles.require_server(self._store.engine)
        team_roles.check_login(login)
        found = self._person(person, email) if person else None
        if found is None and not coordinator:
            raise UserFacingError("name the person this login is for: --person NAME")
        password = secrets.token_urlsafe(18)
        engine = self._store.engine
        _, created = team_roles.add_login(engine, login, password, coordinator=coordinator)
        if found is not None:
            team_roles.link_person(engine, login, found.id)
        host, port, database, *_ = server_parts(str(engine.url)) or ("", 5432, "")
        return Invitation(
            host, port, database, login, password if created else None, found, coordinator
        )

    def remove_person(self, login: str) -> None:
        """Take `login` away: its person stays in the team's list, unlinked."""
        team_roles.remove_login(self._store.engine, login)

    def signals(self, on: date) -> list[PairSignals]:
        """Every pair's attention signals and counts (the coordinator's view)."""
        return team_roles.team_signals(self._store.engine, on)

    @staticmethod
    def attention(row: PairSignals, on: date) -> list[str]:
        """The attention rules that fire on the counts the coordinator may read (those
        that need a pair's own records, such as goals behind schedule, cannot)."""
        if row.ended_on is not None and row.ended_on <= on:
            return []
        held, missed = row.held_90_days, row.missed_90_days
        scores = [int(n) for n in (row.latest_health or "").split(",") if n.strip().isdigit()]
        signals = HealthSignals(
            days_since_meeting=(on - row.last_held.date()).days if row.last_held else None,
            missed_in_a_row=0,
            overdue_items=row.overdue_items,
            goals_behind=0,
            open_runs=row.open_checklists,
            attendance=held / (held + missed) if held + missed else None,
            health_check=sum(scores) / len(scores) if scores else None,
            names=(row.mentor, row.mentee),
        )
        return signals.reasons

    def audit(self, limit: int = 50) -> list[AuditEntry]:
        """The newest changes: who, when, which table and rows."""
        return team_roles.audit_entries(self._store.engine, limit)

    def _person(self, ref: str, email: str | None) -> Person:
        everyone = self._people.all()
        matches = [p for p in everyone if p.external_id == ref] or [
            p for p in everyone if p.name.casefold() == ref.strip().casefold()
        ]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(p.external_id for p in matches)
            raise UserFacingError(f"several people are named {ref!r}: give one id of {ids}")
        if email is None:
            raise UserFacingError(
                f"there is no person {ref!r} in the team's list: add them in MentorDesk, "
                "or give --email to add them here"
            )
        created = self._people.create(PersonDraft(ref, email)).created
        assert created is not None
        return self._people.get(created)
