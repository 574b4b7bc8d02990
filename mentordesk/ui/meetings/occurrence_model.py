"""A pair's meetings, one row each: date, time, place, and whether skipped or moved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentordesk.domain.date_words import day_text, span_text, zone_note
from mentordesk.domain.meetings import Occurrence
from mentordesk.services.meetings import MeetingService
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pairs.pair_list_model import dimmed_text


@dataclass(frozen=True)
class OccurrenceKey:
    """Stable identity of a row: the series and the original date."""

    series_id: int
    day_ordinal: int


def occurrence_text(occurrence: Occurrence) -> str:
    """'Tue 24 Nov 2026, 17:00–17:45', with the time here when the meeting's zone is
    another ('… (Europe/Berlin; 11:00 here)')."""
    start = occurrence.start
    return span_text(start, occurrence.end) + zone_note(start)


class OccurrenceModel(IdTableModel[Occurrence]):
    """Every meeting of the pair set with `set_pair`, in time order."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Place"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
    )

    def __init__(self, meetings: MeetingService, parent: Any = None) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self.pair_id: int | None = None
        self._rows: dict[int, Occurrence] = {}
        self.now: datetime | None = None

    def set_pair(self, pair_id: int | None) -> None:
        """Show the meetings of `pair_id`."""
        self.pair_id = pair_id
        self.load()

    def fetch_ids(self) -> list[int]:
        found = self._meetings.occurrences(self.pair_id) if self.pair_id is not None else []
        # A row's id packs series and original date, so it stays put across refreshes.
        self._rows = {o.series_id * 1_000_000 + o.original_date.toordinal(): o for o in found}
        return list(self._rows)

    def fetch_records(self, ids: list[int]) -> dict[int, Occurrence]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def occurrence(self, row: int) -> Occurrence | None:
        """The meeting in `row`."""
        return self.record_at(row)

    def first_upcoming_row(self, now: datetime) -> int | None:
        """The row of the first meeting that has not ended."""
        for row, key in enumerate(self._ids):
            occurrence = self._rows[key]
            if occurrence.end > now and not occurrence.skipped:
                return row
        return None

    def cell(self, record: Occurrence, column: int, role: int) -> Any:
        past = self.now is not None and record.end <= self.now
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (occurrence_text(record), record.location or "–", _status(record, past))[column]
        if role == Qt.ItemDataRole.ForegroundRole and (record.skipped or past):
            return dimmed_text()
        if role == Qt.ItemDataRole.FontRole and record.skipped:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def _status(record: Occurrence, past: bool) -> str:
    if record.skipped:
        return translate("OccurrenceModel", "Skipped")
    if record.moved:
        original = record.original_date
        return translate("OccurrenceModel", "Moved from {day}").format(
            day=day_text(original, weekday=True, year=False)
        )
    return translate("OccurrenceModel", "Past") if past else translate("OccurrenceModel", "Planned")
