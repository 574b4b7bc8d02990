"""Pair health through the services: templates, runs, follow-ups, health checks, signals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from mentordesk.domain.checklists import TemplateStep
from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.health import builtin_templates
from mentordesk.store.unit_of_work import Store


def test_builtins_load_from_resources_and_can_be_edited_and_restored(
    services: Services,
) -> None:
    keys = [t.key for t in services.health.templates()]
    assert keys[:3] == sorted(keys[:3], key=lambda k: services.health.template(k).title)
    assert set(keys) == {"scheduling", "expectations", "imbalance"}
    assert all(step.guidance for _, _, steps in builtin_templates() for step in steps)
    scheduling = services.health.template("scheduling")
    steps = list(scheduling.steps)
    steps[0] = TemplateStep("Say what happened, kindly", "Facts first")
    steps = [steps[1], steps[0], *steps[2:], TemplateStep("Celebrate the first kept week")]
    services.health.save_template("scheduling", "Scheduling trouble", steps)
    edited = services.health.template("scheduling")
    assert edited.title == "Scheduling trouble"
    assert [s.text for s in edited.steps][:2] == [
        scheduling.steps[1].text,
        "Say what happened, kindly",
    ]
    assert edited.builtin
    services.health.restore_builtins()
    assert services.health.template("scheduling") == scheduling


def test_a_template_of_your_own(services: Services) -> None:
    created = services.health.save_template(
        None,
        "Career change",
        [TemplateStep("Name the change"), TemplateStep("  "), TemplateStep("Plan the move")],
    )
    own = next(t for t in services.health.templates() if t.id == created.created)
    assert (own.key, [s.text for s in own.steps]) == (
        "career-change",
        ["Name the change", "Plan the move"],
    )
    with pytest.raises(ValidationError, match="at least one step"):
        services.health.save_template(None, "Empty", [])
    with pytest.raises(UserFacingError, match="Built-in checklists stay"):
        services.health.delete_template("scheduling")
    services.health.delete_template("career-change")
    assert "career-change" not in {t.key for t in services.health.templates()}


def test_a_run_from_start_to_outcome(services: Services, pair: tuple[int, int, int]) -> None:
    pair_id, _, _ = pair
    run_id = services.health.start(pair_id, "scheduling").created or 0
    run = services.health.run(run_id)
    assert run.is_open
    assert run.title == "Scheduling conflicts"
    ticked = replace(
        run, steps=(replace(run.steps[0], done=True, note="Two weeks lost"), *run.steps[1:])
    )
    services.health.update(ticked)
    services.health.restore_builtins()  # the run keeps its own copy of the steps
    with pytest.raises(ValidationError, match="what you agreed"):
        services.health.close(run_id, " ", None)
    services.health.close(run_id, "Move to Tuesdays 17:00", date(2026, 12, 1))
    closed = services.health.run(run_id)
    assert (closed.completed_on, closed.outcome, closed.follow_up_on) == (
        date(2026, 11, 21),
        "Move to Tuesdays 17:00",
        date(2026, 12, 1),
    )
    assert closed.steps[0].note == "Two weeks lost"
    assert [r.id for r in services.health.runs(pair_id)] == [run_id]


def test_a_follow_up_shows_on_the_first_meeting_on_or_after_it(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    run_id = services.health.start(pair_id, "expectations").created or 0
    services.health.close(run_id, "One change each", date(2026, 12, 1))  # a Tuesday
    agendas = {
        day: services.sessions.agenda(pair_id, date(2026, 11, day)).follow_ups for day in (23, 30)
    }
    assert agendas[23] == ()
    assert [r.id for r in services.sessions.agenda(pair_id, date(2026, 12, 2)).follow_ups] == [
        run_id
    ]  # Mon 7 Dec: the first meeting on or after Tue 1 Dec
    assert agendas[30] == ()
    assert (
        "Checklist follow-ups:\n  Mismatched expectations"
        in services.sessions.agenda(pair_id, date(2026, 12, 2)).as_text()
    )


def test_health_answers_are_revealed_only_when_both_answered(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    services.health.answer(pair_id, ana, [4, 5, 3, 4, 5], "Good so far")
    half = services.health.results(pair_id)
    assert (half.quarter, half.answered_by, half.revealed) == (1, frozenset({ana}), ())
    services.health.answer(pair_id, ben, [3, 3, 2, 4, 4], "I talk less than I'd like")
    both = services.health.results(pair_id)
    assert [(a.person_id, a.scores) for a in both.revealed] == [
        (ana, (4, 5, 3, 4, 5)),
        (ben, (3, 3, 2, 4, 4)),
    ]
    with pytest.raises(ValidationError, match="from 1 to 5"):
        services.health.answer(pair_id, ana, [0, 5, 3, 4, 5], "")
    with pytest.raises(ValidationError, match="answer all 5"):
        services.health.answer(pair_id, ana, [4, 5], "")
    with pytest.raises(UserFacingError, match="Only the mentor and the mentee"):
        services.health.answer(pair_id, 999, [4, 5, 3, 4, 5], "")


def test_attention_rules(services: Services, pair: tuple[int, int, int]) -> None:
    pair_id, _, ben = pair
    signals = services.health.signals([pair_id])[pair_id]
    assert (signals.missed_in_a_row, signals.days_since_meeting) == (3, None)
    assert signals.needs_attention
    assert signals.reasons == ["3 meetings missed in a row"]
    assert signals.suggested_checklist == "scheduling"
    rows = services.sessions.log(pair_id)
    session_id, _ = services.sessions.open_for(pair_id, rows[2].occurrence)  # Mon 16 Nov
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    for text in ("One", "Two", "Three"):
        services.sessions.add_action_item(session_id, ben, text, due=date(2026, 11, 18))
    signals = services.health.signals([pair_id])[pair_id]
    assert (signals.missed_in_a_row, signals.days_since_meeting, signals.overdue_items) == (0, 5, 3)
    assert signals.attendance == pytest.approx(1 / 3)
    assert signals.reasons == ["3 action items overdue"]
    assert signals.suggested_checklist == "imbalance"


def test_signals_of_many_pairs_read_together_stay_apart(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    cara = services.people.create(PersonDraft("Cara Diaz", "cara@example.org")).created or 0
    spring = services.pairs.create(ben, cara, date(2026, 3, 2)).created or 0  # in quarter 3
    late = date(2026, 11, 30)
    services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "Own the reports", late))
    services.goals.create(spring, GoalDraft(1, Skill.SOFT, "Run the retro", date(2026, 5, 29)))
    rows = services.sessions.log(pair_id)
    session_id, _ = services.sessions.open_for(pair_id, rows[2].occurrence)  # Mon 16 Nov
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    services.sessions.add_action_item(session_id, ben, "Late", due=date(2026, 11, 18))
    services.sessions.add_action_item(session_id, ben, "Due today", due=date(2026, 11, 21))
    done = services.sessions.add_action_item(session_id, ana, "Done", due=date(2026, 11, 17))
    services.sessions.update_action_item(
        done.created or 0, ana, "Done", date(2026, 11, 17), date(2026, 11, 19)
    )
    both = services.health.signals([pair_id, spring])
    assert both == services.health.signals([pair_id]) | services.health.signals([spring])
    first, second = both[pair_id], both[spring]
    # Quarter 1 runs 7 Sep - 6 Dec: an untouched goal three quarters in is behind.
    assert (first.goals_behind, first.overdue_items, first.days_since_meeting) == (1, 1, 5)
    assert first.attendance == pytest.approx(1 / 3)
    # The spring pair's goal was quarter 1's; it has no meetings and no items.
    assert second == HealthSignals(None, 0, 0, 0, 0, None, names=("Ben Okafor", "Cara Diaz"))
    # The first pair: Ben holds the open items (as a mentee does: no sign of trouble);
    # its goal has no check-in to count from (it is told as behind instead).
    assert (first.open_items, first.days_since_checkin, first.items_lead) == ((0, 2), None, None)


def test_quiet_pairs_calm_pairs_and_pairs_whose_goals_or_check_tell_of_trouble() -> None:
    quiet = HealthSignals(30, 0, 0, 0, 0, 1.0)
    assert quiet.reasons == ["no meeting for 30 days"]
    assert quiet.suggested_checklist == "scheduling"
    calm = HealthSignals(5, 1, 2, 1, 1, 0.9, health_check=3.4)
    assert not calm.needs_attention
    assert calm.standing == "Doing well"
    # Both goals behind (issue 25): no longer "doing well"; the expectations checklist.
    behind = HealthSignals(5, 1, 2, 2, 1, 0.9, behind_of="Ben Okafor")
    assert behind.reasons == ["Ben Okafor's goals are behind schedule"]
    assert behind.suggested_checklist == "expectations"
    low = HealthSignals(5, 0, 0, 0, 0, 1.0, health_check=1.0)
    assert low.standing == "Needs attention: the health check averages 1.0 of 5"
    assert low.suggested_checklist == "expectations"
    assert HealthSignals(None, 0, 0, 0, 0, None, new=True).standing == "New: getting started"


def test_a_low_health_check_counts_once_both_answered_and_a_young_pair_is_new(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    services.health.answer(pair_id, ana, [1, 1, 1, 1, 1], "")
    assert services.health.signals([pair_id])[pair_id].health_check is None  # Ben not yet
    services.health.answer(pair_id, ben, [2, 2, 1, 1, 2], "")
    signals = services.health.signals([pair_id])[pair_id]
    assert signals.health_check == pytest.approx(1.3)
    assert "the health check averages 1.3 of 5" in signals.reasons
    assert not signals.new  # formed on 7 Sep
    cy = services.people.create(PersonDraft("Cy Moreau", "cy@example.org")).created or 0
    young = services.pairs.create(ana, cy, date(2026, 11, 9)).created or 0
    fresh = services.health.signals([young])[young]
    assert fresh.new
    assert fresh.standing == "New: getting started"


def test_a_long_history_is_read_for_its_last_weeks_only(services: Services, store: Store) -> None:
    """Ten years of weekly meetings, the last ten weeks missed: the signals come from the
    recent weeks (attendance and misses over 13 weeks) and one aggregate (the last meeting
    held), not from reading every session."""
    from datetime import time

    from mentordesk.domain.meetings import SeriesDraft, occurrences

    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2016, 11, 21)).created or 0
    draft = SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2016, 11, 21), date(2027, 3, 1))
    services.meetings.plan(pair_id, draft)
    series = services.meetings.current_series(pair_id)
    assert series is not None
    today = services.health.today()  # Sat 21 Nov 2026
    held_until = today - timedelta(weeks=10)
    with store.writing() as uow:  # ten years of sessions, written in one go
        for o in occurrences(series):
            if o.original_date <= held_until:
                uow.sessions.add(
                    pair_id,
                    f"s{o.original_date:%Y%m%d}",
                    o.start,
                    SessionStatus.HELD,
                    series_id=series.id,
                    occurrence_date=o.original_date,
                )
        uow.commit()
    signals = services.health.signals([pair_id])[pair_id]
    last = max(o.original_date for o in occurrences(series) if o.original_date <= held_until)
    assert signals.days_since_meeting == (today - last).days
    assert signals.missed_in_a_row == 10
    assert signals.attendance == pytest.approx(3 / 13)  # the last 13 weeks only
    assert "10 meetings missed in a row" in signals.reasons


def test_the_last_session_held_long_ago_lately_or_recorded_ahead(
    services: Services, store: Store, pair: tuple[int, int, int]
) -> None:
    """Held among the recent weeks the signals read, or only before them (asked of the
    database), and never one recorded ahead of now."""
    pair_id, _, _ = pair
    now = services.health._clock.now()

    def held(name: str, when: datetime, status: SessionStatus = SessionStatus.HELD) -> None:
        with store.writing() as uow:
            uow.sessions.add(pair_id, name, when, status)
            uow.commit()

    held("long ago", now - timedelta(weeks=20))
    held("missed lately", now - timedelta(weeks=1), SessionStatus.MISSED)
    held("ahead", now + timedelta(days=2))
    assert services.health.signals([pair_id])[pair_id].days_since_meeting == 140
    held("lately", now - timedelta(weeks=3))
    assert services.health.signals([pair_id])[pair_id].days_since_meeting == 21


def test_the_team_read_hands_its_first_pairs_early_then_the_rest(services: Services) -> None:
    """The first `count` active pairs, in the list's order, are handed over before the
    rest are read; the whole is what a read without it finds. An ended pair is no row;
    a team no larger than `count` is read at once and handed nothing early."""
    people = [
        services.people.create(PersonDraft(f"Person {n}", f"p{n}@example.org")).created
        for n in range(10)
    ]
    ids = [
        services.pairs.create(mentor, mentee, date(2026, 9, 7)).created
        for mentor, mentee in zip(people[::2], people[1::2], strict=True)
    ]
    services.pairs.end(ids[1], date(2026, 10, 1), "moved teams")
    handed: list[list[int]] = []

    def hand(first: list[tuple[Pair, HealthSignals]]) -> None:
        handed.append([pair.id for pair, _ in first])

    whole = services.health.team()
    assert [pair.id for pair, _ in whole] == [ids[0], *ids[2:]]
    assert services.health.team((2, hand)) == whole
    assert handed == [[ids[0], ids[2]]]
    assert services.health.team((4, hand)) == whole
    assert handed == [[ids[0], ids[2]]]  # four active pairs: nothing early
