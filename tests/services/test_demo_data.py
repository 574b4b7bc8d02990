"""The demo team's data (resources/demo/team.toml): it loads, makes a valid team on any
day, is the team it always was, and a broken copy says what and where is wrong."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentordesk.domain.pairs import Role
from mentordesk.resource_files import resource
from mentordesk.services import Services
from mentordesk.services.calendar import cadence_of
from mentordesk.services.demo import demo_document, demo_plan
from mentordesk.services.demo_data import DemoDataError, demo_team, parse_demo_team

SHIPPED = resource("demo/team.toml").read_text(encoding="utf-8")


def test_the_shipped_team_loads() -> None:
    team = demo_team()
    assert team.source.endswith("team.toml")
    assert [p["id"] for p in team.people] == [
        "ana", "ben", "chen", "dana", "emil", "farah", "gabriel", "hana"
    ]  # fmt: skip
    assert [p.fields["id"] for p in team.pairs] == [
        "ana-ben", "chen-hana", "farah-emil", "gabriel-dana"
    ]  # fmt: skip
    assert len(team.sessions.topics) == 12


@pytest.mark.parametrize(
    "start", [date(2025, 1, 1), date(2026, 2, 28), date(2027, 12, 31), date(2028, 2, 29)]
)
def test_the_team_is_valid_whatever_the_day(start: date) -> None:
    # Dates relative to today cross month ends, leap days and quarter starts.
    for day in (start + timedelta(days=n) for n in range(0, 120, 7)):
        plan = demo_plan(day)
        assert len(plan.people) == 8
        assert len(plan.pairs) == 4


def test_the_team_is_the_one_it_always_was() -> None:
    """On a fixed day, what the demo built as Python literals before it became data."""
    doc = demo_document(date(2026, 11, 21))
    pairs = {p["id"]: p for p in doc["pairs"]}
    ana_ben = pairs["ana-ben"]
    assert ana_ben["started_on"] == "2026-06-09"
    assert ana_ben["agreement"]["signed_by_mentee_on"] == "2026-06-25"
    assert ana_ben["agreement"]["confidentiality"] is True
    goals = [(g["id"], g["status"], g["progress"], g.get("carried_from")) for g in ana_ben["goals"]]
    assert goals == [
        ("ana-ben-q1-technical", "achieved", 100, None),
        ("ana-ben-q1-soft", "in_progress", 60, None),
        ("ana-ben-q2-technical", "in_progress", 10, None),
        ("ana-ben-q2-soft", "in_progress", 10, "ana-ben-q1-soft"),
        ("ana-ben-q3-technical", "not_started", 0, None),
    ]  # fmt: skip
    assert [(m["id"], m["weekday"], m["first_date"], m["until"]) for m in ana_ben["meetings"]] == [
        ("ana-ben-a", "MO", "2026-07-06", "2026-10-05"),
        ("ana-ben-b", "TU", "2026-10-13", "2026-12-08"),
    ]  # fmt: skip
    assert ana_ben["meetings"][1]["exceptions"] == [
        {"date": "2026-10-20", "skip": True},
        {"date": "2026-10-27", "moved_to": "2026-10-28T17:00", "location": "Cafe Central"},
    ]
    sessions = ana_ben["sessions"]
    assert len(sessions) == 18  # of 19 past meetings: one left missed
    assert (sessions[0]["id"], sessions[-1]["id"]) == ("ana-ben-s1", "ana-ben-s19")
    assert sessions[0]["notes"] == (
        "Talked through how code review works here. Agreed what to try before next time."
    )
    assert sum(len(s["private_notes"]) for s in sessions) == 5
    assert sum(s["action_items"][0]["done_on"] is None for s in sessions) == 2
    chen_hana = pairs["chen-hana"]
    assert chen_hana["checklists"][0]["follow_up_on"] == "2026-11-24"
    assert chen_hana["checklists"][0]["steps"][3] == {
        "text": "Move the series if the slot changes", "done": False, "note": ""
    }  # fmt: skip
    assert [len(p["sessions"]) for p in pairs.values()] == [18, 8, 0, 0]  # Farah: none yet
    assert "signed_by_mentee_on" not in pairs["farah-emil"]["agreement"]  # not signed yet
    ended = pairs["gabriel-dana"]
    assert (ended["ended_on"], ended["goals"], ended["meetings"]) == ("2026-09-22", [], [])
    assert ended["end_reason"] == (
        "No-fault end: Dana moved to the design-systems team in Lisbon and found a mentor there."
    )


ENDED_WITH_A_GOAL = """signed_by_mentee_on = "400 days ago"

[[pairs.goals]]
quarter = "this"
skill = "soft"
title = "Listen"
specific = "Listen"
measure = "Listened"
"""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("\n[sessions]\n", "\n[sessions\n", "team.toml is not valid TOML: "),
        (
            'quarter = "last"',
            'quarter = "someday"',
            "team.toml: pairs[0].goals[0].quarter: expected 'last', 'this' or 'next', "
            "found 'someday'",
        ),
        (
            'started_on = "165 days ago"',
            'started_on = "150 days"',
            "team.toml: pairs[0].started_on: expected a day such as 'today', '20 days ago', "
            "'in 3 days' or '6 weeks ago', found '150 days'",
        ),
        (
            'signed_by_mentee_on = "149 days ago"',
            "signed_by_mentee_on = 149",
            "team.toml: pairs[0].agreement.signed_by_mentee_on: expected a day such as",
        ),
        (
            'first_date = "6 weeks ago"',
            'first_date = "in 6 weeks ago"',
            "team.toml: pairs[0].meetings[1].first_date: expected a day such as",
        ),
        (
            "duration_minutes = 45",
            'duration_minutes = "45"',
            "team.toml: pairs[0].meetings[0].duration_minutes: expected a whole number, found '45'",
        ),
        (
            'weekday = "MO"',
            'weekday = "Monday"',
            "team.toml: pairs[0].meetings[0].weekday: expected one of MO, TU, WE, TH, FR, SA, SU",
        ),
        (
            "{ week = 1, skip = true }",
            '{ week = 1, skip = "yes" }',
            "team.toml: pairs[0].meetings[1].exceptions[0].skip: expected true or false, "
            "found 'yes'",
        ),
        (
            "{ day = 20, progress = 30,",
            "{ day = 20, percent = 30,",
            "team.toml: pairs[0].goals[0].checkins[0].progress: missing",
        ),
        (
            "every_weeks = 2",
            'every_weeks = 2\ncolour = "teal"',
            "team.toml: pairs[2].meetings[0].colour: unknown field",
        ),
        (
            'measure = "Design doc approved by two senior engineers"',
            'measure = "  "',
            "team.toml: pairs[0].goals[4].measure: must not be empty",
        ),
        (
            'signed_by_mentee_on = "400 days ago"\n',
            ENDED_WITH_A_GOAL,
            "team.toml: pairs[3]: an ended pair has no goals or meetings in the demo",
        ),
        ('notes = "Talked through', 'note = "Talked through', "team.toml: sessions.notes: missing"),
        ('mentee = "ben"', "mentee = 7", "team.toml: pairs[0].mentee: expected text, found 7"),
        (
            '[pairs.agreement]\ncadence = "Weekly, 45',
            'agreement = "yes"\n[pairs.x]\ncadence = "Weekly, 45',
            "team.toml: pairs[0].agreement: expected a table, found 'yes'",
        ),
        (
            'quarters = "calendar"',
            'quarters = "lunar"',
            "team.toml: pairs[1].quarters: expected one of partnership, calendar",
        ),
        ("[[people]]", 'colour = "teal"\n\n[[people]]', "team.toml: colour: unknown field"),
    ],
)
def test_a_broken_team_says_what_and_where(old: str, new: str, message: str) -> None:
    assert old in SHIPPED
    with pytest.raises(DemoDataError) as caught:
        parse_demo_team(SHIPPED.replace(old, new, 1), "team.toml")
    assert str(caught.value).startswith(message)


def test_a_team_the_interchange_format_refuses_says_so_and_where() -> None:
    broken = SHIPPED.replace('done = false, note = ""', 'done = "no", note = ""')
    team = parse_demo_team(broken, "team.toml")
    with pytest.raises(DemoDataError) as caught:
        demo_plan(date(2026, 11, 21), team)
    assert str(caught.value) == (
        "team.toml does not make a valid team:\n"
        "pairs[1].checklists[0].steps[3].done: expected true or false, found 'no'"
    )


def test_an_empty_file_is_not_a_team() -> None:
    with pytest.raises(DemoDataError, match=r"^team\.toml: the demo team needs people and pairs"):
        parse_demo_team("", "team.toml")


def test_the_demo_tells_its_stories_by_the_rules(services: Services) -> None:
    """Issue 25's demo: a peer pair with goals of both, on track; a pair in trouble that
    the rules flag with the checklist that fits; a new pair; milestones, feedback, wins;
    agreements that say the cadence their meeting series keeps; an ended pair's closing
    reflections."""
    services.demo.load()
    pairs = {p.external_id: p for p in services.pairs.all()}
    signals = services.health.signals([p.id for p in pairs.values()])
    peers = pairs["chen-hana"]
    assert peers.peers
    [plan] = [q for q in services.goals.quarters(peers.id) if q.is_current]
    assert {g.owner for g in plan.goals} == {Role.MENTOR, Role.MENTEE}
    assert any(m.reached for g in plan.goals for m in g.milestones)
    assert signals[peers.id].standing == "Doing well"
    trouble = signals[pairs["ana-ben"].id]
    assert trouble.needs_attention
    assert trouble.leaning == "Ana Silva"
    assert trouble.suggested_checklist == "imbalance"
    assert signals[pairs["farah-emil"].id].standing == "New: getting started"
    assert services.feedback.history(pairs["ana-ben"].id)
    assert services.wins.of_pair(peers.id)
    for pair in pairs.values():
        series = services.meetings.current_series(pair.id)
        if pair.ended_on is None and series is not None:
            assert pair.agreement is not None
            assert pair.agreement.text.cadence == cadence_of(series), pair.external_id
    assert all(pairs["gabriel-dana"].closing)


def test_the_demo_shows_guidance_for_a_first_meeting_and_a_quarters_review(
    services: Services,
) -> None:
    """Issue 26: meeting mode's guidance in the demo. Farah and Emil's next meeting is
    their first: its script comes first. Ana and Ben's is in their quarter's last three
    weeks (and a goal behind): the review questions, then getting unstuck."""
    services.demo.load()
    pairs = {p.external_id: p for p in services.pairs.all()}
    upcoming = services.meetings.next_meetings([p.id for p in pairs.values()])

    def offered(pair: str) -> list[str]:
        meeting = upcoming[pairs[pair].id]
        assert meeting is not None
        return [o.guide.key for o in services.guidance.for_meeting(pairs[pair].id, meeting.start)]

    assert offered("farah-emil")[0] == "first-meeting"
    assert offered("ana-ben")[:2] == ["quarter-review", "getting-unstuck"]
    assert "first-meeting" not in offered("ana-ben")
    peers = offered("chen-hana")
    assert "first-meeting" not in peers
    assert "quarter-review" not in peers
    goals = [g for plan in services.goals.quarters(pairs["ana-ben"].id) for g in plan.goals]
    rated = [g for g in goals if g.assessments]
    assert [len(g.assessments) for g in rated] == [2, 1]  # last quarter's before and after
