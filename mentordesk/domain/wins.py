"""A pair's wins: what is worth celebrating, from either partner or both. Quiet and
dignified: a dated line in a log, shown on the Goals tab and the summary's first page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.domain.date_words import day_text
from mentordesk.domain.text import line_problem
from mentordesk.domain.words import translate

WIN_MAX = 300  # a line, not an essay


@dataclass(frozen=True)
class Win:
    """Something worth celebrating; `person_id` is whose it is (None: both of theirs)."""

    id: int
    external_id: str
    pair_id: int
    won_on: date
    text: str
    person_id: int | None = None


def win_problems(text: str, won_on: date, started_on: date, today: date) -> dict[str, str]:
    """What is wrong with a win, by field (empty: nothing)."""
    problems = {}
    if message := line_problem(text, translate("Wins", "a win"), required=True, limit=WIN_MAX):
        problems["text"] = message
    if won_on > today:
        problems["won_on"] = translate(
            "Wins", "a win is celebrated once it happened: choose today or earlier"
        )
    elif won_on < started_on:
        problems["won_on"] = translate("Wins", "the pair started on {day}").format(
            day=day_text(started_on)
        )
    return problems
