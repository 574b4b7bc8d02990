"""The demo team: a realistic small team to explore MentorDesk with.

It is built as an interchange document dated relative to today and goes through the
real import path, so the demo exercises exactly what a person's own file would.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from mentordesk.domain.meetings import (
    WEEKDAYS,
    MeetingSeries,
    SeriesDraft,
    SeriesException,
    occurrences,
)
from mentordesk.domain.quarters import QuarterMode, quarter, quarter_number
from mentordesk.errors import UserFacingError
from mentordesk.interchange.reader import read_document
from mentordesk.services.clock import Clock, today
from mentordesk.services.interchange import ImportResult, InterchangeService
from mentordesk.store.unit_of_work import Store

PEOPLE = [
    ("ana", "Ana Silva", "Platform"),
    ("ben", "Ben Okafor", "Platform"),
    ("chen", "Chen Wei", "Data"),
    ("dana", "Dana Kowalski", "Design"),
    ("emil", "Emil Johansson", "Mobile"),
    ("farah", "Farah Haddad", "Security"),
    ("gabriel", "Gabriel Moreau", "Customer Support"),
    ("hana", "Hana Sato", "Data"),
]


def demo_document(on: date) -> dict[str, Any]:
    """The demo team's document, with dates relative to `on`."""

    def ago(days: int) -> str:
        return (on - timedelta(days=days)).isoformat()

    def agreement(cadence: str, mentor_signed: str | None, mentee_signed: str | None) -> Any:
        return {
            "cadence": cadence,
            "expectations": "Come prepared with one topic each. Notes are shared; "
            "action items get an owner and a date.",
            "confidentiality": True,
            "ending": "Either of us may end it after one conversation, no fault, no questions.",
            "signed_by_mentor_on": mentor_signed,
            "signed_by_mentee_on": mentee_signed,
        }

    people = [
        {"id": xid, "name": name, "email": f"{xid}@example.org", "department": dept}
        for xid, name, dept in PEOPLE
    ]
    pairs = [
        {
            "id": "ana-ben",
            "mentor": "ana",
            "mentee": "ben",
            "started_on": ago(150),
            "agreement": agreement("Weekly, 45 minutes, Mondays 16:00", ago(150), ago(149)),
        },
        {
            "id": "chen-hana",
            "mentor": "chen",
            "mentee": "hana",
            "started_on": ago(75),
            "quarters": "calendar",
            "agreement": agreement("Weekly, 30 minutes, Thursdays 10:00", ago(75), ago(75)),
        },
        {
            "id": "farah-emil",
            "mentor": "farah",
            "mentee": "emil",
            "started_on": ago(20),
            "agreement": agreement("Every week, 1 hour, Wednesdays after stand-up", ago(19), None),
        },
        {
            "id": "gabriel-dana",
            "mentor": "gabriel",
            "mentee": "dana",
            "started_on": ago(400),
            "ended_on": ago(60),
            "end_reason": "No-fault end: Dana moved to the design-systems team in Lisbon "
            "and found a mentor there.",
            "agreement": agreement("Fortnightly, 1 hour, Tuesdays", ago(400), ago(400)),
        },
    ]
    pairs[1]["checklists"] = [
        {
            "id": "chen-hana-c1",
            "template": "scheduling",
            "started_on": ago(24),
            "completed_on": ago(24),
            "steps": [
                {
                    "text": "Name the conflict without blame",
                    "done": True,
                    "note": "Three Thursdays lost to the release train",
                },
                {
                    "text": "Treat the meeting as a non-negotiable appointment",
                    "done": True,
                    "note": "",
                },
                {
                    "text": "Find a slot both of you can protect",
                    "done": True,
                    "note": "Thursday 10:00 is quiet for both teams",
                },
                {"text": "Move the series if the slot changes", "done": False, "note": ""},
                {"text": "Set a follow-up to check it works", "done": True, "note": ""},
            ],
            "outcome": "Keep Thursdays 10:00 and guard it in both calendars; Hana declines "
            "clashing invites.",
            "follow_up_on": (on + timedelta(days=3)).isoformat(),
        }
    ]
    for pair in pairs:
        pair["goals"] = demo_goals(pair, on)
        pair["meetings"] = demo_meetings(pair, on)
        pair["sessions"] = demo_sessions(pair, on)
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pairs}


# (pair, quarter offset from the current one, skill, title, specific, measure)
GOALS = [
    (
        "ana-ben",
        -1,
        "technical",
        "Write production-grade SQL",
        "Own the reporting queries of the billing service",
        "Three reviewed PRs that change queries, none rolled back",
    ),
    (
        "ana-ben",
        -1,
        "soft",
        "Speak up in design reviews",
        "Bring one prepared question to every platform design review",
        "A question raised in at least 6 of 8 reviews",
    ),
    (
        "ana-ben",
        0,
        "technical",
        "Ship the billing export on call",
        "Take the export job through one on-call rotation as first responder",
        "One full rotation with every page answered within 15 minutes",
    ),
    (
        "ana-ben",
        0,
        "soft",
        "Speak up in design reviews",
        "Bring one prepared question to every platform design review",
        "A question raised in at least 6 of 8 reviews",
    ),
    (
        "ana-ben",
        1,
        "technical",
        "Lead the query-cache design",
        "Write and present the design doc for caching report queries",
        "Design doc approved by two senior engineers",
    ),
    (
        "chen-hana",
        0,
        "technical",
        "Build the churn dashboard",
        "Model churn by cohort in the warehouse and publish a dashboard",
        "Dashboard used in the monthly product review",
    ),
    (
        "chen-hana",
        0,
        "soft",
        "Present findings to stakeholders",
        "Present one analysis to the product leads each month",
        "Three presentations, each with written feedback",
    ),
    (
        "farah-emil",
        0,
        "technical",
        "Threat-model the mobile login",
        "Walk through the login flow with STRIDE and file the findings",
        "A reviewed threat model and every high finding ticketed",
    ),
    (
        "farah-emil",
        0,
        "soft",
        "Give clear code-review feedback",
        "Use the team's review guide on every mobile PR",
        "Five reviews rated 'clear' by their authors",
    ),
]


def demo_goals(pair: dict[str, Any], on: date) -> list[dict[str, Any]]:
    """Goals for the past, current and next quarter of an active demo pair."""
    if pair.get("ended_on"):
        return []
    started = date.fromisoformat(pair["started_on"])
    mode = QuarterMode(pair.get("quarters") or "partnership")
    current = quarter_number(started, mode, on) or 1
    goals: list[dict[str, Any]] = []
    for pair_id, offset, skill, title, specific, measure in GOALS:
        number = current + offset
        if pair_id != pair["id"] or number < 1:
            continue
        span = quarter(started, mode, number)
        goal = {
            "id": f"{pair_id}-q{number}-{skill}",
            "quarter": number,
            "skill": skill,
            "title": title,
            "specific": specific,
            "measure": measure,
            "target_date": max(span.starts_on, span.ends_on - timedelta(days=14)).isoformat(),
            "status": "not_started",
            "progress": 0,
            "checkins": [],
        }
        if offset < 0:  # last quarter: reviewed
            done = skill == "technical"
            goal.update(
                status="achieved" if done else "in_progress",
                progress=100 if done else 60,
                outcome="achieved" if done else "partly",
                reflection="Merged all three; the last one needed a second review."
                if done
                else "Spoke up in five reviews; still hesitant with new teams.",
                checkins=_checkins(
                    span.starts_on, [(20, 30), (45, 60 if done else 40), (75, 100 if done else 60)]
                ),
            )
        elif offset == 0:  # this quarter: under way, one goal behind schedule
            elapsed = (on - span.starts_on).days
            points = [(d, p) for d, p in ((7, 10), (21, 25), (35, 35)) if d <= elapsed]
            behind = pair_id == "ana-ben"
            if behind:
                points = [(d, min(p, 10)) for d, p in points]
            goal.update(
                status="in_progress" if points else "not_started",
                progress=points[-1][1] if points else 0,
                checkins=_checkins(span.starts_on, points),
            )
        earlier = next((g for g in goals if g["title"] == title and g["quarter"] < number), None)
        if earlier is not None:  # the same goal again: carried over from last quarter
            goal["carried_from"] = earlier["id"]
        goals.append(goal)
    return goals


# (pair, weekday, start, minutes, zone, place, every_weeks, weeks before today it started)
MEETINGS = [
    ("ana-ben", 0, "16:00", 45, "Europe/Berlin", "Room 3.14", 1, 20),
    ("ana-ben", 1, "17:00", 45, "Europe/Berlin", "Room 4.01, by the window", 1, 6),
    ("chen-hana", 3, "10:00", 30, "Europe/Berlin", "https://meet.example.org/chen-hana", 1, 10),
    ("farah-emil", 2, "09:30", 60, "Europe/London", "Security lab; ask at reception", 2, 2),
]


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def demo_meetings(pair: dict[str, Any], on: date) -> list[dict[str, Any]]:
    """Weekly series for an active demo pair: one changed day, a skipped and a moved week."""
    if pair.get("ended_on"):
        return []
    started = date.fromisoformat(pair["started_on"])
    mode = QuarterMode(pair.get("quarters") or "partnership")
    end = quarter(started, mode, quarter_number(started, mode, on) or 1).ends_on
    rows = [m for m in MEETINGS if m[0] == pair["id"]]
    series: list[dict[str, Any]] = []
    for index, (pair_id, weekday, at, minutes, zone, place, every, weeks) in enumerate(rows):
        first = _weekday_on_or_after(max(started, on - timedelta(weeks=weeks)), weekday)
        following = rows[index + 1] if index + 1 < len(rows) else None
        until = (
            end
            if following is None
            else _weekday_on_or_after(on - timedelta(weeks=following[7]), weekday)
            - timedelta(days=7)
        )
        entry: dict[str, Any] = {
            "id": f"{pair_id}-{'abcd'[index]}",
            "weekday": WEEKDAYS[weekday],
            "start_time": at,
            "duration_minutes": minutes,
            "timezone": zone,
            "location": place,
            "first_date": first.isoformat(),
            "until": max(until, first).isoformat(),
            "every_weeks": every,
            "exceptions": [],
        }
        if following is None and every == 1:
            skipped = first + timedelta(weeks=1)
            moved = first + timedelta(weeks=2)
            entry["exceptions"] = [
                {"date": skipped.isoformat(), "skip": True},
                {
                    "date": moved.isoformat(),
                    "moved_to": f"{moved + timedelta(days=1)}T{at}",
                    "location": "Cafe Central",
                },
            ]
        series.append(entry)
    return series


TOPICS = (
    "How code review works here",
    "Goals for the quarter",
    "Preparing for on-call",
    "Giving feedback without blame",
    "Reading the billing schema",
    "Career paths",
    "Estimating work honestly",
    "Saying no to a meeting",
    "Pairing on a tricky bug",
    "Presenting to stakeholders",
    "Design review habits",
    "Learning in public",
)
ACTIONS = (
    "Read the team's style guide",
    "Pair with someone on a review",
    "Draft the design doc",
    "Book a slot at the guild meeting",
    "Write up the incident notes",
    "Ask for feedback on the last PR",
    "Try the new query planner flags",
    "Share one thing learned at stand-up",
)


def _series_record(entry: dict[str, Any]) -> MeetingSeries:
    hours, minutes = (int(x) for x in entry["start_time"].split(":"))
    draft = SeriesDraft(
        entry["weekday"],
        time(hours, minutes),
        entry["duration_minutes"],
        entry["timezone"],
        date.fromisoformat(entry["first_date"]),
        date.fromisoformat(entry["until"]),
        entry["every_weeks"],
        entry["location"],
    )
    exceptions = tuple(
        SeriesException(
            date.fromisoformat(e["date"]),
            skip=bool(e.get("skip")),
            moved_to=datetime.fromisoformat(e["moved_to"]) if e.get("moved_to") else None,
            location=e.get("location"),
        )
        for e in entry["exceptions"]
    )
    return MeetingSeries(0, entry["id"], 0, draft, "", exceptions=exceptions)


def demo_sessions(pair: dict[str, Any], on: date) -> list[dict[str, Any]]:
    """A few months of held sessions for the pair's past meetings (one left missed)."""
    past = [
        (entry["id"], o)
        for entry in pair.get("meetings", [])
        for o in occurrences(_series_record(entry))
        if not o.skipped and o.start.date() < on
    ]
    sessions: list[dict[str, Any]] = []
    for index, (series_id, occurrence) in enumerate(past):
        if index == len(past) - 3:
            continue  # one week nobody recorded: the log shows it as missed
        when = occurrence.start
        owner = (pair["mentee"], pair["mentor"])[index % 3 == 2]
        due = past[index + 1][1].start.date() if index + 1 < len(past) else on
        recent = index >= len(past) - 4
        sessions.append(
            {
                "id": f"{pair['id']}-s{index + 1}",
                "meeting": series_id,
                "scheduled_for": when.isoformat(),
                "status": "held",
                "topics": [TOPICS[index % len(TOPICS)], TOPICS[(index * 5 + 3) % len(TOPICS)]],
                "notes": f"Talked through {TOPICS[index % len(TOPICS)].lower()}. "
                "Agreed what to try before next time.",
                "private_notes": (
                    [
                        {
                            "author": pair["mentor"],
                            "text": "Seemed tired today; ask about workload next time.",
                        }
                    ]
                    if index % 4 == 1
                    else []
                ),
                "action_items": [
                    {
                        "id": f"{pair['id']}-a{index + 1}",
                        "owner": owner,
                        "text": ACTIONS[index % len(ACTIONS)],
                        "due": due.isoformat(),
                        "done_on": None if recent and index % 2 else due.isoformat(),
                    }
                ],
            }
        )
    return sessions


NOTES = (
    "Getting started",
    "First milestone reached",
    "Blocked a week by the release",
    "Back on track after pairing",
    "Most of the way",
)


def _checkins(start: date, points: list[tuple[int, int]]) -> list[dict[str, Any]]:
    return [
        {
            "on": (start + timedelta(days=d)).isoformat(),
            "progress": p,
            "note": "Done and reviewed" if p == 100 else NOTES[i % len(NOTES)],
        }
        for i, (d, p) in enumerate(points)
    ]


class DemoService:
    """Fills a database with the demo team."""

    def __init__(self, store: Store, clock: Clock, interchange: InterchangeService) -> None:
        self._store = store
        self._clock = clock
        self._interchange = interchange

    def load(self, *, force: bool = False) -> ImportResult:
        """Load the demo team; into a database with data only with `force`, replacing it."""
        with self._store.reading() as uow:
            people, pairs = uow.people.count(), uow.pairs.count()
        if (people or pairs) and not force:
            raise UserFacingError(
                f"The database already holds {people} people and {pairs} pairs. "
                "Use 'mentordesk demo --force' to replace them with the demo team."
            )
        plan = read_document(demo_document(today(self._clock)))
        return self._interchange.import_plan(plan, replace_all=force)
