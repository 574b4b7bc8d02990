"""Meeting feedback over time, drawn with QPainter: how useful the meetings felt (1-5),
and which way the talking and the work leant (the middle line: evenly shared)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.domain.date_words import day_text
from mentordesk.domain.feedback import MeetingFeedback
from mentordesk.ui.common.tones import CHART_DONE, CHART_PLAN
from mentordesk.ui.common.translation import translate

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 28, 10, 8, 20


class FeedbackChart(QWidget):
    """Usefulness (solid, dots) and balance (dashed, squares) per meeting both answered,
    oldest on the left; the words beside it say the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings: tuple[MeetingFeedback, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("FeedbackChart", "Meeting feedback over time"))

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def set_meetings(self, meetings: Sequence[MeetingFeedback]) -> None:
        """Show these meetings (oldest first)."""
        self.meetings = tuple(meetings)
        self.setAccessibleDescription(
            "; ".join(f"{day_text(m.held_on)}: useful {m.useful:.1f}" for m in self.meetings)
        )
        self.update()

    def points(self, area: QRectF) -> tuple[list[QPointF], list[QPointF]]:
        """Where the usefulness and the balance of each meeting are drawn in `area`."""
        plot = area.adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        n = len(self.meetings)

        def x_of(i: int) -> float:
            return plot.center().x() if n == 1 else plot.left() + i * plot.width() / (n - 1)

        def y_of(value: float) -> float:  # 1 at the bottom, 5 at the top
            return plot.bottom() - (value - 1) / 4 * plot.height()

        useful = [QPointF(x_of(i), y_of(m.useful)) for i, m in enumerate(self.meetings)]
        balance = [QPointF(x_of(i), y_of(3 + m.lean)) for i, m in enumerate(self.meetings)]
        return useful, balance

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect())
        plot = area.adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(plot)
        middle = plot.center().y()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
        for value, y in ((5, plot.top()), (3, middle), (1, plot.bottom())):
            painter.drawText(
                QRectF(area.left(), y - 8, MARGIN_LEFT - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        if self.meetings:
            label = QRectF(plot.left(), plot.bottom() + 2, plot.width(), 16)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft, day_text(self.meetings[0].held_on))
            if len(self.meetings) > 1:
                last = day_text(self.meetings[-1].held_on)
                painter.drawText(label, Qt.AlignmentFlag.AlignRight, last)
            useful, balance = self.points(area)
            done, plan = CHART_DONE.colour(), CHART_PLAN.colour()
            painter.setPen(QPen(done, 2))
            painter.drawPolyline(QPolygonF(useful))
            painter.setBrush(QBrush(done))
            for point in useful:
                painter.drawEllipse(point, 3.5, 3.5)
            dashed = QPen(plan, 2, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.drawPolyline(QPolygonF(balance))
            painter.setBrush(QBrush(plan))
            for point in balance:
                painter.drawRect(QRectF(point.x() - 3, point.y() - 3, 6, 6))
        painter.end()
