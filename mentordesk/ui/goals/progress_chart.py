"""A goal's progress over its quarter, drawn with QPainter: check-ins against the plan line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.domain.date_words import day_text
from mentordesk.ui.common.tones import CHART_DONE, CHART_PLAN, ERROR
from mentordesk.ui.common.translation import translate
from mentordesk.ui.goals.chart_drawing import ChartColours, ChartData, paint_progress, series


class ProgressChart(QWidget):
    """Progress (0-100) over the quarter; a dashed line from the start to 100 at the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ProgressChart", "Progress chart"))

    def sizeHint(self) -> QSize:
        return QSize(320, 130)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 130)

    def set_data(self, data: ChartData | None) -> None:
        """Show `data` (None clears the chart)."""
        self.data = data
        if data is not None:
            done = data.checkins[-1].progress if data.checkins else 0
            self.setToolTip(
                translate("ProgressChart", "{done}% on {day}").format(
                    done=done, day=day_text(data.checkins[-1].on)
                )
                if data.checkins
                else translate("ProgressChart", "No check-ins yet")
            )
        self.update()

    def series(self) -> list[tuple[date, int]]:
        """The plotted check-ins, as (date, progress), starting from 0 at the quarter start."""
        return series(self.data) if self.data is not None else []

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        colours = ChartColours(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Mid),
            palette.color(QPalette.ColorRole.Text),
            CHART_PLAN.colour(palette),
            CHART_DONE.colour(palette),
            ERROR.colour(palette),
        )
        paint_progress(painter, QRectF(self.rect()), self.data, colours)
        painter.end()
