"""Repositories on a real SQLite file: records in and out, and constraints the database keeps."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.exc import IntegrityError

from mentordesk.domain.goals import GoalDraft, GoalStatus, Skill
from mentordesk.domain.meetings import SeriesDraft, SeriesException
from mentordesk.domain.pairs import Agreement, AgreementText
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import NotFoundError
from mentordesk.store.pairs import NewPair
from mentordesk.store.unit_of_work import Store


def add_two(store: Store) -> tuple[int, int]:
    with store.writing() as uow:
        ana = uow.people.add(PersonDraft("Ana Silva", "ana@example.org", "Platform"), "ana")
        ben = uow.people.add(PersonDraft("ben okafor", "ben@example.org"), "ben")
        uow.commit()
    return ana, ben


def test_people_and_pairs_round_trip(store: Store) -> None:
    ana, ben = add_two(store)
    agreement = Agreement(
        AgreementText("Weekly", "Prepared", False, "No fault"), date(2026, 9, 7), None
    )
    with store.writing() as uow:
        pair_id = uow.pairs.add(
            NewPair("ana-ben", ana, ben, date(2026, 9, 7), QuarterMode.CALENDAR)
        )
        uow.pairs.set_agreement(pair_id, agreement)
        uow.commit()
    with store.reading() as uow:
        pair = uow.pairs.get(pair_id)
        assert uow.people.ids() == [ana, ben]  # by name, case-insensitively
        assert uow.pairs.by_external_id("ana-ben") == pair
        assert uow.people.pair_ids(ben) == [pair_id]
    assert pair.mentor.name == "Ana Silva"
    assert pair.quarters is QuarterMode.CALENDAR
    assert pair.agreement == agreement


def test_nothing_is_kept_without_commit(store: Store) -> None:
    with store.writing() as uow:
        uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
    with store.reading() as uow:
        assert uow.people.count() == 0


@pytest.mark.parametrize(
    "pair",
    [
        lambda ana, _ben: NewPair("same", ana, ana, date(2026, 9, 7)),
        lambda ana, ben: NewPair("back", ana, ben, date(2026, 9, 7), ended_on=date(2026, 9, 1)),
        lambda ana, _ben: NewPair("ghost", ana, 999, date(2026, 9, 7)),
    ],
    ids=["mentor-is-mentee", "end-before-start", "unknown-person"],
)
def test_the_database_keeps_the_rules_too(store: Store, pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben = add_two(store)
    with store.writing() as uow, pytest.raises(IntegrityError):
        uow.pairs.add(pair(ana, ben))


def test_a_person_in_a_pair_cannot_be_deleted_underneath_it(store: Store) -> None:
    ana, ben = add_two(store)
    with store.writing() as uow:
        uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        uow.commit()
    with store.writing() as uow, pytest.raises(IntegrityError):
        uow.people.delete(ana)


def test_missing_records_are_named(store: Store) -> None:
    with store.reading() as uow:
        with pytest.raises(NotFoundError, match="no person with id 5"):
            uow.people.get(5)
        with pytest.raises(NotFoundError, match="no pair with id 7"):
            uow.pairs.get(7)
        with pytest.raises(NotFoundError, match="no goal with id 3"):
            uow.goals.get(3)
        with pytest.raises(NotFoundError, match="no meeting series with id 4"):
            uow.meetings.get(4)


def test_reads_see_the_unsaved_writes_of_their_own_unit_of_work(store: Store) -> None:
    """Reads run on the Core tables and writes through the ORM: the session flushes
    before each read, so a use case reads back what it has just changed."""
    ana, ben = add_two(store)
    agreement = Agreement(AgreementText("Weekly", "", True, ""), None, None)
    draft = GoalDraft(1, Skill.TECHNICAL, "Review a design", date(2026, 12, 4))
    weekly = SeriesDraft("MO", time(17), 45, "Europe/Lisbon", date(2026, 9, 7), date(2026, 12, 21))
    with store.writing() as uow:
        pair_id = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        goal_id = uow.goals.add(pair_id, "g1", draft)
        series_id = uow.meetings.add(pair_id, "s1", "uid-1", weekly)
        uow.commit()
    skipped = SeriesException(date(2026, 9, 14), skip=True)
    with store.writing() as uow:
        uow.people.update(ben, PersonDraft("Ben Okafor", "ben@example.org", "Data"))
        uow.pairs.set_agreement(pair_id, agreement)
        uow.pairs.set_end(pair_id, date(2026, 11, 20), "Moved teams")
        uow.goals.set_progress(goal_id, 40, GoalStatus.IN_PROGRESS)
        uow.goals.add_checkin(goal_id, date(2026, 10, 5), 40, "Halfway")
        uow.meetings.set_exception(series_id, skipped.date, skipped)
        uow.meetings.set_cancelled(series_id, True)

        pair = uow.pairs.get(pair_id)
        assert pair.mentee.department == "Data"
        assert (pair.ended_on, pair.agreement) == (date(2026, 11, 20), agreement)
        [goal] = uow.goals.of_pair(pair_id)
        assert (goal.progress, goal.status) == (40, GoalStatus.IN_PROGRESS)
        assert [c.note for c in goal.checkins] == ["Halfway"]
        series = uow.meetings.get(series_id)
        assert (series.cancelled, series.sequence, series.exceptions) == (True, 2, (skipped,))


def test_a_unit_that_only_reads_refuses_a_write_and_has_nothing_to_commit(store: Store) -> None:
    """Reads run on a Core connection (no ORM to import); a write there is a bug, said as
    one, and changes nothing."""
    with store.reading() as uow, pytest.raises(TypeError, match="only reads"):
        uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
    with store.reading() as uow, pytest.raises(AssertionError, match="nothing to commit"):
        uow.commit()
    with store.reading() as uow:
        assert uow.people.count() == 0


def test_a_reading_unit_sees_checklist_runs_and_health_answers_as_written(store: Store) -> None:
    """Runs, their steps in order and answers, read with Core, are what the ORM wrote."""
    from mentordesk.domain.checklists import ChecklistRun, RunStep
    from mentordesk.domain.health import HealthAnswer

    ana, ben = add_two(store)
    steps = tuple(RunStep(f"Step {n}", f"Why {n}", n % 2 == 0, f"note {n}") for n in range(12))
    with store.writing() as uow:
        pair_id = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        run = ChecklistRun(
            0, "run-1", pair_id, "scheduling", "Scheduling", date(2026, 10, 1), steps
        )
        run_id = uow.checklists.add_run(run)
        uow.health_answers.put_answer(
            pair_id, HealthAnswer(ben, 1, (4, 5, 3, 4, 5), "fine", date(2026, 10, 2))
        )
        uow.commit()
    with store.reading() as uow:
        found = uow.checklists.run(run_id)
        assert found.steps == steps
        assert uow.checklists.runs_of_pairs([pair_id]) == {pair_id: [found]}
        assert uow.health_answers.answers(pair_id, 1)[0].scores == (4, 5, 3, 4, 5)
        with pytest.raises(NotFoundError):
            uow.checklists.run(run_id + 1)


def test_goal_progress_is_what_the_whole_goals_say(store: Store) -> None:
    """The attention rules' slim read of a quarter's goals agrees with the full one."""
    from tests.store.test_large_in_lists import progress_of

    ana, ben = add_two(store)
    with store.writing() as uow:
        pair_id = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        for quarter, skill in ((1, Skill.TECHNICAL), (1, Skill.SOFT), (2, Skill.SOFT)):
            draft = GoalDraft(quarter, skill, f"Goal {quarter} {skill}", date(2026, 11, 1))
            goal_id = uow.goals.add(pair_id, f"g-{quarter}-{skill}", draft)
        uow.goals.set_progress(goal_id, 40, GoalStatus.IN_PROGRESS)
        uow.commit()
    with store.reading() as uow:
        found = [uow.goals.progress_in_quarters({pair_id: n})[pair_id] for n in (1, 2, 3)]
        for quarter, slim in zip((1, 2, 3), found, strict=True):
            full = uow.goals.in_quarters({pair_id: quarter}, checkins=False)[pair_id]
            assert slim == [progress_of(g) for g in full]
    assert [len(f) for f in found] == [2, 1, 0]
    assert (found[1][0].progress, found[1][0].is_open) == (40, True)
