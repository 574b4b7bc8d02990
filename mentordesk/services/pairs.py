"""Use cases for pairs: form, edit, end (and reopen), write and sign the agreement."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mentordesk.domain.pairs import (
    Agreement,
    AgreementText,
    Pair,
    PairStatus,
    Role,
    end_problems,
    pair_problems,
    raise_if,
)
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import NotFoundError, UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.store.pairs import NewPair
from mentordesk.store.unit_of_work import Store, UnitOfWork


class PairService:
    """Pairs: each call is one transaction and returns what it changed."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        """Today, by this service's clock."""
        return today(self._clock)

    def ids(self) -> list[int]:
        """Every pair's id, by mentor's then mentee's name."""
        with self._store.reading() as uow:
            return uow.pairs.ids()

    def get(self, pair_id: int) -> Pair:
        """One pair with its people and agreement."""
        with self._store.reading() as uow:
            return uow.pairs.get(pair_id)

    def get_many(self, ids: Iterable[int]) -> dict[int, Pair]:
        """Several pairs by id, in one query."""
        with self._store.reading() as uow:
            return uow.pairs.get_many(ids)

    def all(self) -> list[Pair]:
        """Every pair, by mentor's then mentee's name."""
        with self._store.reading() as uow:
            found = uow.pairs.get_many(ids := uow.pairs.ids())
            return [found[i] for i in ids]

    def find(self, ref: str) -> Pair:
        """The pair a person names on the command line: its external id."""
        with self._store.reading() as uow:
            pair = uow.pairs.by_external_id(ref)
        if pair is None:
            raise NotFoundError(f"there is no pair '{ref}' (see 'mentordesk pairs')")
        return pair

    def create(
        self,
        mentor_id: int | None,
        mentee_id: int | None,
        started_on: date,
        quarters: QuarterMode = QuarterMode.PARTNERSHIP,
    ) -> ChangeSet:
        """Form a pair of two different people."""
        raise_if(pair_problems(mentor_id, mentee_id, started_on, None))
        assert mentor_id is not None
        assert mentee_id is not None
        with self._store.writing() as uow:
            mentor, mentee = uow.people.get(mentor_id), uow.people.get(mentee_id)
            self._refuse_twin(uow, mentor_id, mentee_id)
            wanted = f"{mentor.external_id}-{mentee.external_id}"
            xid = unique_id(wanted, uow.pairs.existing_external_ids)
            new_id = uow.pairs.add(NewPair(xid, mentor_id, mentee_id, started_on, quarters))
            uow.commit()
        return ChangeSet.of_pairs(new_id, created=new_id)

    def update(self, pair_id: int, started_on: date, quarters: QuarterMode) -> ChangeSet:
        """Change a pair's start date or quarter mode."""
        with self._store.writing() as uow:
            pair = uow.pairs.get(pair_id)
            raise_if(pair_problems(pair.mentor.id, pair.mentee.id, started_on, pair.ended_on))
            uow.pairs.update(pair_id, started_on, quarters)
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def end(self, pair_id: int, ended_on: date, reason: str) -> ChangeSet:
        """End a pair on `ended_on` for `reason`; a no-fault end is a normal end."""
        with self._store.writing() as uow:
            pair = uow.pairs.get(pair_id)
            if pair.ended_on is not None:
                raise UserFacingError(f"{pair.title} already ended on {pair.ended_on}")
            raise_if(end_problems(pair.started_on, ended_on, reason))
            uow.pairs.set_end(pair_id, ended_on, reason.strip())
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def reopen(self, pair_id: int) -> ChangeSet:
        """Take back an end (undo of `end`)."""
        with self._store.writing() as uow:
            uow.pairs.set_end(pair_id, None, None)
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def write_agreement(self, pair_id: int, text: AgreementText) -> ChangeSet:
        """Write or rewrite the agreement; changed words clear both signatures."""
        text = text.cleaned()
        if problems := text.problems():
            raise ValidationError(problems)
        with self._store.writing() as uow:
            pair = self._open_pair(uow, pair_id)
            current = pair.agreement or Agreement(AgreementText())
            uow.pairs.set_agreement(pair_id, current.rewritten(text))
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def sign(self, pair_id: int, role: Role, on: date | None = None) -> ChangeSet:
        """Sign the agreement as the pair's mentor or mentee (today unless `on` is given)."""
        on = on or self.today()
        if on > self.today():
            raise ValidationError.single("signed_on", "a signature cannot be dated in the future")
        with self._store.writing() as uow:
            pair = self._open_pair(uow, pair_id)
            if pair.agreement is None or pair.agreement.text.is_blank:
                raise UserFacingError("Write the agreement before signing it.")
            uow.pairs.set_agreement(pair_id, pair.agreement.signed(role, on))
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def restore_agreement(self, pair_id: int, agreement: Agreement | None) -> ChangeSet:
        """Put back an earlier agreement with its signatures (undo of an edit or a signature)."""
        with self._store.writing() as uow:
            uow.pairs.set_agreement(pair_id, agreement)
            uow.commit()
        return ChangeSet.of_pairs(pair_id)

    def _open_pair(self, uow: UnitOfWork, pair_id: int) -> Pair:
        pair = uow.pairs.get(pair_id)
        if pair.status(self.today()) is PairStatus.ENDED:
            raise UserFacingError(
                f"{pair.title} ended on {pair.ended_on}; its agreement is kept as it was."
            )
        return pair

    def _refuse_twin(self, uow: UnitOfWork, mentor_id: int, mentee_id: int) -> None:
        for other in uow.pairs.get_many(uow.people.pair_ids(mentor_id)).values():
            same = (other.mentor.id, other.mentee.id) == (mentor_id, mentee_id)
            if same and other.ended_on is None:
                raise ValidationError.single(
                    "mentee", f"{other.title} is already an active pair ({other.external_id})"
                )
