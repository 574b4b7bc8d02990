"""The pairs of the team, one row each: who, status, current quarter, start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.services.pairs import PairService
from mentordesk.ui.format import long_date, status_text
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


class PairListModel(IdTableModel[Pair]):
    """Every pair, active and ended, ordered by mentor's then mentee's name."""

    headers = ("Pair", "Status", "Quarter", "Started")

    def __init__(self, pairs: PairService, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs = pairs

    def fetch_ids(self) -> list[int]:
        return self._pairs.ids()

    def fetch_records(self, ids: list[int]) -> dict[int, Pair]:
        return self._pairs.get_many(ids)

    def cell(self, record: Pair, column: int, role: int) -> Any:
        today = self._pairs.today()
        status = record.status(today)
        ended = status is PairStatus.ENDED
        if role == Qt.ItemDataRole.DisplayRole:
            quarter = record.current_quarter(today)
            return (
                record.title,
                status_text(status),
                f"Q{quarter}" if quarter else "–",
                long_date(record.started_on),
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
