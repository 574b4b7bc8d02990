"""Pair health: health checks, and when a pair needs attention (and which checklist fits:
the checklists themselves are in domain/checklists.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.domain.date_words import day_text
from mentordesk.domain.feedback import FeedbackTrend
from mentordesk.domain.words import QT_TRANSLATE_NOOP, one_decimal, one_or_many, translate

# In English, as stored and exported; shown with translate("Health", question).
HEALTH_QUESTIONS = (
    QT_TRANSLATE_NOOP("Health", "Our meetings happen as planned"),
    QT_TRANSLATE_NOOP("Health", "We both come prepared"),
    QT_TRANSLATE_NOOP("Health", "The balance of talking and listening feels right"),
    QT_TRANSLATE_NOOP("Health", "I get what I hoped for from this pair"),
    QT_TRANSLATE_NOOP("Health", "I feel safe raising problems with my partner"),
)
SCALE = (1, 5)

# When a pair needs attention, and which checklist fits.
MISSED_IN_A_ROW = 2
OVERDUE_ITEMS = 3
QUIET_DAYS = 21
GOALS_BEHIND = 2  # both of one partner's goals of the quarter behind schedule
LOW_HEALTH = 2.5  # a health check averaging this or less (of 5), once both answered
NEW_PAIR_DAYS = 28  # a pair this young that has held fewer than two meetings is "new"
NO_CHECKIN_DAYS = 28  # this long without a check-in on the quarter's open goals
ITEMS_LEAD = 0.75  # one partner owns this share of the open action items, or more,
ITEMS_LEAD_FROM = 4  # of at least this many


@dataclass(frozen=True)
class HealthAnswer:
    """One partner's private answers for a quarter: 1-5 per question and a comment."""

    person_id: int
    quarter: int
    scores: tuple[int, ...]
    comment: str
    answered_on: date


def score_problem(scores: tuple[int, ...]) -> str | None:
    """What is wrong with a set of answers, or None."""
    low, high = SCALE
    if len(scores) != len(HEALTH_QUESTIONS):
        return translate("Health", "answer all {n} questions").format(n=len(HEALTH_QUESTIONS))
    if any(not low <= s <= high for s in scores):
        return translate("Health", "each answer is from {low} to {high}").format(low=low, high=high)
    return None


@dataclass(frozen=True)
class HealthSignals:
    """The numbers that tell whether a pair is doing well."""

    days_since_meeting: int | None
    missed_in_a_row: int
    overdue_items: int
    goals_behind: int
    open_runs: int
    attendance: float | None  # held / (held + missed) in the last 13 weeks; None: no meeting
    health_check: float | None = None  # the latest check both answered: its mean, 1-5
    new: bool = False  # formed under NEW_PAIR_DAYS ago, fewer than two meetings held
    feedback: FeedbackTrend | None = None  # the last meetings both partners answered for
    names: tuple[str, str] = ("", "")  # the mentor's (first peer's), the mentee's
    open_items: tuple[int, int] = (0, 0)  # the open action items each of them owns
    days_since_checkin: int | None = None  # since the last one on the quarter's open goals
    behind_of: str | None = None  # the partner with both (or more) goals behind schedule
    peers: bool = False  # a peer pair (in mentor → mentee pairs the mentee owns most items)
    review_due: date | None = None  # the agreement's review date, once it has come

    @property
    def leaning(self) -> str | None:
        """Who did most of the talking and the work, as both partners saw it, if one did."""
        if self.feedback is None or not self.feedback.leaning:
            return None
        return self.names[0] if self.feedback.leaning > 0 else self.names[1]

    @property
    def items_lead(self) -> tuple[str, int, int] | None:
        """Who owns most of the open action items: (name, theirs, all), if one does."""
        total = sum(self.open_items)
        if total < ITEMS_LEAD_FROM:
            return None
        # A mentee holding most of the items is the usual shape of mentoring: only a
        # mentor holding most, or one of two peers, is a sign of an uneven load.
        partners = zip(self.names, self.open_items, strict=True)
        for name, theirs in partners if self.peers else [(self.names[0], self.open_items[0])]:
            if theirs / total >= ITEMS_LEAD:
                return name, theirs, total
        return None

    @property
    def quiet_goals(self) -> bool:
        """No check-in on the quarter's open goals for NO_CHECKIN_DAYS or more."""
        return self.days_since_checkin is not None and self.days_since_checkin >= NO_CHECKIN_DAYS

    @property
    def load_unshared(self) -> bool:
        """One partner carries the load: most of the talking and work, or the items."""
        return self.leaning is not None or self.items_lead is not None

    @property
    def reasons(self) -> list[str]:
        """Why the pair needs attention, in plain words (empty when it does not)."""
        found = []
        if self.missed_in_a_row >= MISSED_IN_A_ROW:
            found.append(
                one_or_many(
                    self.missed_in_a_row,
                    translate("Health", "{n} meeting missed in a row"),
                    translate("Health", "{n} meetings missed in a row"),
                )
            )
        if self.overdue_items >= OVERDUE_ITEMS:
            found.append(
                one_or_many(
                    self.overdue_items,
                    translate("Health", "{n} action item overdue"),
                    translate("Health", "{n} action items overdue"),
                )
            )
        if self.days_since_meeting is not None and self.days_since_meeting > QUIET_DAYS:
            found.append(
                one_or_many(
                    self.days_since_meeting,
                    translate("Health", "no meeting for {n} day"),
                    translate("Health", "no meeting for {n} days"),
                )
            )
        if self.behind_of is not None:
            found.append(
                translate("Health", "{name}'s goals are behind schedule").format(
                    name=self.behind_of
                )
            )
        if self.health_check is not None and self.health_check <= LOW_HEALTH:
            found.append(
                translate("Health", "the health check averages {average} of 5").format(
                    average=one_decimal(self.health_check)
                )
            )
        if self.quiet_goals:
            found.append(
                translate("Health", "no check-in on this quarter's goals for {n} days").format(
                    n=self.days_since_checkin
                )
            )
        if self.review_due is not None:
            found.append(
                translate(
                    "Health",
                    "the agreement's review date ({day}) has come: read it together and set "
                    "the next one",
                ).format(day=day_text(self.review_due))
            )
        found += self._feedback_reasons()
        if (lead := self.items_lead) is not None:
            name, theirs, total = lead
            found.append(
                translate("Health", "{name} owns {theirs} of the {total} open action items").format(
                    name=name, theirs=theirs, total=total
                )
            )
        return found

    def _feedback_reasons(self) -> list[str]:
        trend = self.feedback
        if trend is None:
            return []
        found = []
        if trend.low:
            found.append(
                one_or_many(
                    trend.meetings,
                    translate(
                        "Health", "meetings felt of little use ({useful} of 5, last {n} meeting)"
                    ),
                    translate(
                        "Health", "meetings felt of little use ({useful} of 5, last {n} meetings)"
                    ),
                    useful=one_decimal(trend.useful),
                )
            )
        if trend.diverging:
            found.append(
                translate("Health", "the two of you rate the meetings {gap} points apart").format(
                    gap=one_decimal(trend.gap)
                )
            )
        if (name := self.leaning) is not None:
            found.append(
                translate(
                    "Health", "{name} did most of the talking and the work, as you both saw it"
                ).format(name=name)
            )
        return found

    @property
    def needs_attention(self) -> bool:
        """True when any attention rule fires."""
        return bool(self.reasons)

    @property
    def suggested_checklist(self) -> str | None:
        """The built-in checklist that fits the signals, if one does."""
        if self.missed_in_a_row >= MISSED_IN_A_ROW or (
            self.days_since_meeting is not None and self.days_since_meeting > QUIET_DAYS
        ):
            return "scheduling"
        if self.overdue_items >= OVERDUE_ITEMS or self.load_unshared:
            return "imbalance"
        low = self.health_check is not None and self.health_check <= LOW_HEALTH
        unhappy = self.feedback is not None and (self.feedback.low or self.feedback.diverging)
        review = self.review_due is not None
        if self.behind_of is not None or low or unhappy or self.quiet_goals or review:
            return "expectations"
        return None

    @property
    def standing(self) -> str:
        """The pair's health in a few words: what needs attention, else new or well."""
        if self.needs_attention:
            return translate("Health", "Needs attention: {reasons}").format(
                reasons="; ".join(self.reasons)
            )
        if self.new:
            return translate("Health", "New: getting started")
        return translate("Health", "Doing well")
