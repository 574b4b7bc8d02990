"""Gentle reminders, worked out on the pair's own machine: which are due at a moment, from
what is known of a pair then. Nothing is sent anywhere; the window shows them.

Each kind can be turned off, and none is shown more than once a day for a pair (the
`Shown` record says when each was last shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from mentordesk.domain.date_words import day_text, time_text, zone_note
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.words import QT_TRANSLATE_NOOP, one_or_many, translate

SOON = timedelta(minutes=15)  # a meeting this close is announced
SERIES_ENDING_DAYS = 14  # a series ending this soon, with the pair going on, is offered longer
REVIEW_DAYS = 14  # the quarter's last two weeks: its review and health check are due
AGREEMENT_DAYS = 14  # the agreement's review is reminded of this long after its date
UNRECORDED_DAYS = 8  # a meeting unrecorded this long ago is no longer "last week's"
RECORD_AFTER = timedelta(hours=12)  # time to record a meeting before it is reminded of


class ReminderKind(StrEnum):
    """What a reminder is about; each can be turned off on its own."""

    MEETING_SOON = "meeting-soon"
    PREPARE_AGENDA = "prepare-agenda"
    UNRECORDED = "unrecorded"
    OVERDUE_ITEMS = "overdue-items"
    SERIES_ENDING = "series-ending"
    REVIEW_DUE = "review-due"
    AGREEMENT_REVIEW = "agreement-review"


# In English; shown with translate("Reminders", words).
KIND_WORDS: dict[ReminderKind, str] = {
    ReminderKind.MEETING_SOON: QT_TRANSLATE_NOOP("Reminders", "A meeting starts in 15 minutes"),
    ReminderKind.PREPARE_AGENDA: QT_TRANSLATE_NOOP(
        "Reminders", "Prepare the agenda the day before a meeting"
    ),
    ReminderKind.UNRECORDED: QT_TRANSLATE_NOOP(
        "Reminders", "Last week's meeting is not recorded yet"
    ),
    ReminderKind.OVERDUE_ITEMS: QT_TRANSLATE_NOOP("Reminders", "Action items are overdue"),
    ReminderKind.SERIES_ENDING: QT_TRANSLATE_NOOP(
        "Reminders", "The meeting series ends with the quarter"
    ),
    ReminderKind.REVIEW_DUE: QT_TRANSLATE_NOOP(
        "Reminders", "The quarter review and health check are due"
    ),
    ReminderKind.AGREEMENT_REVIEW: QT_TRANSLATE_NOOP(
        "Reminders", "The agreement's review date has come"
    ),
}


@dataclass(frozen=True)
class PairFacts:
    """What reminders need to know of one pair at a moment."""

    pair_id: int
    title: str
    next_meeting: Occurrence | None  # the next one not yet begun (or on now)
    unrecorded: tuple[Occurrence, ...] = ()  # meetings over, with no record of them
    overdue_items: int = 0
    series_until: date | None = None  # the last day of the live series (the latest)
    goes_on_until: date | None = None  # the pair's end, planned or agreed (None: open)
    quarter_ends: date | None = None
    review_open: bool = False  # a goal of the quarter has no outcome yet
    check_open: bool = False  # a partner has not answered the quarter's health check
    agreement_review: date | None = None


@dataclass(frozen=True)
class Reminder:
    """One reminder: its kind, the pair, what it says, and what it is about."""

    kind: ReminderKind
    pair_id: int
    title: str
    text: str
    about: Occurrence | None = None  # the meeting, for those about one

    @property
    def key(self) -> str:
        """One reminder of a kind a day per pair (and per meeting, for a meeting's own):
        the record's key."""
        meeting = (
            f":{self.about.start.isoformat()}"
            if self.kind is ReminderKind.MEETING_SOON and self.about
            else ""
        )
        return f"{self.kind.value}:{self.pair_id}{meeting}"


def due_reminders(
    facts: Iterable[PairFacts], now: datetime, off: Iterable[ReminderKind] = ()
) -> list[Reminder]:
    """The reminders due at `now` (aware), of the kinds not turned `off`."""
    skipped = set(off)
    return [r for f in facts for r in _of_pair(f, now) if r.kind not in skipped]


def _of_pair(facts: PairFacts, now: datetime) -> list[Reminder]:
    today = now.date()
    pair, title = facts.pair_id, facts.title
    found = []
    meeting = facts.next_meeting
    if meeting is not None and meeting.start - SOON <= now < meeting.start:
        minutes = max(1, round((meeting.start - now).total_seconds() / 60))
        at = time_text(meeting.start) + zone_note(meeting.start)
        text = (
            translate("Reminders", "At {time} — {place}. Click to open meeting mode.").format(
                time=at, place=meeting.location
            )
            if meeting.location
            else translate("Reminders", "At {time}. Click to open meeting mode.").format(time=at)
        )
        found.append(
            Reminder(
                ReminderKind.MEETING_SOON,
                pair,
                translate("Reminders", "{title}: meeting in {minutes} min").format(
                    title=title, minutes=minutes
                ),
                text,
                meeting,
            )
        )
    if meeting is not None and meeting.start.astimezone(now.tzinfo).date() == today + timedelta(1):
        found.append(
            Reminder(
                ReminderKind.PREPARE_AGENDA,
                pair,
                translate("Reminders", "{title}: meeting tomorrow").format(title=title),
                translate(
                    "Reminders",
                    "Tomorrow at {time}. Add what you want to talk about, and send the agenda "
                    "ahead. Click to see it.",
                ).format(time=time_text(meeting.start) + zone_note(meeting.start)),
                meeting,
            )
        )
    recent = [
        o
        for o in facts.unrecorded
        if (today - o.start.date()).days <= UNRECORDED_DAYS and o.end + RECORD_AFTER <= now
    ]
    if recent:
        last = recent[-1]
        found.append(
            Reminder(
                ReminderKind.UNRECORDED,
                pair,
                translate("Reminders", "{title}: meeting not recorded").format(title=title),
                translate(
                    "Reminders",
                    "The meeting of {day} has no record yet: note whether it was held. "
                    "Click to open it.",
                ).format(day=day_text(last.start.date(), weekday=True, year=False)),
                last,
            )
        )
    if facts.overdue_items:
        many = facts.overdue_items
        found.append(
            Reminder(
                ReminderKind.OVERDUE_ITEMS,
                pair,
                one_or_many(
                    many,
                    translate("Reminders", "{title}: {n} action item overdue"),
                    translate("Reminders", "{title}: {n} action items overdue"),
                    title=title,
                ),
                translate(
                    "Reminders", "They carry over to the next agenda. Click to see the session log."
                ),
            )
        )
    found += _quarter_reminders(facts, today)
    review = facts.agreement_review
    if review is not None and review <= today < review + timedelta(AGREEMENT_DAYS):
        found.append(
            Reminder(
                ReminderKind.AGREEMENT_REVIEW,
                pair,
                translate("Reminders", "{title}: read your agreement again").format(title=title),
                translate(
                    "Reminders",
                    "Its review date ({day}) has come: read it together and agree what to "
                    "change. Click to open it.",
                ).format(day=day_text(review)),
            )
        )
    return found


def _quarter_reminders(facts: PairFacts, today: date) -> list[Reminder]:
    found = []
    until, goes_on = facts.series_until, facts.goes_on_until
    ending = until is not None and today <= until <= today + timedelta(SERIES_ENDING_DAYS)
    if ending and until is not None and (goes_on is None or goes_on > until):
        found.append(
            Reminder(
                ReminderKind.SERIES_ENDING,
                facts.pair_id,
                translate("Reminders", "{title}: meetings end {day}").format(
                    title=facts.title, day=day_text(until, year=False)
                ),
                translate(
                    "Reminders",
                    "The weekly meeting ends with the quarter, and the pairing goes on. "
                    "Click to carry them on through the next quarter.",
                ),
            )
        )
    ends = facts.quarter_ends
    last_weeks = ends is not None and today <= ends < today + timedelta(REVIEW_DAYS)
    if last_weeks and ends is not None and (facts.review_open or facts.check_open):
        if facts.review_open and facts.check_open:
            text = translate(
                "Reminders",
                "Time to review the quarter's goals and answer the health check. "
                "Click to open the goals.",
            )
        elif facts.review_open:
            text = translate(
                "Reminders", "Time to review the quarter's goals. Click to open the goals."
            )
        else:
            text = translate(
                "Reminders", "Time to answer the health check. Click to open the goals."
            )
        found.append(
            Reminder(
                ReminderKind.REVIEW_DUE,
                facts.pair_id,
                translate("Reminders", "{title}: the quarter ends {day}").format(
                    title=facts.title, day=day_text(ends, year=False)
                ),
                text,
            )
        )
    return found


@dataclass
class Shown:
    """When each reminder was last shown (its key to the day)."""

    days: dict[str, date]

    def fresh(self, reminders: Iterable[Reminder], today: date) -> list[Reminder]:
        """Those not shown yet today, one of a key."""
        found, keys = [], set()
        for reminder in reminders:
            if self.days.get(reminder.key) != today and reminder.key not in keys:
                keys.add(reminder.key)
                found.append(reminder)
        return found

    def mark(self, reminders: Iterable[Reminder], today: date) -> None:
        """Remember these as shown today."""
        for reminder in reminders:
            self.days[reminder.key] = today

    @classmethod
    def of(cls, raw: Mapping[str, str]) -> Shown:
        """From its stored form (key to ISO day); what cannot be read is forgotten."""
        days = {}
        for key, value in raw.items():
            try:
                days[str(key)] = date.fromisoformat(str(value))
            except ValueError:
                continue
        return cls(days)

    def stored(self) -> dict[str, str]:
        """Its stored form."""
        return {key: day.isoformat() for key, day in sorted(self.days.items())}
