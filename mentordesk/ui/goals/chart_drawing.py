"""Drawing a goal's progress over its quarter, on screen (ProgressChart) or on paper
(the quarterly summary): no widget here, so the report's command needs no QtWidgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import CheckIn
from mentordesk.domain.quarters import Quarter
from mentordesk.ui.common.tones import CHART_DONE, CHART_PLAN, ERROR

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 40, 10, 10, 20


@dataclass(frozen=True)
class ChartData:
    """What the chart shows: the quarter, the target date, check-ins, today."""

    span: Quarter
    target_date: date
    checkins: tuple[CheckIn, ...]
    today: date
    behind: bool = False


@dataclass(frozen=True)
class ChartColours:
    """The colours a chart is drawn in: the screen's palette and its tones' shades, or
    black on white and the light shades on paper (whatever the screen's appearance)."""

    base: QColor
    lines: QColor
    text: QColor
    plan: QColor
    done: QColor
    behind: QColor

    @classmethod
    def on_paper(cls) -> ChartColours:
        """Paper is white, in a dark appearance too."""
        return cls(
            QColor("white"),
            QColor("#888888"),
            QColor("black"),
            QColor(CHART_PLAN.light),
            QColor(CHART_DONE.light),
            QColor(ERROR.light),
        )


def series(data: ChartData) -> list[tuple[date, int]]:
    """The plotted check-ins, as (date, progress), starting from 0 at the quarter start."""
    return [(data.span.starts_on, 0)] + [(c.on, c.progress) for c in data.checkins]


def paint_progress(
    painter: QPainter, area: QRectF, data: ChartData | None, colours: ChartColours
) -> None:
    """Draw a progress chart into `area` with vector lines (on screen or on paper)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = area.adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
    painter.fillRect(plot, colours.base)
    painter.setPen(QPen(colours.lines, 1))
    painter.drawRect(plot)
    painter.setPen(QPen(colours.text))

    def y_of(progress: int) -> float:
        return plot.bottom() - progress / 100 * plot.height()

    for value in (0, 50, 100):
        painter.drawText(
            QRectF(area.left(), y_of(value) - 8, MARGIN_LEFT - 4, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{value}%",
        )
    if data is None:
        painter.restore()
        return
    total = max((data.span.ends_on - data.span.starts_on).days, 1)

    def x_of(day: date) -> float:
        share = min(max((day - data.span.starts_on).days / total, 0.0), 1.0)
        return plot.left() + share * plot.width()

    label = QRectF(plot.left(), plot.bottom() + 2, plot.width(), 16)
    painter.drawText(label, Qt.AlignmentFlag.AlignLeft, day_text(data.span.starts_on))
    painter.drawText(label, Qt.AlignmentFlag.AlignRight, day_text(data.span.ends_on))
    plan = QPen(colours.plan)
    plan.setStyle(Qt.PenStyle.DashLine)
    plan.setWidthF(1.5)
    painter.setPen(plan)
    painter.drawLine(
        QPointF(x_of(data.span.starts_on), y_of(0)), QPointF(x_of(data.target_date), y_of(100))
    )
    if data.span.starts_on <= data.today <= data.span.ends_on:
        painter.setPen(QPen(colours.lines, 1, Qt.PenStyle.DotLine))
        painter.drawLine(
            QPointF(x_of(data.today), plot.top()), QPointF(x_of(data.today), plot.bottom())
        )
    colour = colours.behind if data.behind else colours.done
    points = [QPointF(x_of(d), y_of(p)) for d, p in series(data)]
    painter.setPen(QPen(colour, 2))
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QBrush(colour))
    for point in points[1:]:
        painter.drawEllipse(point, 3.5, 3.5)
    painter.restore()
