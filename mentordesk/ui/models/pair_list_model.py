"""The pairs of the team, one row each: who, status, current quarter, start."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.services.meetings import MeetingService
from mentordesk.services.pairs import PairService
from mentordesk.ui.format import status_text
from mentordesk.ui.models.id_table_model import SEARCH_ROLE, IdTableModel

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
    """What a row of the pair list shows: the pair and its next meeting."""

    pair: Pair
    next_meeting: Occurrence | None


def short_when(occurrence: Occurrence | None) -> str:
    """'Tue 24 Nov, 17:00', or a dash."""
    if occurrence is None:
        return "–"
    start = occurrence.start
    return f"{start:%a} {start.day} {start:%b}, {start:%H:%M}"


class PairListModel(IdTableModel[PairListRow]):
    """Every pair, active and ended, ordered by mentor's then mentee's name."""

    headers = ("Pair", "Status", "Quarter", "Next meeting")

    def __init__(self, pairs: PairService, meetings: MeetingService, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._meetings = meetings

    def fetch_ids(self) -> list[int]:
        return self._pairs.ids()

    def fetch_records(self, ids: list[int]) -> dict[int, PairListRow]:
        pairs = self._pairs.get_many(ids)
        upcoming = self._meetings.next_meetings(pairs)
        return {i: PairListRow(p, upcoming.get(i)) for i, p in pairs.items()}

    def cell(self, row: PairListRow, column: int, role: int) -> Any:
        record = row.pair
        today = self._pairs.today()
        status = record.status(today)
        ended = status is PairStatus.ENDED
        if role == Qt.ItemDataRole.DisplayRole:
            quarter = record.current_quarter(today)
            return (
                record.title,
                status_text(status),
                f"Q{quarter}" if quarter else "–",
                short_when(row.next_meeting) if not ended else "–",
            )[column]
        values = {
            Qt.ItemDataRole.ToolTipRole: f"{record.mentor.name} mentors {record.mentee.name} "
            f"({record.external_id})",
            STATUS_ROLE: status.value,
            SEARCH_ROLE: " ".join(
                (
                    record.mentor.name,
                    record.mentee.name,
                    record.external_id,
                    record.mentor.department or "",
                    record.mentee.department or "",
                )
            ),
            Qt.ItemDataRole.ForegroundRole: dimmed_text() if ended else None,
            Qt.ItemDataRole.FontRole: _italic() if ended and column == 0 else None,
        }
        return values.get(role)


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
