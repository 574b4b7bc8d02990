"""The demo team's data (resources/demo/team.toml): it loads, makes a valid team on any
day, is the team it always was, and a broken copy says what and where is wrong."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

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
        "ana", "ben", "chen", "dana", "emil", "farah", "gabriel", "hana", "ines", "jonas",
        "kofi", "lena",
    ]  # fmt: skip
    assert [p.fields["id"] for p in team.pairs] == [
        "ana-ben", "chen-hana", "farah-emil", "gabriel-dana", "ines-kofi", "jonas-lena"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "start", [date(2025, 1, 1), date(2026, 2, 28), date(2027, 12, 31), date(2028, 2, 29)]
)
def test_the_team_is_valid_whatever_the_day(start: date) -> None:
    # Dates relative to today cross month ends, leap days and quarter starts.
    for day in (start + timedelta(days=n) for n in range(0, 120, 7)):
        plan = demo_plan(day)
        assert len(plan.people) == 12
        assert len(plan.pairs) == 6


@pytest.mark.parametrize("weekday", range(7))
def test_no_words_repeat_whatever_the_day(weekday: int) -> None:
    """Issue 29: the demo looked generated, the same note on every session. Each
    session, action item, private note and check-in says something of its own, on any
    day of the week the demo is loaded."""
    doc = demo_document(date(2026, 11, 16) + timedelta(days=weekday))
    said: list[str] = []
    for pair in doc["pairs"]:
        for session in pair["sessions"]:
            said.append(session["notes"])
            said += [item["text"] for item in session.get("action_items", [])]
            said += [note["text"] for note in session.get("private_notes", [])]
        said += [c["note"] for goal in pair["goals"] for c in goal["checkins"]]
    repeated = {text for text in said if said.count(text) > 1}
    assert not repeated
    assert len(said) > 180


def test_the_team_on_a_fixed_day() -> None:
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
        ("ana-ben-q2-technical", "in_progress", 15, None),
        ("ana-ben-q2-soft", "in_progress", 30, "ana-ben-q1-soft"),
        ("ana-ben-q3-technical", "not_started", 0, None),
    ]  # fmt: skip
    assert [(m["id"], m["weekday"], m["first_date"], m["until"]) for m in ana_ben["meetings"]] == [
        ("ana-ben-a", "MO", "2026-07-20", "2026-10-05"),
        ("ana-ben-b", "TU", "2026-10-13", "2027-01-16"),
    ]  # fmt: skip
    assert ana_ben["meetings"][1]["exceptions"] == [
        {"date": "2026-10-20", "skip": True},
        {"date": "2026-10-27", "moved_to": "2026-10-28T17:00", "location": "Cafe Central"},
    ]
    sessions = ana_ben["sessions"]
    assert len(sessions) == 16  # of 17 past meetings: one left missed
    assert (sessions[0]["id"], sessions[-1]["id"]) == ("ana-ben-s1", "ana-ben-s17")
    assert "ana-ben-s15" not in {s["id"] for s in sessions}  # the third latest: missed
    assert sessions[0]["action_items"][0]["text"] == "Read the team's style guide"
    assert sum(len(s.get("private_notes", [])) for s in sessions) == 4
    open_items = [i for s in sessions for i in s.get("action_items", []) if i["done_on"] is None]
    assert len(open_items) == 2  # Ben's paging question and Ana's promise to listen
    chen_hana = pairs["chen-hana"]
    assert chen_hana["checklists"][0]["follow_up_on"] == "2026-11-24"
    assert chen_hana["checklists"][0]["steps"][3] == {
        "text": "Move the series if the slot changes", "done": False, "note": ""
    }  # fmt: skip
    assert [len(p["sessions"]) for p in pairs.values()] == [16, 10, 0, 12, 14, 10]
    assert "signed_by_mentee_on" not in pairs["farah-emil"]["agreement"]  # not signed yet
    ended = pairs["gabriel-dana"]
    assert ended["ended_on"] == "2026-09-22"
    assert [(g["quarter"], g["progress"]) for g in ended["goals"]] == [
        (1, 100), (1, 70), (2, 100), (2, 70)
    ]  # fmt: skip
    assert ended["meetings"][0]["until"] == "2026-09-21"  # the day before it ended
    assert ended["sessions"][-1]["scheduled_for"] < "2026-09-22"
    assert ended["end_reason"].startswith("Dana moved to the design-systems team in Lisbon")
    jonas_lena = pairs["jonas-lena"]
    [run] = jonas_lena["checklists"]
    assert (run.get("completed_on"), run["follow_up_on"]) == (None, "2026-11-25")  # next meeting
    assert [s["done"] for s in run["steps"]] == [True, True, True, False, False]
    assert {a["quarter"] for a in jonas_lena["health_checks"]} == {1}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("\n[agreement]\n", "\n[agreement\n", "team.toml is not valid TOML: "),
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
            "{ day = 55, progress = 30,",
            "{ day = 55, percent = 30,",
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
            'notes = "Ana explained',
            'note = "Ana explained',
            "team.toml: pairs[0].log[0].notes: missing",
        ),
        (
            'owner = "mentee"',
            'owner = "both"',
            "team.toml: pairs[0].log[0].owner: expected 'mentor' or 'mentee', found 'both'",
        ),
        ("missed = [3]", 'missed = ["third"]', "team.toml: pairs[0].missed: expected meetings"),
        (
            'signed_on = "135 days ago"',
            'signed_on = "someday"',
            "team.toml: pairs[3].signed[0].signed_on: expected a day such as",
        ),
        ('mentee = "ben"', "mentee = 7", "team.toml: pairs[0].mentee: expected text, found 7"),
        (
            '[pairs.agreement]\ncadence = "Weekly, 45',
            'agreement = "yes"\n[pairs.x]\ncadence = "Weekly, 45',
            "team.toml: pairs[0].agreement: expected a table, found 'yes'",
        ),
        (
            'started_on = "75 days ago"\n',
            'started_on = "75 days ago"\nquarters = "lunar"\n',
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
    broken = SHIPPED.replace('done = false, note = ""', 'done = "no", note = ""', 1)
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


def test_every_pair_tells_its_story(services: Services) -> None:
    """Issue 29: a thriving pair, a peer pair, a pair in trouble the rules flag with the
    checklist that fits, a pair mid-checklist whose follow-up is on the next agenda, a
    new pair, an ended pair with its history; check-ins that move; and a test that every
    main screen has something to show for the pairs that should."""
    services.demo.load()
    pairs = {p.external_id: p for p in services.pairs.all()}
    active = [p.id for p in pairs.values() if p.ended_on is None]
    signals = services.health.signals(active)
    flagged = {
        p.external_id for p in pairs.values() if p.id in signals and signals[p.id].needs_attention
    }
    assert flagged == {"ana-ben"}  # the one in trouble; the others as their stories say
    assert signals[pairs["ines-kofi"].id].standing == "Doing well"
    assert signals[pairs["jonas-lena"].id].standing == "Doing well"

    # Mid-checklist: three steps of five done, the follow-up on the next agenda.
    [run] = services.health.runs(pairs["jonas-lena"].id)
    assert run.is_open
    assert [step.done for step in run.steps] == [True, True, True, False, False]
    agenda = services.sessions.agenda(pairs["jonas-lena"].id)
    assert [r.id for r in agenda.follow_ups] == [run.id]

    # Check-ins move: each goal's progress rises or holds, never two notes the same.
    for pair in pairs.values():
        for plan in services.goals.quarters(pair.id):
            for goal in plan.goals:
                steps = [c.progress for c in goal.checkins]
                assert steps == sorted(steps), goal.title
                assert len({c.note for c in goal.checkins}) == len(goal.checkins)
                if len(steps) > 1:
                    assert steps[-1] > steps[0], goal.title

    # Every main screen has something to show for a pair whose story has it.
    for key in ("ana-ben", "chen-hana", "ines-kofi", "jonas-lena", "gabriel-dana"):
        pair_id = pairs[key].id
        assert services.sessions.log(pair_id), key
        assert services.meetings.series_of(pair_id), key
        assert any(plan.goals for plan in services.goals.quarters(pair_id)), key
        assert services.wins.of_pair(pair_id), key
    for key in ("ana-ben", "ines-kofi", "jonas-lena"):
        assert len(services.health.results(pairs[key].id).revealed) == 2, key
    ended = pairs["gabriel-dana"]
    assert ended.ended_on is not None
    assert all(row.when.date() < ended.ended_on for row in services.sessions.log(ended.id))


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
    peers = offered("chen-hana")  # their quarter ends within three weeks as well
    assert "first-meeting" not in peers
    assert "quarter-review" in peers
    assert offered("jonas-lena")[0].startswith("starters-")  # their next quarter's first
    assert "quarter-review" not in offered("ines-kofi")  # half-way through theirs
    goals = [g for plan in services.goals.quarters(pairs["ana-ben"].id) for g in plan.goals]
    rated = [g for g in goals if g.assessments]
    assert [len(g.assessments) for g in rated] == [2, 1]  # last quarter's before and after


@pytest.mark.parametrize(
    ("hour", "held_today", "follow_up"), [(6, False, "2026-11-25"), (10, True, "2026-12-02")]
)
def test_a_meeting_earlier_today_is_held_not_missed(
    hour: int, held_today: bool, follow_up: str
) -> None:
    """Loaded on a Wednesday after Jonas and Lena's 08:30 meeting, the demo holds it
    (the log would otherwise call it missed); before it, it is the next meeting, with
    the checklist's follow-up on its agenda."""
    day = date(2026, 11, 25)
    now = datetime(2026, 11, 25, hour, tzinfo=UTC)
    doc = demo_document(day, now=now)
    [jonas_lena] = [p for p in doc["pairs"] if p["id"] == "jonas-lena"]
    held = {s["scheduled_for"][:10] for s in jonas_lena["sessions"]}
    assert ("2026-11-25" in held) is held_today
    assert jonas_lena["checklists"][0]["follow_up_on"] == follow_up


@pytest.mark.parametrize("hour", [None, 6, 12, 23])
def test_each_session_before_today_tells_one_entry_of_its_log(hour: int | None) -> None:
    """On any day and at any hour the demo is loaded, each pair's sessions before today
    tell its log's entries one for one, oldest first (none repeats, none is lost); a
    meeting earlier today is held with its notes still to be written."""
    logs = {plan.fields["id"]: [e.notes for e in plan.log] for plan in demo_team().pairs}
    for n in range(14):
        day = date(2026, 11, 16) + timedelta(days=n)
        now = None if hour is None else datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
        for pair in demo_document(day, now=now)["pairs"]:
            told = [s["notes"] for s in pair["sessions"] if "notes" in s]
            assert told == logs[pair["id"]], (day, hour, pair["id"])
            blank = [s for s in pair["sessions"] if "notes" not in s]
            assert len(blank) <= (0 if hour is None else 1)
            assert all(s["scheduled_for"][:10] >= day.isoformat() for s in blank)
