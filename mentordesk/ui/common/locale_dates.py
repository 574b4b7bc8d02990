"""Dates and times in the person's locale, from Qt's locale data: the order, the month
and weekday names and the clock of the locale ('Wed, Dec 2, 2026, 4:00 PM' in the
United States, 'Mi., 2. Dez. 2026, 16:00' in Germany).

Qt has a long and a short date format but no medium one; the medium one is the long
format with short names ('dddd, d MMMM yyyy' → 'ddd, d MMM yyyy'), and the weekday or
the year are left out with the punctuation that joins them to the rest.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

from mentordesk.domain import date_words
from mentordesk.domain.date_words import DateWords

# What joins a weekday or a year to the rest: blanks, commas (Latin and Arabic), a quoted
# word such as Portuguese 'de', and after a leading one full stops ('2026. dec. 2.'); a
# full stop before a closing one belongs to the field before it ('2., szerda').
_JOIN_AFTER = r"(?:[\s,.،]|'[^']*')*"
_JOIN_BEFORE = r"(?:[\s,،]|'[^']*')*"
# East Asian formats write the year with its own character: 2026年.
_YEAR_MARK = "[年년]?"
# ... and others a word or a full stop after it: Russian 2026 г., Serbian 2026.
_YEAR_WORD = r"(?:\.?\s*'[^']*'\.?|\.)?"


def medium_format(locale: QLocale, *, weekday: bool, year: bool) -> str:
    """The locale's date format with short names, with or without weekday and year."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    if not weekday:
        pattern = _drop(pattern, "ddd")
    if not year:
        pattern = _drop(pattern, "yyyy", after=_YEAR_MARK, before=_YEAR_WORD)
    return pattern.strip(" ,") or "d MMM yyyy"


def _drop(pattern: str, token: str, after: str = "", before: str = "") -> str:
    """`pattern` without `token` where it opens or closes it (closing, perhaps followed
    by a word of its own: 'yyyy 'г'.'), with its joining punctuation; left as it is when
    the token sits inside (rare, and then kept)."""
    if pattern.startswith(token):
        return re.sub(rf"^{token}{after}{_JOIN_AFTER}", "", pattern)
    return re.sub(rf"{_JOIN_BEFORE}{token}{before}$", "", pattern)


class LocaleDates(DateWords):
    """`DateWords` in a Qt locale."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale
        self._formats = {
            (weekday, year): medium_format(locale, weekday=weekday, year=year)
            for weekday in (False, True)
            for year in (False, True)
        }

    def day(self, day: date, *, weekday: bool = False, year: bool = True) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), self._formats[weekday, year]
        )

    def long_day(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def time(self, at: time) -> str:
        return self.locale.toString(QTime(at.hour, at.minute), self.time_format())

    def time_format(self) -> str:
        """The locale's clock, as a pattern for a time field ('h:mm AP' or 'HH:mm')."""
        return self.locale.timeFormat(QLocale.FormatType.ShortFormat)

    def date_format(self, *, weekday: bool = False) -> str:
        """The pattern a date field shows a date in."""
        return self._formats[weekday, True]


def use_locale(locale: QLocale | None = None) -> LocaleDates:
    """Read every date from now on in `locale` (default: the person's); returns the
    words, whose patterns date and time fields use too."""
    words = LocaleDates(locale if locale is not None else QLocale())
    date_words.use(words)
    return words


def current() -> LocaleDates:
    """The locale's words in use (installing the person's when none is yet)."""
    words = date_words.words()
    return words if isinstance(words, LocaleDates) else use_locale()
