"""A pair's wins log (issues 24 and 25): what is worth celebrating, from either partner
or both; checked, undoable, shown with its quarter and on the summary's first page."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.errors import ValidationError
from mentordesk.services import Services


def test_a_win_is_noted_in_its_quarter_and_on_the_summary(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, ben = pair
    services.wins.add(pair_id, date(2026, 11, 20), "  Led the   design review ", ben)
    services.wins.add(pair_id, date(2026, 9, 30), "Finished the SQL course", None)
    [win_a, win_b] = services.wins.of_pair(pair_id)
    assert (win_a.text, win_a.person_id) == ("Finished the SQL course", None)
    assert (win_b.text, win_b.person_id) == ("Led the design review", ben)  # one line
    plans = services.goals.quarters(pair_id)
    assert [len(p.wins) for p in plans] == [2, 0]  # quarter 1 (to 6 Dec), quarter 2
    report = services.reports.quarter_report(pair_id, 1)
    assert [(who, w.text) for who, w in report.wins] == [
        ("Both", "Finished the SQL course"),
        ("Ben Okafor", "Led the design review"),
    ]


@pytest.mark.parametrize(
    ("day", "text", "whose", "field"),
    [
        (date(2026, 11, 20), "   ", "ben", "text"),
        (date(2026, 11, 20), "x" * 301, "ben", "text"),
        (date(2026, 11, 20), "a bell\x07 rings", "ben", "text"),
        (date(2026, 11, 22), "Tomorrow's win", "ben", "won_on"),  # today is 21 Nov
        (date(2026, 9, 6), "Before the pair began", "ben", "won_on"),
        (date(2026, 11, 20), "Someone else's", "stranger", "person"),
    ],
)
def test_a_win_that_breaks_a_rule_is_refused_and_nothing_kept(
    services: Services, pair: tuple[int, int, int], day: date, text: str, whose: str, field: str
) -> None:
    pair_id, ana, ben = pair
    person = {"ben": ben, "stranger": ana + ben + 100}[whose]
    with pytest.raises(ValidationError) as refused:
        services.wins.add(pair_id, day, text, person)
    assert refused.value.for_field(field)
    assert services.wins.of_pair(pair_id) == []


def test_removing_a_win_can_be_undone_and_redone(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, ben = pair
    services.wins.add(pair_id, date(2026, 11, 20), "Led the design review", ben)
    [win] = services.wins.of_pair(pair_id)
    step = services.wins.remove(win.id)
    assert services.wins.of_pair(pair_id) == []
    again = step.inverse()  # Edit ▸ Undo
    [back] = services.wins.of_pair(pair_id)
    assert (back.external_id, back.won_on, back.text, back.person_id) == (
        win.external_id,
        win.won_on,
        win.text,
        win.person_id,
    )
    again.inverse()  # Edit ▸ Redo
    assert services.wins.of_pair(pair_id) == []
