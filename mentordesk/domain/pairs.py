"""Pairs and their mentoring agreement."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from mentordesk.domain.date_words import day_text
from mentordesk.domain.people import Person
from mentordesk.domain.quarters import QuarterMode, quarter_number
from mentordesk.domain.text import clean_line, line_problem, text_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, ValidationError

END_REASON_MAX = 2000


class Role(StrEnum):
    """Which side of a pair a person is on."""

    MENTOR = "mentor"
    MENTEE = "mentee"


class PairKind(StrEnum):
    """How a pair works: a mentor guiding a mentee, or peers who both teach and learn."""

    MENTORING = "mentoring"
    PEERS = "peers"


class PairStatus(StrEnum):
    """Where a pair stands on a given day."""

    UPCOMING = "upcoming"
    ACTIVE = "active"
    ENDED = "ended"


@dataclass(frozen=True)
class AgreementText:
    """The words of a mentoring agreement, which both partners sign."""

    cadence: str = ""
    expectations: str = ""
    confidentiality: bool = True
    ending: str = ""
    runs_until: date | None = None  # how long the partnership runs (None: open-ended)
    review_on: date | None = None  # when the two read it together again

    def cleaned(self) -> AgreementText:
        """The text with surrounding blanks trimmed."""
        return replace(
            self,
            cadence=clean_line(self.cadence),
            expectations=self.expectations.strip(),
            ending=self.ending.strip(),
        )

    def problems(self) -> list[Problem]:
        """What is wrong with the text, keyed by field name."""
        found = [
            (
                "cadence",
                line_problem(
                    self.cadence, translate("Pairs", "the cadence"), required=False, limit=500
                ),
            ),
            (
                "expectations",
                text_problem(self.expectations, translate("Pairs", "the expectations")),
            ),
            ("ending", text_problem(self.ending, translate("Pairs", "how to end"))),
        ]
        problems = [Problem(field, message) for field, message in found if message]
        if self.runs_until and self.review_on and self.review_on > self.runs_until:
            problems.append(
                Problem(
                    "review_on",
                    translate("Pairs", "review the agreement before the partnership ends"),
                )
            )
        return problems

    def date_problems(self, started_on: date) -> list[Problem]:
        """The dates against the pair's start: neither before it."""
        return [
            Problem(
                field,
                translate("Pairs", "the pair started on {day}").format(day=day_text(started_on)),
            )
            for field, day in (("runs_until", self.runs_until), ("review_on", self.review_on))
            if day is not None and day < started_on
        ]

    @property
    def is_blank(self) -> bool:
        """True when nothing has been written yet."""
        return not (self.cadence or self.expectations or self.ending)


@dataclass(frozen=True)
class Agreement:
    """A pair's agreement: its text and the date each partner signed that text."""

    text: AgreementText
    signed_by_mentor_on: date | None = None
    signed_by_mentee_on: date | None = None

    @property
    def fully_signed(self) -> bool:
        """True once both partners have signed."""
        return self.signed_by_mentor_on is not None and self.signed_by_mentee_on is not None

    def signed_on(self, role: Role) -> date | None:
        """When `role` signed, if they have."""
        return self.signed_by_mentor_on if role is Role.MENTOR else self.signed_by_mentee_on

    def rewritten(self, text: AgreementText) -> Agreement:
        """The agreement with new text; changed words need fresh signatures."""
        if text == self.text:
            return self
        return Agreement(text)

    def signed(self, role: Role, on: date) -> Agreement:
        """The agreement signed by `role` on `on`."""
        if role is Role.MENTOR:
            return replace(self, signed_by_mentor_on=on)
        return replace(self, signed_by_mentee_on=on)


@dataclass(frozen=True)
class Pair:
    """A mentor and a mentee (or, of `PairKind.PEERS`, two peers: the one in the mentor's
    place simply named first) working together from `started_on`."""

    id: int
    external_id: str
    mentor: Person
    mentee: Person
    started_on: date
    quarters: QuarterMode = QuarterMode.PARTNERSHIP
    ended_on: date | None = None
    end_reason: str | None = None
    agreement: Agreement | None = None
    kind: PairKind = PairKind.MENTORING
    # On ending, each partner's closing reflection: the mentor's (first peer's), the
    # mentee's ('' when not written).
    closing: tuple[str, str] = ("", "")

    @property
    def title(self) -> str:
        """'Mentor → Mentee' (peers: 'Ana ↔ Ben'), as lists show it."""
        arrow = "↔" if self.kind is PairKind.PEERS else "→"
        return f"{self.mentor.name} {arrow} {self.mentee.name}"

    @property
    def peers(self) -> bool:
        """Whether both partners teach and learn (each with goals of their own)."""
        return self.kind is PairKind.PEERS

    @property
    def growing(self) -> tuple[Role, ...]:
        """Whose goals a quarter is planned around: both peers, or the mentee (a mentor
        may add a growth goal of their own, which is not expected)."""
        return (Role.MENTOR, Role.MENTEE) if self.peers else (Role.MENTEE,)

    def role_word(self, role: Role) -> str:
        """'mentor' or 'mentee'; in a peer pair, 'peer'."""
        if self.peers:
            return translate("Pairs", "peer")
        return translate("Pairs", "mentor") if role is Role.MENTOR else translate("Pairs", "mentee")

    def goal_owner_words(self, role: Role) -> str:
        """Whose goals these are, as a heading says it: "Ben's goals", or for a mentor's
        "Ana's growth goals (what I learn by teaching)"."""
        name = self.person(role).name
        if role is Role.MENTOR and not self.peers:
            return translate("Pairs", "{name}'s growth goals (what I learn by teaching)").format(
                name=name
            )
        return translate("Pairs", "{name}'s goals").format(name=name)

    def status(self, today: date) -> PairStatus:
        """Upcoming before the start, ended from the end date on, else active."""
        if self.ended_on is not None and self.ended_on <= today:
            return PairStatus.ENDED
        if self.started_on > today:
            return PairStatus.UPCOMING
        return PairStatus.ACTIVE

    def editable(self, today: date) -> bool:
        """Whether the pair's records can still be changed: not once it has ended."""
        return self.status(today) is not PairStatus.ENDED

    def current_quarter(self, today: date) -> int | None:
        """The quarter number today falls in while the pair is active, else None."""
        if self.status(today) is not PairStatus.ACTIVE:
            return None
        return quarter_number(self.started_on, self.quarters, today)

    def person(self, role: Role) -> Person:
        """The partner in `role`."""
        return self.mentor if role is Role.MENTOR else self.mentee


class PairView(NamedTuple):
    """The chosen pair as the screens need it, read once when it is chosen (and again
    when it changes): the pair, today, and the rule that follows from the two. (A
    NamedTuple: its class is built at every start, and that is cheaper.)"""

    pair: Pair
    today: date

    @property
    def id(self) -> int:
        """The pair's id."""
        return self.pair.id

    @property
    def editable(self) -> bool:
        """Whether its records can still be changed (not once it has ended)."""
        return self.pair.editable(self.today)


def pair_problems(
    mentor_id: Hashable | None,
    mentee_id: Hashable | None,
    started_on: date,
    ended_on: date | None,
) -> list[Problem]:
    """The rules every pair keeps: two different people, no end before the start.

    The people are named by any identifier: database ids, or external ids in a file.
    """
    problems = []
    if mentor_id is None:
        problems.append(Problem("mentor", translate("Pairs", "choose a mentor")))
    if mentee_id is None:
        problems.append(Problem("mentee", translate("Pairs", "choose a mentee")))
    if mentor_id is not None and mentor_id == mentee_id:
        problems.append(
            Problem(
                "mentee", translate("Pairs", "the mentee must be someone other than the mentor")
            )
        )
    if ended_on is not None and ended_on < started_on:
        problems.append(_end_before_start(started_on, ended_on))
    return problems


def _end_before_start(started_on: date, ended_on: date) -> Problem:
    return Problem(
        "ended_on",
        translate("Pairs", "the end ({end}) is before the start ({start})").format(
            end=day_text(ended_on), start=day_text(started_on)
        ),
    )


def end_problems(started_on: date, ended_on: date, reason: str) -> list[Problem]:
    """What is wrong with ending a pair on `ended_on` for `reason`."""
    problems = [_end_before_start(started_on, ended_on)] if ended_on < started_on else []
    if not reason.strip():
        problems.append(
            Problem(
                "end_reason", translate("Pairs", "say why the pair ends (a no-fault end is fine)")
            )
        )
    elif len(reason) > END_REASON_MAX:
        problems.append(
            Problem(
                "end_reason",
                translate("Pairs", "keep the reason under {most} characters").format(
                    most=END_REASON_MAX
                ),
            )
        )
    elif msg := text_problem(reason, translate("Pairs", "the reason")):
        problems.append(Problem("end_reason", msg))
    return problems


def raise_if(problems: list[Problem]) -> None:
    """Raise a ValidationError when `problems` is not empty."""
    if problems:
        raise ValidationError(problems)
