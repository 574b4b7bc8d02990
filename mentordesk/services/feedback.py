"""Use cases for feedback after each held meeting, and the pair's balance: who owns the
action items, and who did the talking and the work as both partners saw it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mentordesk.domain.feedback import Feedback, MeetingFeedback, feedback_problems
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.domain.sessions import SessionStatus
from mentordesk.domain.words import translate
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.store.unit_of_work import Store

RECENT = timedelta(weeks=13)  # as the attention rules read feedback


@dataclass(frozen=True)
class FeedbackState:
    """Who has answered about one meeting; both answers once both have."""

    session_id: int
    answered_by: frozenset[int]
    revealed: MeetingFeedback | None  # None until both partners have answered


@dataclass(frozen=True)
class ItemShare:
    """One partner's action items: open and completed (dropped ones are neither)."""

    person_id: int
    name: str
    open: int
    done: int


@dataclass(frozen=True)
class FeedbackView:
    """What the Health tab shows of a pair's feedback and balance, read at once."""

    last: tuple[int, date] | None  # the latest held meeting: session id and day
    state: FeedbackState | None  # who answered about it, and both answers once both have
    history: list[MeetingFeedback]  # the meetings both answered about, oldest first
    items: tuple[ItemShare, ItemShare]  # the mentor's (first peer's), the mentee's


class FeedbackService:
    """Feedback and balance; each call is one transaction."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def give(
        self, session_id: int, person_id: int, useful: int, balance: int, word: str = ""
    ) -> ChangeSet:
        """Record one partner's private answers about a held meeting (answering again
        replaces them)."""
        word = " ".join(word.split())
        if problems := feedback_problems(useful, balance, word):
            raise ValidationError(problems)
        day = today(self._clock)
        with self._store.writing() as uow:
            session = uow.sessions.get(session_id)
            pair = uow.pairs.get(session.pair_id)
            if person_id not in (pair.mentor.id, pair.mentee.id):
                raise UserFacingError(
                    translate("Feedback", "Only the two partners give feedback on their meetings.")
                )
            if session.status is not SessionStatus.HELD:
                raise UserFacingError(
                    translate("Feedback", "Feedback is given on a meeting that was held.")
                )
            if pair.status(day) is PairStatus.ENDED and day > (pair.ended_on or day):
                raise UserFacingError(
                    translate("Feedback", "{pair} has ended.").format(pair=pair.title)
                )
            uow.feedback.put(Feedback(session_id, person_id, useful, balance, word, day))
            uow.commit()
        # The pair's health follows; the session's record is not touched (an editor open
        # on it keeps what is being typed).
        return ChangeSet(pairs=frozenset({pair.id}))

    def about(self, session_id: int) -> FeedbackState:
        """Who answered about a meeting; the answers only once both have."""
        with self._store.reading() as uow:
            session = uow.sessions.get(session_id)
            pair = uow.pairs.get(session.pair_id)
            given = uow.feedback.of_session(session_id)
        revealed = _both(pair, session.scheduled_for, given)
        return FeedbackState(session_id, frozenset(f.person_id for f in given), revealed)

    def view(self, pair: Pair) -> FeedbackView:
        """The pair's feedback and balance as the Health tab shows them: three reads;
        the trend of the last RECENT weeks, as the attention rules read it (its cost
        does not grow with the pair's history)."""
        since = self._clock.now() - RECENT
        with self._store.reading() as uow:
            last = uow.feedback.last_held(pair.id)
            given = uow.feedback.of_pairs([pair.id], since)[pair.id]
            owners = uow.sessions.item_owners([pair.id])[pair.id]
            if last is not None and last[1] < since:  # held long ago: read its own
                given += [(last[1], f) for f in uow.feedback.of_session(last[0])]
        state = None
        if last is not None:
            on_last = [f for _held, f in given if f.session_id == last[0]]
            state = FeedbackState(
                last[0],
                frozenset(f.person_id for f in on_last),
                _both(pair, last[1], on_last),
            )
        return FeedbackView(
            (last[0], last[1].date()) if last else None,
            state,
            answered_together(pair, given),
            _shares(pair, owners),
        )

    def history(self, pair_id: int) -> list[MeetingFeedback]:
        """The pair's meetings both partners answered about, oldest first."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            given = uow.feedback.of_pairs([pair_id])[pair_id]
        return answered_together(pair, given)

    def items(self, pair_id: int) -> tuple[ItemShare, ItemShare]:
        """Who owns the pair's action items: the mentor's (first peer's), the mentee's."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            owners = uow.sessions.item_owners([pair_id])[pair_id]
        return _shares(pair, owners)


def _shares(pair: Pair, owners: dict[int, tuple[int, int]]) -> tuple[ItemShare, ItemShare]:
    mentor, mentee = (
        ItemShare(p.id, p.name, *owners.get(p.id, (0, 0))) for p in (pair.mentor, pair.mentee)
    )
    return mentor, mentee


def _both(pair: Pair, held: datetime, given: Sequence[Feedback]) -> MeetingFeedback | None:
    by = {f.person_id: f for f in given}
    mentor, mentee = by.get(pair.mentor.id), by.get(pair.mentee.id)
    if mentor is None or mentee is None:
        return None
    return MeetingFeedback(mentor.session_id, held.date(), mentor, mentee)


def answered_together(
    pair: Pair, given: Sequence[tuple[datetime, Feedback]]
) -> list[MeetingFeedback]:
    """The meetings of `given` (answers with when their meeting was, oldest first) that
    both partners answered about, oldest first."""
    by_session: dict[int, tuple[datetime, list[Feedback]]] = {}
    for held, feedback in given:
        by_session.setdefault(feedback.session_id, (held, []))[1].append(feedback)
    found = [_both(pair, held, answers) for held, answers in by_session.values()]
    return [m for m in found if m is not None]


def share_of(shares: Sequence[ItemShare]) -> tuple[str, float] | None:
    """Whose open items are most of them, and what share, when there are any."""
    total = sum(s.open for s in shares)
    if not total:
        return None
    top = max(shares, key=lambda s: s.open)
    return top.name, top.open / total
