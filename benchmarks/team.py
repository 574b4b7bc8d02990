"""A large, realistic team as an interchange document, made the same way every time."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from words import vocabulary, zipf_weights

from mentordesk.domain.quarters import QuarterMode, quarter, quarter_number

# A few thousand words drawn by Zipf's law (words.py): a search finds what it would in
# life, not one note in 37.
WORDS = vocabulary()
WEIGHTS = zipf_weights(WORDS)
# Where and when pairs meet, drawn per pair: a team's meetings spread over the working
# week and day, mostly in one office's zone (identical series would let a cache of
# meeting times look better than it would on a real team).
ZONES = ("Europe/Berlin",) * 6 + ("Europe/London", "America/New_York", "Asia/Kolkata")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
STARTS = tuple(time(hour, minute) for hour in range(9, 18) for minute in (0, 30))
DURATIONS = (30, 45, 45, 60)


def note(chance: random.Random, words: int = 200) -> str:
    """About `words` words of plausible notes."""
    sentences, count = [], 0
    while count < words:
        length = chance.randint(8, 16)
        drawn = chance.choices(WORDS, cum_weights=WEIGHTS, k=length)
        sentences.append(" ".join(drawn).capitalize() + ".")
        count += length
    return " ".join(sentences)


# One pair in TROUBLE_EVERY stopped meeting five weeks ago, one in OVERDUE_EVERY let four
# action items run overdue: a team where a few pairs need attention, as in life (with
# every pair flagged, the health view measured nothing a person would see).
TROUBLE_EVERY, OVERDUE_EVERY, QUIET_WEEKS = 8, 11, 5


def on_track(span: Any, today: date) -> int:
    """Progress in step with the share of the quarter gone (never 'behind schedule')."""
    gone = (today - span.starts_on).days / max(1, (span.ends_on - span.starts_on).days)
    return min(100, max(10, round(100 * gone / 10) * 10))


def checkins_of(span: Any, today: date, *, done: bool) -> list[dict[str, Any]]:
    """A check-in every three weeks of the quarter up to today, in step with the quarter
    (a pair that checks in as it goes: never 'no check-in for weeks')."""
    last = min(today, span.ends_on)
    days = [
        span.starts_on + timedelta(days=n) for n in range(21, (last - span.starts_on).days + 1, 21)
    ]
    days = days or [min(today, span.starts_on + timedelta(days=1))]
    return [
        {
            "on": day.isoformat(),
            "progress": 100 if done and day == days[-1] else on_track(span, day),
            "note": "on track",
        }
        for day in days
    ]


def team_document(
    today: date, pairs: int = 80, weeks: int = 100, seed: int = 2026
) -> dict[str, Any]:
    """`pairs` pairs, each meeting weekly for the last `weeks` weeks up to this week and
    planned on for a quarter; a few of them in trouble (see TROUBLE_EVERY)."""
    chance = random.Random(seed)
    people, pair_docs = [], []
    this_monday = today - timedelta(days=today.weekday())
    for index in range(pairs):
        mentor, mentee = f"mentor{index:03d}", f"mentee{index:03d}"
        people += [
            {
                "id": mentor,
                "name": f"Mentor {index:03d}",
                "email": f"{mentor}@example.org",
                "department": chance.choice(("Platform", "Data", "Mobile", "Design")),
            },
            {
                "id": mentee,
                "name": f"Mentee {index:03d}",
                "email": f"{mentee}@example.org",
                "department": None,
            },
        ]
        weekday = chance.randrange(len(WEEKDAYS))
        at, zone = chance.choice(STARTS), chance.choice(ZONES)
        this_week = this_monday + timedelta(days=weekday)
        start = this_week - timedelta(weeks=weeks - 1)  # the last one this week
        if this_week > today:  # this week's meeting is later in the week: none yet
            start -= timedelta(weeks=1)
        pair_id = f"pair{index:03d}"
        quiet = index % TROUBLE_EVERY == TROUBLE_EVERY // 2
        held_weeks = weeks - QUIET_WEEKS if quiet else weeks
        sessions, goals = [], []
        for week in range(held_weeks):
            day = start + timedelta(weeks=week)
            when = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
            late = index % OVERDUE_EVERY == OVERDUE_EVERY // 2 and week in (weeks - 4, weeks - 3)
            items = [
                {
                    "id": f"{pair_id}-a{week}-{n}",
                    "owner": (mentor, mentee)[n % 2],
                    "text": note(chance, 8),
                    "due": (day + timedelta(weeks=1)).isoformat(),
                    "done_on": None
                    if late or week == held_weeks - 1
                    else (day + timedelta(days=5)).isoformat(),
                }
                for n in range(3)
            ]
            sessions.append(
                {
                    "id": f"{pair_id}-s{week}",
                    "meeting": f"{pair_id}-m",
                    "scheduled_for": when.isoformat(),
                    "status": "held",
                    "topics": [note(chance, 4), note(chance, 4)],
                    "notes": note(chance),
                    "action_items": items,
                }
            )
        last = quarter_number(start, QuarterMode.PARTNERSHIP, today) or 1
        for number in range(1, last + 1):
            span = quarter(start, QuarterMode.PARTNERSHIP, number)
            for skill in ("technical", "soft"):
                goals.append(
                    {
                        "id": f"{pair_id}-q{number}-{skill}",
                        "quarter": number,
                        "skill": skill,
                        "title": note(chance, 5)[:80],
                        "specific": note(chance, 12),
                        "measure": note(chance, 8),
                        "target_date": (span.ends_on - timedelta(days=10)).isoformat(),
                        "status": "achieved" if number < last else "in_progress",
                        "progress": 100 if number < last else on_track(span, today),
                        "checkins": checkins_of(span, today, done=number < last),
                    }
                )
        pair_docs.append(
            {
                "id": pair_id,
                "mentor": mentor,
                "mentee": mentee,
                "started_on": start.isoformat(),
                "goals": goals,
                "sessions": sessions,
                "meetings": [
                    {
                        "id": f"{pair_id}-m",
                        "weekday": WEEKDAYS[weekday],
                        "start_time": at.strftime("%H:%M"),
                        "duration_minutes": chance.choice(DURATIONS),
                        "timezone": zone,
                        "location": "Room 3.14",
                        "first_date": start.isoformat(),
                        "until": (this_week + timedelta(weeks=13)).isoformat(),
                    }
                ],
            }
        )
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pair_docs}
