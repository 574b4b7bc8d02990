"""Quarter arithmetic: partnership and calendar quarters, month ends, leap years."""

import itertools
from datetime import date

import pytest

from mentordesk.domain.quarters import QuarterMode, add_months, quarter, quarter_number

P, C = QuarterMode.PARTNERSHIP, QuarterMode.CALENDAR


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 3, 15), -3, date(2025, 12, 15)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_partnership_quarters_from_31_january_count_from_the_start_not_chained() -> None:
    start = date(2026, 1, 31)
    spans = [quarter(start, P, n) for n in (1, 2, 3, 4, 5)]
    assert [(q.starts_on, q.ends_on) for q in spans] == [
        (date(2026, 1, 31), date(2026, 4, 29)),
        (date(2026, 4, 30), date(2026, 7, 30)),
        (date(2026, 7, 31), date(2026, 10, 30)),
        (date(2026, 10, 31), date(2027, 1, 30)),
        (date(2027, 1, 31), date(2027, 4, 29)),
    ]


def test_partnership_quarters_leave_no_gaps_or_overlaps() -> None:
    for start in (date(2026, 1, 31), date(2028, 2, 29), date(2026, 11, 30), date(2026, 6, 1)):
        spans = [quarter(start, P, n) for n in range(1, 13)]
        for earlier, later in itertools.pairwise(spans):
            assert (later.starts_on - earlier.ends_on).days == 1


def test_leap_day_start() -> None:
    start = date(2028, 2, 29)
    assert quarter(start, P, 2).starts_on == date(2028, 5, 29)
    assert quarter(start, P, 5).starts_on == date(2029, 2, 28)
    assert quarter_number(start, P, date(2029, 2, 27)) == 4
    assert quarter_number(start, P, date(2029, 2, 28)) == 5


def test_calendar_quarters_follow_the_calendar() -> None:
    start = date(2026, 9, 7)
    assert quarter(start, C, 1) == quarter(start, C, 1).__class__(
        1, date(2026, 7, 1), date(2026, 9, 30)
    )
    assert quarter(start, C, 2).starts_on == date(2026, 10, 1)
    assert quarter(start, C, 3).starts_on == date(2027, 1, 1)
    assert quarter_number(start, C, date(2026, 9, 30)) == 1
    assert quarter_number(start, C, date(2026, 10, 1)) == 2
    assert quarter_number(start, C, date(2027, 12, 31)) == 6


def test_quarter_number_before_the_start_is_none_and_boundaries_are_exact() -> None:
    start = date(2026, 9, 7)
    assert quarter_number(start, P, date(2026, 9, 6)) is None
    assert quarter_number(start, P, start) == 1
    assert quarter_number(start, P, date(2026, 12, 6)) == 1
    assert quarter_number(start, P, date(2026, 12, 7)) == 2


def test_every_day_lies_in_the_quarter_its_number_names() -> None:
    for start, mode in ((date(2026, 1, 31), P), (date(2028, 2, 29), P), (date(2026, 5, 20), C)):
        day = start
        for _ in range(800):
            number = quarter_number(start, mode, day)
            assert number is not None
            assert day in quarter(start, mode, number)
            day = date.fromordinal(day.toordinal() + 1)


def test_quarter_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="numbered from 1"):
        quarter(date(2026, 1, 1), P, 0)
