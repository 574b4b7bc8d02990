"""Feedback after a meeting: two quick questions each partner answers privately, and
what their answers over the last meetings say about the pair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mentordesk.domain.text import line_problem
from mentordesk.domain.words import QT_TRANSLATE_NOOP, translate
from mentordesk.errors import Problem

# In English; shown with translate("Feedback", text).
USEFUL_QUESTION = QT_TRANSLATE_NOOP("Feedback", "How useful was this meeting for you?")
USEFUL_ANSWERS = (
    QT_TRANSLATE_NOOP("Feedback", "Not useful"),
    QT_TRANSLATE_NOOP("Feedback", "A little"),
    QT_TRANSLATE_NOOP("Feedback", "Somewhat"),
    QT_TRANSLATE_NOOP("Feedback", "Useful"),
    QT_TRANSLATE_NOOP("Feedback", "Very useful"),
)
BALANCE_QUESTION = QT_TRANSLATE_NOOP("Feedback", "Who did the talking and the work?")
BALANCE_ANSWERS = (
    QT_TRANSLATE_NOOP("Feedback", "I did almost all of it"),
    QT_TRANSLATE_NOOP("Feedback", "I did more"),
    QT_TRANSLATE_NOOP("Feedback", "Evenly shared"),
    QT_TRANSLATE_NOOP("Feedback", "My partner did more"),
    QT_TRANSLATE_NOOP("Feedback", "My partner did almost all of it"),
)
WORD_MAX = 200

# What the last meetings both partners answered for say (read by the attention rules).
RECENT_MEETINGS = 3  # the last meetings both answered for
SIGNAL_FROM = 2  # the attention rules read feedback once this many meetings have it
LOW_USEFUL = 2.5  # their usefulness averaging this or less (of 5)
DIVERGING = 2.0  # the two partners' usefulness apart by this much on average
LEANING = 1.0  # balance leaning this far towards one partner on average (of 2)


@dataclass(frozen=True)
class Feedback:
    """One partner's answers about one held meeting: 1-5 each, and an optional word."""

    session_id: int
    person_id: int
    useful: int
    balance: int  # 1: I did almost all of it … 3: evenly shared … 5: my partner did
    word: str
    answered_on: date

    def lean(self, mentor_id: int) -> int:
        """How far the talking and work leant towards the pair's mentor (or first peer),
        -2 to 2, as this partner saw it."""
        return 3 - self.balance if self.person_id == mentor_id else self.balance - 3


def feedback_problems(useful: int, balance: int, word: str) -> list[Problem]:
    """What is wrong with a partner's answers."""
    problems = [
        Problem(field, translate("Feedback", "choose an answer from 1 to 5"))
        for field, value in (("useful", useful), ("balance", balance))
        if not 1 <= value <= 5
    ]
    if message := line_problem(
        word, translate("Feedback", "the word"), required=False, limit=WORD_MAX
    ):
        problems.append(Problem("word", message))
    return problems


@dataclass(frozen=True)
class MeetingFeedback:
    """Both partners' answers about one meeting (only once both have answered)."""

    session_id: int
    held_on: date
    mentor: Feedback
    mentee: Feedback

    @property
    def useful(self) -> float:
        """The two partners' usefulness, averaged."""
        return (self.mentor.useful + self.mentee.useful) / 2

    @property
    def gap(self) -> int:
        """How far apart the two found it useful."""
        return abs(self.mentor.useful - self.mentee.useful)

    @property
    def lean(self) -> float:
        """How far the talking and work leant towards the mentor (negative: the
        mentee), -2 to 2, as both saw it together."""
        mentor_id = self.mentor.person_id
        return (self.mentor.lean(mentor_id) + self.mentee.lean(mentor_id)) / 2


@dataclass(frozen=True)
class FeedbackTrend:
    """What the last meetings both partners answered for say, in numbers."""

    meetings: int  # how many (at most RECENT_MEETINGS)
    useful: float
    gap: float
    lean: float
    change: float = 0.0  # usefulness at the last of them less at the first

    @property
    def direction(self) -> str:
        """'rising', 'falling' or 'steady': how usefulness moved over these meetings."""
        if self.change >= 1:
            return translate("Feedback", "rising")
        if self.change <= -1:
            return translate("Feedback", "falling")
        return translate("Feedback", "steady")

    @property
    def telling(self) -> bool:
        """Enough meetings for a pattern, not one meeting's mood."""
        return self.meetings >= SIGNAL_FROM

    @property
    def low(self) -> bool:
        """The meetings felt of little use."""
        return self.telling and self.useful <= LOW_USEFUL

    @property
    def diverging(self) -> bool:
        """One partner finds them far more useful than the other."""
        return self.telling and self.gap >= DIVERGING

    @property
    def leaning(self) -> int:
        """1 when the mentor (first peer) did most of the talking and work, -1 when the
        mentee (second peer) did, else 0 (also while too few meetings tell)."""
        if not self.telling:
            return 0
        if self.lean >= LEANING:
            return 1
        return -1 if self.lean <= -LEANING else 0


def trend(answered: Sequence[MeetingFeedback]) -> FeedbackTrend | None:
    """The trend of the last RECENT_MEETINGS meetings of `answered` (oldest first), or
    None when there are none."""
    recent = list(answered)[-RECENT_MEETINGS:]
    if not recent:
        return None
    n = len(recent)
    return FeedbackTrend(
        n,
        sum(m.useful for m in recent) / n,
        sum(m.gap for m in recent) / n,
        sum(m.lean for m in recent) / n,
        recent[-1].useful - recent[0].useful,
    )
