"""The pairs of the team, one row each: who, status, current quarter, start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.date_words import when_text, zone_note
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.services.meetings import MeetingService
from mentordesk.services.pairs import PairService
from mentordesk.ui.common.format import status_text
from mentordesk.ui.common.id_table_model import SEARCH_ROLE, IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


def dimmed_text() -> QColor:
    """Text colour for a pair that ended: quieter than text, still easy to read."""
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.35
    return QColor.fromRgbF(
        text.redF() * (1 - mix) + base.redF() * mix,
        text.greenF() * (1 - mix) + base.greenF() * mix,
        text.blueF() * (1 - mix) + base.blueF() * mix,
    )


@dataclass(frozen=True)
class PairListRow:
    """What a row of the pair list shows, worked out once when the row is read."""

    pair: Pair
    next_meeting: Occurrence | None
    status: PairStatus
    texts: tuple[str, str, str, str]
    search: str


def list_row(pair: Pair, next_meeting: Occurrence | None, today: date) -> PairListRow:
    """The row for `pair` as of `today`."""
    status = pair.status(today)
    ended = status is PairStatus.ENDED
    quarter = pair.current_quarter(today)
    texts = (
        pair.title,
        status_text(status),
        f"Q{quarter}" if quarter else "–",
        short_when(next_meeting) if not ended else "–",
    )
    people = (pair.mentor, pair.mentee)
    search = " ".join(
        [pair.mentor.name, pair.mentee.name, pair.external_id]
        + [p.department or "" for p in people]
    )
    return PairListRow(pair, next_meeting, status, texts, search)


def short_when(occurrence: Occurrence | None) -> str:
    """'Tue, 24 Nov, 17:00'; for a meeting in another zone than the machine's, the time
    here, saying so: 'Tue, 24 Nov, 11:00 here' (the tooltip and the Meetings tab give
    the meeting's own zone); or a dash."""
    if occurrence is None:
        return "–"
    start = occurrence.start
    if not zone_note(start):
        return _when(start)
    return _here(_when(start.astimezone()))


def _when(start: datetime) -> str:
    return when_text(start, year=False)


def _here(when: str) -> str:
    """`when` marked as this computer's time (the meeting's own zone is another)."""
    return translate("PairListModel", "{when} here").format(when=when)


def _tooltip(row: PairListRow, column: int) -> str:
    """Who mentors whom; over the next meeting, when it is in the meeting's own zone."""
    if column == 3 and row.next_meeting is not None:
        start = row.next_meeting.start
        return translate("PairListModel", "Next meeting: {when}").format(
            when=when_text(start) + zone_note(start)
        )
    pair = row.pair
    if pair.peers:
        return translate("PairListModel", "{first} and {second}, peers ({id})").format(
            first=pair.mentor.name, second=pair.mentee.name, id=pair.external_id
        )
    return translate("PairListModel", "{mentor} mentors {mentee} ({id})").format(
        mentor=pair.mentor.name, mentee=pair.mentee.name, id=pair.external_id
    )


def column_samples() -> tuple[tuple[str, ...], ...]:
    """For the status, quarter and next-meeting columns: texts at least as wide as any the
    column shows, so the view sizes them from a few texts instead of asking every row."""
    every_weekday_of_every_month = [
        datetime(2026, month, day, 23, 58) for month in range(1, 13) for day in range(22, 29)
    ]
    return (
        tuple(status_text(status) for status in PairStatus),
        ("Q888", "–"),
        tuple(_here(_when(start)) for start in every_weekday_of_every_month),
    )


class PairListModel(IdTableModel[PairListRow]):
    """Every pair, active and ended, ordered by mentor's then mentee's name."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Pair"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Quarter"),
        QT_TRANSLATE_NOOP("Columns", "Next meeting"),
    )
    roles = frozenset(
        int(role)
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
            SEARCH_ROLE,
            STATUS_ROLE,
        )
    )

    def __init__(self, pairs: PairService, meetings: MeetingService, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._meetings = meetings
        self._dim: QColor | None = None

    def fetch_ids(self) -> list[int]:
        return self._pairs.ids()

    def fetch_records(self, ids: list[int]) -> dict[int, PairListRow]:
        pairs = self._pairs.get_many(ids)
        upcoming = self._meetings.next_meetings(pairs)
        today = self._pairs.today()
        return {i: list_row(p, upcoming.get(i), today) for i, p in pairs.items()}

    def cell(self, row: PairListRow, column: int, role: int) -> Any:
        # Called for every cell and role as the view paints and sizes: lookups only.
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role in (SEARCH_ROLE, STATUS_ROLE):
            return row.search if role == SEARCH_ROLE else row.status.value
        ended = row.status is PairStatus.ENDED
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._dimmed() if ended else None
        if role == Qt.ItemDataRole.FontRole:
            return _italic() if ended and column == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        return None

    def _dimmed(self) -> QColor:
        if self._dim is None:
            self._dim = dimmed_text()
        return self._dim


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
