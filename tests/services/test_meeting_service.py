"""Meeting series against a real store: planning, changing over time, skips, moves."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock

MONDAYS = SeriesDraft(
    "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 23), date(2026, 12, 21), 1, "Room 3.14"
)


@pytest.fixture
def pair_id(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben", "ben@example.org")).created
    created = services.pairs.create(ana, ben, date(2026, 9, 7)).created
    assert created is not None
    return created


def test_plan_gives_a_stable_uid_and_next_meeting(services: Services, pair_id: int) -> None:
    changes = services.meetings.plan(pair_id, MONDAYS)
    series = services.meetings.get(changes.created or 0)
    assert series.uid.endswith("@mentordesk")
    assert series.sequence == 0
    assert changes.pairs == {pair_id}
    upcoming = services.meetings.next_meetings([pair_id])[pair_id]
    assert upcoming is not None
    assert upcoming.start.isoformat() == "2026-11-23T16:00:00+01:00"


def test_changing_the_series_ends_the_old_one_and_keeps_both(
    services: Services, pair_id: int
) -> None:
    first = services.meetings.plan(pair_id, MONDAYS).created
    tuesdays = SeriesDraft(
        "TU", time(17), 45, "Europe/Berlin", date(2026, 12, 8), date(2027, 3, 2), 1, "Room 4.01"
    )
    services.meetings.plan(pair_id, tuesdays)
    old, new = services.meetings.series_of(pair_id)
    assert old.id == first
    assert old.draft.until == date(2026, 12, 7)  # the last Monday before the first Tuesday
    assert old.sequence == 1  # its rule changed: calendars must update it
    assert not old.cancelled
    assert new.uid != old.uid
    days = [o.start.date() for o in services.meetings.occurrences(pair_id)][:4]
    assert days == [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 8)]


def test_a_replaced_series_that_never_met_is_cancelled(services: Services, pair_id: int) -> None:
    services.meetings.plan(pair_id, MONDAYS)
    earlier = SeriesDraft(
        "FR", time(9), 30, "Europe/Berlin", date(2026, 11, 20), date(2026, 12, 18), 1, ""
    )
    services.meetings.plan(pair_id, earlier)
    old = services.meetings.series_of(pair_id)[-1]
    assert old.draft.weekday == "MO"
    assert old.cancelled


def test_skip_move_and_take_back_raise_the_sequence(services: Services, pair_id: int) -> None:
    series_id = services.meetings.plan(pair_id, MONDAYS).created or 0
    services.meetings.skip(series_id, date(2026, 11, 30))
    _, warnings = services.meetings.move(
        series_id, date(2026, 12, 7), datetime(2026, 12, 8, 17, 30), 'Cafe; "upstairs"'
    )
    assert warnings == []
    series = services.meetings.get(series_id)
    assert series.sequence == 2
    found = {o.original_date: o for o in services.meetings.occurrences(pair_id)}
    assert found[date(2026, 11, 30)].skipped
    moved = found[date(2026, 12, 7)]
    assert (moved.start.isoformat(), moved.location) == (
        "2026-12-08T17:30:00+01:00",
        'Cafe; "upstairs"',
    )
    services.meetings.restore_occurrence(series_id, date(2026, 11, 30))
    assert services.meetings.get(series_id).sequence == 3
    assert not {o.original_date: o for o in services.meetings.occurrences(pair_id)}[
        date(2026, 11, 30)
    ].skipped


def test_moves_warn_but_do_not_refuse(services: Services, pair_id: int) -> None:
    series_id = services.meetings.plan(pair_id, MONDAYS).created or 0
    _, warnings = services.meetings.move(series_id, date(2026, 11, 23), datetime(2026, 11, 30, 9))
    assert warnings == ["Mon, 30 Nov 2026 already has this pair's meeting (at 16:00)."]
    with pytest.raises(ValidationError, match="does not meet on 24 Nov 2026"):
        services.meetings.skip(series_id, date(2026, 11, 24))


def test_bad_series_are_refused(services: Services, pair_id: int) -> None:
    bad = SeriesDraft(
        "MO", time(16), 45, "Europe/Atlantis", date(2026, 11, 24), date(2026, 11, 1), 1, ""
    )
    with pytest.raises(ValidationError) as caught:
        services.meetings.plan(pair_id, bad)
    assert {p.where for p in caught.value.problems} == {"first_date", "until", "timezone"}
    assert services.meetings.series_of(pair_id) == []


def test_cancel_raises_the_sequence(services: Services, pair_id: int) -> None:
    series_id = services.meetings.plan(pair_id, MONDAYS).created or 0
    services.meetings.cancel(series_id)
    series = services.meetings.get(series_id)
    assert (series.cancelled, series.sequence) == (True, 1)
    assert services.meetings.next_meetings([pair_id])[pair_id] is None


def test_suggestion_follows_the_current_series(services: Services, pair_id: int) -> None:
    fresh = services.meetings.suggested_draft(pair_id)
    assert fresh.first_date == date(2026, 11, 21)  # today: 16:00 is still ahead at 10:00
    assert fresh.until == date(2026, 12, 6)  # the end of the current quarter
    services.meetings.plan(pair_id, MONDAYS)
    assert services.meetings.suggested_draft(pair_id).first_date == date(2026, 11, 23)


def test_a_fresh_suggestion_starts_next_week_once_todays_hour_has_passed(
    services: Services, pair_id: int, clock: FixedClock
) -> None:
    clock.moment = datetime(2026, 11, 21, 17, 30, tzinfo=UTC)  # 16:00 is gone everywhere near
    assert services.meetings.suggested_draft(pair_id).first_date == date(2026, 11, 28)
