"""Use cases for pairs: form, edit, end (and reopen), write and sign the agreement."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mentordesk.domain.date_words import day_text
from mentordesk.domain.pairs import (
    Agreement,
    AgreementText,
    Pair,
    PairKind,
    PairStatus,
    Role,
    end_problems,
    pair_problems,
    raise_if,
)
from mentordesk.domain.quarters import QuarterMode
from mentordesk.domain.text import text_problem
from mentordesk.domain.words import translate
from mentordesk.errors import NotFoundError, Problem, UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.services.meetings import ending_with_pair
from mentordesk.services.undo import Action, Step, apply, chain, perform
from mentordesk.store.pairs import NewPair
from mentordesk.store.unit_of_work import Store, UnitOfWork


class PairService:
    """Pairs: each call is one transaction and returns what it changed.

    A method named for what the person does (`edit_pair`, `end_pair`, …) returns a
    `Step` that can take it back; the short verbs (`update`, `end`, …) apply the same
    rules without undo."""

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
            raise NotFoundError(
                translate("Pairs", "there is no pair '{ref}' (see 'mentordesk pairs')").format(
                    ref=ref
                )
            )
        return pair

    def create(
        self,
        mentor_id: int | None,
        mentee_id: int | None,
        started_on: date,
        quarters: QuarterMode = QuarterMode.PARTNERSHIP,
        kind: PairKind = PairKind.MENTORING,
    ) -> ChangeSet:
        """Form a pair of two different people: a mentor and a mentee, or two peers."""
        raise_if(pair_problems(mentor_id, mentee_id, started_on, None))
        assert mentor_id is not None
        assert mentee_id is not None
        with self._store.writing() as uow:
            mentor, mentee = uow.people.get(mentor_id), uow.people.get(mentee_id)
            self._refuse_twin(uow, mentor_id, mentee_id, kind)
            wanted = f"{mentor.external_id}-{mentee.external_id}"
            xid = unique_id(wanted, uow.pairs.existing_external_ids)
            new_id = uow.pairs.add(
                NewPair(xid, mentor_id, mentee_id, started_on, quarters, kind=kind)
            )
            uow.commit()
        return ChangeSet.of_pairs(new_id, created=new_id)

    def edit_pair(
        self,
        pair_id: int,
        started_on: date,
        quarters: QuarterMode,
        kind: PairKind | None = None,
    ) -> Step:
        """Change a pair's start date, quarter mode or kind (None: as it is)."""
        action = self._dates(pair_id, started_on, quarters, kind)
        return perform(self._store, translate("Pairs", "Edit Pair"), action)

    def update(
        self,
        pair_id: int,
        started_on: date,
        quarters: QuarterMode,
        kind: PairKind | None = None,
    ) -> ChangeSet:
        """Change a pair's start date, quarter mode or kind, without undo."""
        return apply(self._store, self._dates(pair_id, started_on, quarters, kind))

    def end_pair(
        self, pair_id: int, ended_on: date, reason: str, closing: tuple[str, str] = ("", "")
    ) -> Step:
        """End a pair on `ended_on` for `reason`; undone, the pair is open again."""
        text = translate("Pairs", "End {pair}").format(pair=self.get(pair_id).title)
        return perform(self._store, text, self._ending(pair_id, ended_on, reason, closing))

    def end(
        self, pair_id: int, ended_on: date, reason: str, closing: tuple[str, str] = ("", "")
    ) -> ChangeSet:
        """End a pair on `ended_on` for `reason`; a no-fault end is a normal end."""
        return apply(self._store, self._ending(pair_id, ended_on, reason, closing))

    def reopen(self, pair_id: int) -> ChangeSet:
        """Take back an end."""
        return apply(self._store, _end_as(pair_id, None, None))

    def edit_agreement(self, pair_id: int, text: AgreementText) -> Step:
        """Write or rewrite the agreement; changed words clear both signatures. Undone,
        the agreement is back with its signatures. Words that change nothing make a
        step that changed nothing."""
        return perform(
            self._store, translate("Pairs", "Edit Agreement"), self._writing(pair_id, text)
        )

    def write_agreement(self, pair_id: int, text: AgreementText) -> ChangeSet:
        """Write or rewrite the agreement, without undo."""
        return apply(self._store, self._writing(pair_id, text))

    def sign_agreement(self, pair_id: int, role: Role) -> Step:
        """Sign the agreement as the pair's mentor or mentee, dated today."""
        pair = self.get(pair_id)
        if pair.peers:
            text = translate("Pairs", "Sign as {name}").format(name=pair.person(role).name)
        elif role is Role.MENTOR:
            text = translate("Pairs", "Sign as Mentor")
        else:
            text = translate("Pairs", "Sign as Mentee")
        return perform(self._store, text, self._signing(pair_id, role, self.today()))

    def sign(self, pair_id: int, role: Role, on: date | None = None) -> ChangeSet:
        """Sign the agreement as `role` (today unless `on` is given), without undo."""
        return apply(self._store, self._signing(pair_id, role, on or self.today()))

    # -- the actions ---------------------------------------------------------------------
    def _dates(
        self, pair_id: int, started_on: date, quarters: QuarterMode, kind: PairKind | None
    ) -> Action:
        def edit(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = uow.pairs.get(pair_id)
            raise_if(pair_problems(pair.mentor.id, pair.mentee.id, started_on, pair.ended_on))
            if kind is not None and kind is not pair.kind and pair.ended_on is None:
                self._refuse_twin(uow, pair.mentor.id, pair.mentee.id, kind, but=pair_id)
            uow.pairs.update(pair_id, started_on, quarters, kind or pair.kind)
            back = self._dates(pair_id, pair.started_on, pair.quarters, pair.kind)
            return ChangeSet.of_pairs(pair_id), back

        return edit

    def _ending(
        self, pair_id: int, ended_on: date, reason: str, closing: tuple[str, str]
    ) -> Action:
        """End a pair; `closing`: each partner's closing reflection (the mentor's, the
        mentee's), which the final summary includes."""
        closing = (closing[0].strip(), closing[1].strip())
        problems = [
            Problem(field, message)
            for field, words in zip(("mentor_closing", "mentee_closing"), closing, strict=True)
            if (message := text_problem(words, translate("Pairs", "the reflection")))
        ]
        raise_if(problems)

        def end(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = uow.pairs.get(pair_id)
            if pair.ended_on is not None:
                raise UserFacingError(
                    translate("Pairs", "{pair} already ended on {day}").format(
                        pair=pair.title, day=day_text(pair.ended_on)
                    )
                )
            raise_if(end_problems(pair.started_on, ended_on, reason))
            return chain(
                _end_as(pair_id, ended_on, reason.strip(), closing),
                ending_with_pair(pair_id, ended_on),
            )(uow)

        return end

    def _writing(self, pair_id: int, text: AgreementText) -> Action:
        text = text.cleaned()
        if problems := text.problems():
            raise ValidationError(problems)

        def write(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = self._open_pair(uow, pair_id)
            raise_if(text.date_problems(pair.started_on))
            current = pair.agreement or Agreement(AgreementText())
            return _agreement_as(pair_id, current.rewritten(text))(uow)

        return write

    def _signing(self, pair_id: int, role: Role, on: date) -> Action:
        if on > self.today():
            raise ValidationError.single(
                "signed_on", translate("Pairs", "a signature cannot be dated in the future")
            )

        def sign(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = self._open_pair(uow, pair_id)
            if pair.agreement is None or pair.agreement.text.is_blank:
                raise UserFacingError(translate("Pairs", "Write the agreement before signing it."))
            return _agreement_as(pair_id, pair.agreement.signed(role, on))(uow)

        return sign

    # -- rules ---------------------------------------------------------------------------
    def _open_pair(self, uow: UnitOfWork, pair_id: int) -> Pair:
        pair = uow.pairs.get(pair_id)
        if pair.status(self.today()) is PairStatus.ENDED:
            raise UserFacingError(
                translate(
                    "Pairs", "{pair} ended on {day}; its agreement is kept as it was."
                ).format(pair=pair.title, day=day_text(pair.ended_on))
            )
        return pair

    def _refuse_twin(
        self,
        uow: UnitOfWork,
        mentor_id: int,
        mentee_id: int,
        kind: PairKind,
        but: int | None = None,
    ) -> None:
        """Refuse a second active pair of the same two people in the same roles (peers
        have none: the two in either order are the same pair of peers); `but`: the pair
        being changed, which is not its own twin."""
        for other in uow.pairs.get_many(uow.people.pair_ids(mentor_id)).values():
            if other.id == but:
                continue
            same = (other.mentor.id, other.mentee.id) == (mentor_id, mentee_id)
            swapped = (other.mentor.id, other.mentee.id) == (mentee_id, mentor_id)
            either_peers = PairKind.PEERS in (kind, other.kind)
            if (same or (swapped and either_peers)) and other.ended_on is None:
                raise ValidationError.single(
                    "mentee",
                    translate("Pairs", "{pair} is already an active pair ({id})").format(
                        pair=other.title, id=other.external_id
                    ),
                )


def _end_as(
    pair_id: int,
    ended_on: date | None,
    reason: str | None,
    closing: tuple[str, str] = ("", ""),
) -> Action:
    """Set (or with None clear) a pair's end as it is given; back: the end it had."""

    def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        pair = uow.pairs.get(pair_id)
        uow.pairs.set_end(pair_id, ended_on, reason, closing)
        back = _end_as(pair_id, pair.ended_on, pair.end_reason, pair.closing)
        return ChangeSet.of_pairs(pair_id), back

    return put


def _agreement_as(pair_id: int, agreement: Agreement | None) -> Action:
    """Put an agreement with its signatures in place; back: the one it had. Nothing is
    written, and nothing said to have changed, when it is the same."""

    def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        before = uow.pairs.get(pair_id).agreement
        if before == agreement:
            return ChangeSet(), _agreement_as(pair_id, before)
        uow.pairs.set_agreement(pair_id, agreement)
        return ChangeSet.of_pairs(pair_id), _agreement_as(pair_id, before)

    return put
