"""Dates on screen in the person's locale, from Qt's locale data, and a meeting in
another zone labelled with the time here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from mentordesk.domain import date_words
from mentordesk.domain.meetings import Occurrence
from mentordesk.services import Services
from mentordesk.ui.common.locale_dates import LocaleDates, medium_format, use_locale
from mentordesk.ui.meetings.occurrence_model import occurrence_text
from mentordesk.ui.window.main_window import MainWindow

L = QLocale.Language
C = QLocale.Country


@pytest.mark.parametrize(
    ("locale", "plain", "with_weekday", "no_year", "clock"),
    [
        (QLocale(L.English, C.UnitedStates), "Dec 2, 2026", "Wed, Dec 2, 2026", "Dec 2", "4:05"),
        (QLocale(L.English, C.UnitedKingdom), "2 Dec 2026", "Wed, 2 Dec 2026", "2 Dec", "16:05"),
        (QLocale(L.German, C.Germany), "2. Dez. 2026", "Mi., 2. Dez. 2026", "2. Dez.", "16:05"),
        (QLocale(L.Hungarian, C.Hungary), "2026. dec. 2.", "2026. dec. 2., Sze", "dec. 2.",
         "16:05"),
        (QLocale(L.Japanese, C.Japan), "2026年12月2日", "2026年12月2日水", "12月2日", "16:05"),
        (QLocale(L.Portuguese, C.Brazil), "2 de dez. de 2026", "qua., 2 de dez. de 2026",
         "2 de dez.", "16:05"),
    ],
)  # fmt: skip
def test_a_date_reads_as_the_locale_writes_it(
    locale: QLocale, plain: str, with_weekday: str, no_year: str, clock: str
) -> None:
    words = LocaleDates(locale)
    day = date(2026, 12, 2)
    assert words.day(day) == plain
    assert words.day(day, weekday=True) == with_weekday
    assert words.day(day, year=False) == no_year
    assert words.time(datetime(2026, 12, 2, 16, 5).time()).startswith(clock)


def test_every_locale_keeps_day_month_and_year() -> None:
    """Whatever the locale, the medium format still shows the day, the month and (unless
    left out) the year: dropping the weekday or the year never takes the rest."""
    for locale in QLocale.matchingLocales(L.AnyLanguage, QLocale.Script.AnyScript, C.AnyCountry):
        for weekday in (False, True):
            full = medium_format(locale, weekday=weekday, year=True)
            short = medium_format(locale, weekday=weekday, year=False)
            for pattern in (full, short):
                assert "d" in pattern.replace("ddd", ""), (locale.name(), pattern)
                assert "M" in pattern, (locale.name(), pattern)
            assert "yy" in full, (locale.name(), full)


def test_the_meetings_tab_reads_in_the_us_locale_with_the_time_here(
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    machine_zone: Callable[[str], None],
) -> None:
    use_locale(QLocale(L.English, C.UnitedStates))
    machine_zone("America/New_York")  # the machine is in New York
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.meetings_tab)
    table = window.workspace.meetings.occurrences
    texts = [table.index(r, 0).data() for r in range(table.rowCount())]
    # Berlin is six hours ahead of New York in November.
    assert (
        "Mon, Nov 23, 2026, 4:00\u202fPM–4:45\u202fPM (Europe/Berlin; 10:00\u202fAM here)" in texts
    )
    pair_row = window.pair_model.row_of(pair_id)
    assert pair_row is not None
    next_meeting = window.pair_model.index(pair_row, 3).data()
    assert next_meeting == "Mon, Nov 23, 10:00\u202fAM here"
    tip = window.pair_model.index(pair_row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        tip == "Next meeting: Mon, Nov 23, 2026, 4:00\u202fPM (Europe/Berlin; 10:00\u202fAM here)"
    )


def test_in_the_machines_own_zone_there_is_no_label(machine_zone: Callable[[str], None]) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    meeting = Occurrence(
        1, date(2026, 11, 23), datetime(2026, 11, 23, 16, tzinfo=berlin), timedelta(minutes=45), ""
    )
    machine_zone("Europe/Berlin")
    assert occurrence_text(meeting) == "Mon, 23 Nov 2026, 16:00–16:45"
    machine_zone("Etc/UTC")
    assert occurrence_text(meeting) == "Mon, 23 Nov 2026, 16:00–16:45 (Europe/Berlin; 15:00 here)"


def test_the_locale_installed_is_what_services_say_too() -> None:
    use_locale(QLocale(L.German, C.Germany))
    assert date_words.day_text(date(2026, 12, 2)) == "2. Dez. 2026"


def test_leaving_out_the_year_leaves_out_its_word_too() -> None:
    day = date(2026, 12, 2)
    assert LocaleDates(QLocale(L.Russian, C.Russia)).day(day, year=False) == "2 дек."
    assert LocaleDates(QLocale(L.Serbian, C.Serbia)).day(day, year=False) == "2. дец"
    assert LocaleDates(QLocale(L.English, C.UnitedStates)).day(day, year=False) == "Dec 2"
