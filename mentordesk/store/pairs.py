"""The pairs repository: pairs and their agreements as `Pair` records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, Select, delete, func, select, text

from mentordesk.domain.pairs import Agreement, AgreementText, Pair, PairKind
from mentordesk.domain.people import Person
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Repository
from mentordesk.store.in_lists import among, chunks, existing_values

if TYPE_CHECKING:
    from mentordesk.store.models import PairRow

PAIRS, AGREEMENTS = tables.pairs.c, tables.agreements.c
MENTOR, MENTEE = tables.people.alias("mentor"), tables.people.alias("mentee")
PERSON_COLUMNS = ("id", "external_id", "name", "email", "department")
PEOPLE = ("mentor", "mentee")  # the labels' prefixes
AGREEMENT_TEXT = ("cadence", "expectations", "confidentiality", "ending", "runs_until", "review_on")


@dataclass(frozen=True)
class NewPair:
    """What the repository needs to store a pair."""

    external_id: str
    mentor_id: int
    mentee_id: int
    started_on: date
    quarters: QuarterMode = QuarterMode.PARTNERSHIP
    ended_on: date | None = None
    end_reason: str | None = None
    kind: PairKind = PairKind.MENTORING


@cache
def _pair_query() -> Select[*tuple[Any, ...]]:
    """Pairs with both people and the agreement, one row each."""
    people = [
        person.c[name].label(f"{role}__{name}")
        for role, person in zip(PEOPLE, (MENTOR, MENTEE), strict=True)
        for name in PERSON_COLUMNS
    ]
    agreement = [
        AGREEMENTS.pair_id.label("agreement_of"),
        AGREEMENTS.cadence,
        AGREEMENTS.expectations,
        AGREEMENTS.confidentiality,
        AGREEMENTS.ending,
        AGREEMENTS.signed_by_mentor_on,
        AGREEMENTS.signed_by_mentee_on,
        AGREEMENTS.runs_until,
        AGREEMENTS.review_on,
    ]
    return (
        select(tables.pairs, *people, *agreement)
        .join(MENTOR, PAIRS.mentor_id == MENTOR.c.id)
        .join(MENTEE, PAIRS.mentee_id == MENTEE.c.id)
        .outerjoin(tables.agreements, AGREEMENTS.pair_id == PAIRS.id)
    )


@cache
def _at() -> dict[str, int]:
    """Where each of `_pair_query`'s columns is in its rows (read by position: a row's
    values by name cost a tenth of a millisecond a pair, for the whole team's health)."""
    names = _pair_query().selected_columns.keys()
    at = {name: at for at, name in enumerate(names)}
    assert len(at) == len(names), "two of the pair query's columns share a name"
    return at


_PEOPLE_KEYS = {role: tuple(f"{role}__{name}" for name in PERSON_COLUMNS) for role in PEOPLE}


def _person(values: Sequence[Any], at: dict[str, int], role: str) -> Person:
    return Person(*(values[at[key]] for key in _PEOPLE_KEYS[role]))


def _agreement_record(values: Sequence[Any], at: dict[str, int]) -> Agreement | None:
    if values[at["agreement_of"]] is None:
        return None
    text = AgreementText(*(values[at[key]] for key in AGREEMENT_TEXT))
    return Agreement(text, values[at["signed_by_mentor_on"]], values[at["signed_by_mentee_on"]])


def pair_record(row: Row[*tuple[Any, ...]]) -> Pair:
    """The domain record of a row of `_pair_query`, with both people and the agreement."""
    at = _at()
    return Pair(
        id=row[at["id"]],
        external_id=row[at["external_id"]],
        mentor=_person(row, at, "mentor"),
        mentee=_person(row, at, "mentee"),
        started_on=row[at["started_on"]],
        quarters=QuarterMode(row[at["quarters"]]),
        ended_on=row[at["ended_on"]],
        end_reason=row[at["end_reason"]],
        agreement=_agreement_record(row, at),
        kind=PairKind(row[at["kind"]]),
        closing=(row[at["mentor_closing"]], row[at["mentee_closing"]]),
    )


class PairRepository(Repository):
    """Reads and writes pairs within one unit of work (reads on the Core tables, writes
    through the ORM models)."""

    def ids(self) -> list[int]:
        """Every pair's id, ordered by mentor's then mentee's name."""
        query = (
            select(PAIRS.id)
            .join(MENTOR, PAIRS.mentor_id == MENTOR.c.id)
            .join(MENTEE, PAIRS.mentee_id == MENTEE.c.id)
            .order_by(func.lower(MENTOR.c.name), func.lower(MENTEE.c.name), PAIRS.id)
        )
        return list(self._session.scalars(query))

    def get(self, pair_id: int) -> Pair:
        """The pair with `pair_id`."""
        found = self._read(PAIRS.id == pair_id)
        if not found:
            raise NotFoundError(f"there is no pair with id {pair_id}")
        return found[0]

    def get_many(self, ids: Iterable[int]) -> dict[int, Pair]:
        """The pairs with these ids, by id (missing ids are left out)."""
        return {
            pair.id: pair
            for batch in chunks(ids)
            for pair in self._read(among(self._session, PAIRS.id, batch))
        }

    def by_external_id(self, external_id: str) -> Pair | None:
        """The pair whose external id is `external_id`, if any."""
        found = self._read(PAIRS.external_id == external_id)
        return found[0] if found else None

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already used as a pair's external id."""
        return existing_values(self._session, PAIRS.external_id, candidates)

    def count(self) -> int:
        """How many pairs there are."""
        return self._session.scalar(select(func.count()).select_from(tables.pairs)) or 0

    def _read(self, where: ColumnElement[bool]) -> list[Pair]:
        return [pair_record(row) for row in self._session.execute(_pair_query().where(where)).all()]

    def add(self, new: NewPair) -> int:
        """Store a new pair; returns its id."""
        from mentordesk.store.models import PairRow

        row = PairRow(
            external_id=new.external_id,
            mentor_id=new.mentor_id,
            mentee_id=new.mentee_id,
            started_on=new.started_on,
            quarters=new.quarters.value,
            ended_on=new.ended_on,
            end_reason=new.end_reason,
            kind=new.kind.value,
        )
        self._writes.add(row)
        self._writes.flush()
        return row.id

    def update(self, pair_id: int, started_on: date, quarters: QuarterMode, kind: PairKind) -> None:
        """Change when a pair started, how its quarters run and what kind of pair it is."""
        row = self._row(pair_id)
        row.started_on, row.quarters, row.kind = started_on, quarters.value, kind.value

    def set_end(
        self,
        pair_id: int,
        ended_on: date | None,
        reason: str | None,
        closing: tuple[str, str] = ("", ""),
    ) -> None:
        """End a pair with the partners' closing reflections, or (with None) reopen it."""
        row = self._row(pair_id)
        row.ended_on, row.end_reason = ended_on, reason
        row.mentor_closing, row.mentee_closing = closing

    def set_agreement(self, pair_id: int, agreement: Agreement | None) -> None:
        """Store (or with None remove) a pair's agreement with its signatures."""
        from mentordesk.store.models import AgreementRow

        row = self._row(pair_id)
        if agreement is None:
            row.agreement = None
            return
        target = row.agreement or AgreementRow()
        text = agreement.text
        target.cadence, target.expectations = text.cadence, text.expectations
        target.confidentiality, target.ending = text.confidentiality, text.ending
        target.signed_by_mentor_on = agreement.signed_by_mentor_on
        target.signed_by_mentee_on = agreement.signed_by_mentee_on
        target.runs_until, target.review_on = text.runs_until, text.review_on
        row.agreement = target

    def take_out(self, pair_id: int) -> None:
        """Delete a pair with everything of it, its search entries too (a merge then puts
        it back whole, under the same ids)."""
        self._session.execute(
            text(
                "DELETE FROM search_index WHERE session_id IN "
                "(SELECT id FROM sessions WHERE pair_id = :p)"
            ),
            {"p": pair_id},
        )
        self._session.execute(delete(tables.pairs).where(tables.pairs.c.id == pair_id))

    def _row(self, pair_id: int) -> PairRow:
        from mentordesk.store.models import PairRow

        row = self._writes.get(PairRow, pair_id)
        if row is None:
            raise NotFoundError(f"there is no pair with id {pair_id}")
        return row
