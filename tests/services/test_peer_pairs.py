"""Peer pairs against a real store: both partners set goals of their own, one per skill
and quarter each; a mentor may add a growth goal; the kind can change (and be undone);
whose goal is whose reaches the agenda, the calendar text and the interchange file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest
from icalendar import Calendar

from mentordesk.domain.goals import GoalDraft, GoalStatus, Skill
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.pairs import PairKind, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import ValidationError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.services.signing import shown

START = date(2026, 9, 7)  # quarter 1 runs 7 Sep - 6 Dec 2026; today is 21 Nov 2026
TARGET = date(2026, 11, 30)


@pytest.fixture
def people(services: Services) -> tuple[int, int]:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    assert ana is not None
    assert ben is not None
    return ana, ben


@pytest.fixture
def peers(services: Services, people: tuple[int, int]) -> int:
    created = services.pairs.create(*people, START, kind=PairKind.PEERS).created
    assert created is not None
    return created


def goal(skill: Skill, owner: Role, title: str) -> GoalDraft:
    return GoalDraft(1, skill, title, TARGET, "Where and what", "How we know", owner=owner)


def test_each_peer_has_a_technical_and_a_soft_goal_of_their_own(
    services: Services, peers: int
) -> None:
    pair = services.pairs.get(peers)
    assert (pair.kind, pair.title, pair.growing) == (
        PairKind.PEERS,
        "Ana Silva ↔ Ben Okafor",
        (Role.MENTOR, Role.MENTEE),
    )
    for owner in Role:
        for skill in Skill:
            services.goals.create(peers, goal(skill, owner, f"{owner.value} {skill.value}"))
    [plan, _next] = services.goals.quarters(peers)
    assert {(g.owner, g.skill) for g in plan.goals} == {(o, s) for o in Role for s in Skill}
    mine = plan.goal_for(Skill.SOFT, Role.MENTOR)
    assert mine is not None
    assert mine.title == "mentor soft"
    assert plan.whose(mine) == "Ana Silva"
    with pytest.raises(ValidationError) as caught:
        services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Another"))
    assert caught.value.for_field("skill") == (
        "quarter 1 already has a soft goal of Ana Silva's ('mentor soft'); "
        "drop it before setting another"
    )
    ids = sorted(g.external_id for g in plan.goals)
    assert ids == [
        "ana-silva-ben-okafor-q1-soft",
        "ana-silva-ben-okafor-q1-soft-ana-silva",
        "ana-silva-ben-okafor-q1-technical",
        "ana-silva-ben-okafor-q1-technical-ana-silva",
    ]


def test_a_carried_goal_stays_its_owners(services: Services, peers: int) -> None:
    first = services.goals.create(peers, goal(Skill.TECHNICAL, Role.MENTOR, "Learn Rust"))
    assert first.created is not None
    carried = services.goals.carry_over(first.created).created
    assert carried is not None
    assert services.goals.get(carried).owner is Role.MENTOR
    assert services.goals.get(carried).quarter == 2


def test_a_mentor_may_set_a_growth_goal_beside_the_mentees(
    services: Services, people: tuple[int, int]
) -> None:
    pair_id = services.pairs.create(*people, START).created or 0
    services.goals.create(pair_id, goal(Skill.TECHNICAL, Role.MENTEE, "Write SQL"))
    services.goals.create(pair_id, goal(Skill.TECHNICAL, Role.MENTOR, "Teach by pairing"))
    pair = services.pairs.get(pair_id)
    assert pair.growing == (Role.MENTEE,)
    assert pair.goal_owner_words(Role.MENTOR) == (
        "Ana Silva's growth goals (what I learn by teaching)"
    )
    agenda = services.sessions.agenda(pair_id)
    assert [(g.whose, g.title) for g in agenda.goals] == [
        ("Ben Okafor", "Write SQL"),
        ("Ana Silva", "Teach by pairing"),
    ]
    assert "  Ana Silva, technical: Teach by pairing — 0%" in agenda.as_text()


def test_the_kind_changes_and_undo_takes_it_back(
    services: Services, people: tuple[int, int]
) -> None:
    pair_id = services.pairs.create(*people, START).created or 0
    mode = services.pairs.get(pair_id).quarters
    step = services.pairs.edit_pair(pair_id, START, mode, PairKind.PEERS)
    assert services.pairs.get(pair_id).kind is PairKind.PEERS
    assert step.text == "Edit Pair"
    step.inverse()
    assert services.pairs.get(pair_id).kind is PairKind.MENTORING


def test_a_kind_change_that_would_twin_another_active_pair_is_refused(
    services: Services, people: tuple[int, int]
) -> None:
    ana, ben = people
    one = services.pairs.create(ana, ben, START).created or 0
    services.pairs.create(ben, ana, START)  # mentoring both ways round: two pairs
    mode = services.pairs.get(one).quarters
    with pytest.raises(ValidationError, match="already an active pair"):
        services.pairs.update(one, START, mode, PairKind.PEERS)
    assert services.pairs.get(one).kind is PairKind.MENTORING
    services.pairs.update(one, START, mode)  # the kind as it is: no twin to refuse


def test_peers_behind_one_goal_each_are_not_flagged_but_both_of_one_are(
    services: Services, peers: int
) -> None:
    for owner in Role:
        services.goals.create(peers, goal(Skill.TECHNICAL, owner, f"{owner.value} tech"))
    signals = services.health.signals([peers])[peers]
    assert (signals.goals_behind, signals.behind_of) == (2, None)
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTEE, "Speak up"))
    signals = services.health.signals([peers])[peers]
    assert signals.behind_of == "Ben Okafor"
    assert "Ben Okafor's goals are behind schedule" in signals.reasons


def test_a_signed_summary_tells_the_kind_and_whose_goal(
    services: Services, people: tuple[int, int]
) -> None:
    pair_id = services.pairs.create(*people, START).created or 0
    services.goals.create(pair_id, goal(Skill.TECHNICAL, Role.MENTEE, "Write SQL"))
    first = shown(services.reports.quarter_report(pair_id, 1))
    mode = services.pairs.get(pair_id).quarters
    services.pairs.update(pair_id, START, mode, PairKind.PEERS)
    as_peers = shown(services.reports.quarter_report(pair_id, 1))
    assert as_peers != first  # signing again is not refused as "nothing changed"
    assert '"peers"' in as_peers
    services.goals.create(pair_id, goal(Skill.SOFT, Role.MENTOR, "Listen first"))
    mentor_goal = shown(services.reports.quarter_report(pair_id, 1))
    assert '"mentor"]' in mentor_goal
    assert '"mentor"]' not in as_peers


def test_the_same_two_peers_in_either_order_are_one_pair(
    services: Services, peers: int, people: tuple[int, int]
) -> None:
    ana, ben = people
    with pytest.raises(ValidationError, match="already an active pair"):
        services.pairs.create(ben, ana, START)


def test_the_file_says_whose_goal_is_whose_and_reads_back(services: Services, peers: int) -> None:
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Listen first"))
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTEE, "Speak up"))
    doc = services.interchange.export_document()
    [pair] = doc["pairs"]
    assert pair["kind"] == "peers"
    assert sorted((g["owner"], g["title"]) for g in pair["goals"]) == [
        ("ana-silva", "Listen first"),
        ("ben-okafor", "Speak up"),
    ]
    plan = read_document(doc)
    [entry] = plan.pairs
    assert entry.kind is PairKind.PEERS
    assert sorted((g.draft.owner, g.draft.title) for g in entry.goals) == [
        (Role.MENTEE, "Speak up"),
        (Role.MENTOR, "Listen first"),
    ]


def test_a_goal_of_someone_outside_the_pair_is_refused(services: Services, peers: int) -> None:
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Listen first"))
    doc = json.loads(json.dumps(services.interchange.export_document()))
    doc["pairs"][0]["goals"][0]["owner"] = "cleo"
    with pytest.raises(ValidationError) as caught:
        read_document(doc)
    assert "pairs[0].goals[0].owner: a goal belongs to the pair's mentor or mentee" in str(
        caught.value
    )


def test_a_dropped_goal_frees_only_its_owners_slot(services: Services, peers: int) -> None:
    mine = services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Listen first")).created
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTEE, "Speak up"))
    assert mine is not None
    dropped = services.goals.get(mine).draft
    services.goals.update(mine, replace(dropped, status=GoalStatus.DROPPED))
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Ask better questions"))
    with pytest.raises(ValidationError):
        services.goals.create(peers, goal(Skill.SOFT, Role.MENTEE, "Speak up again"))


def test_the_calendar_text_of_peers_says_whose_goal_first_named_first(
    services: Services, peers: int
) -> None:
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTEE, "Speak up"))
    services.goals.create(peers, goal(Skill.SOFT, Role.MENTOR, "Listen first"))
    weekly = SeriesDraft(
        "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21)
    )
    services.meetings.plan(peers, weekly)
    event = Calendar.from_ical(services.calendar.export(peers).data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Peer mentoring: Ana Silva & Ben Okafor"
    assert str(event["DESCRIPTION"]).splitlines()[:5] == [
        "Weekly peer mentoring meeting of Ana Silva and Ben Okafor.",
        "",
        "This quarter's goals:",
        "- Ana Silva, soft skill: Listen first",
        "- Ben Okafor, soft skill: Speak up",
    ]
