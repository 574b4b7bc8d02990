"""The quarterly progress summary on paper: print, preview, or PDF.

The summary is an HTML document in a QTextDocument (tables repeat their header on
every page), with each goal's chart drawn as a vector text object, laid out page by
page with a "page X of Y" footer. Every piece of user text is escaped, so tags, script
and ampersands print as typed; control characters print as visible symbols. The text
is set in the bundled DejaVu Sans, embedded in the PDF. A PDF is made in memory and
saved whole or not at all (services.report.save_pdf): a full disk or a bad target is
told, never left half-written.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from mentordesk.domain.date_words import date_range, day_text
from mentordesk.domain.goals import Goal
from mentordesk.domain.health import HEALTH_QUESTIONS
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Pair, Role
from mentordesk.errors import UserFacingError
from mentordesk.resource_files import resource
from mentordesk.services.report import (
    LEFT_OUT,
    GoalLine,
    ItemLine,
    Moment,
    QuarterReport,
    save_pdf,
)
from mentordesk.ui.goals.progress_chart import ChartColours, ChartData, paint_progress

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
CHART_SIZE = QSizeF(420, 130)
CHART_LEGEND = (
    "Solid line and dots: progress at each check-in (red when behind schedule). Dashed "
    "line: steady progress from the quarter's start to the target date. Dotted line: today."
)
CHART_LEGEND_PAST = (
    "Solid line and dots: progress at each check-in of the quarter. Dashed line: steady "
    "progress from the quarter's start to the target date."
)
FOOTER_HEIGHT = 24.0
MARGIN_MM = 16.0
STATUS_WORDS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "achieved": "Achieved",
    "dropped": "Dropped",
}
OUTCOME_WORDS = {
    "achieved": "Achieved",
    "partly": "Partly achieved",
    "not_achieved": "Not achieved",
}


@cache
def report_font_family() -> str:
    """Load the bundled fonts once; the family name the report is set in."""
    family = "DejaVu Sans"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        data = resource(f"fonts/{name}").read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


@cache
def _printable(character: str) -> bool:
    """Whether some font here can draw `character`: the bundled one, or one installed
    that Qt falls back to."""
    code = ord(character)
    for family in (report_font_family(), *QFontDatabase.families()):
        if QFontMetrics(QFont(family)).inFontUcs4(code):
            return True
    return False


def unprintable(text: str) -> list[str]:
    """The characters of `text` no font here can draw, each once, in order."""
    found: dict[str, None] = {}
    for character in dict.fromkeys(text):  # each once
        drawn = ord(character) > 0x7E and not character.isspace() and character != "\ufffc"
        if drawn and not _printable(character):  # U+FFFC: where a chart is drawn
            found[character] = None
    return list(found)


def missing_note(characters: list[str]) -> str:
    """What the summary says about characters it could not print, and what to do."""
    listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in characters[:12])
    more = f" and {len(characters) - 12} more" if len(characters) > 12 else ""
    return (
        f"Some characters in this summary cannot be printed on this computer: {listed}{more}. "
        "No installed font has them, so they show as boxes. Installing a font that covers "
        "them (the Noto fonts cover every script and emoji; Debian and Ubuntu: "
        "fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) and printing again "
        "prints them."
    )


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where people measure in inches (the US system), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    us = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def literal(value: str) -> str:
    """User text as HTML that prints exactly as typed (control characters made visible)."""
    visible = "".join(
        chr(0x2400 + ord(c)) if ord(c) < 32 and c not in "\n\t" else "\u2421" if c == "\x7f" else c
        for c in value
    )
    return html.escape(visible).replace("\n", "<br>")


class _ChartHandler(QPyTextObject):
    # PySide recognises a text-object handler only through QPyTextObject.
    """Draws the goal charts where the document has chart objects."""

    def __init__(self, charts: list[ChartData], parent: QObject) -> None:
        super().__init__(parent)
        self._charts = charts

    def intrinsicSize(self, _doc: QTextDocument, _pos: int, _format: QTextFormat) -> QSizeF:
        return CHART_SIZE

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        _doc: QTextDocument,
        _pos: int,
        text_format: QTextFormat,
    ) -> None:
        data = self._charts[int(text_format.property(CHART_INDEX))]
        painter.save()
        labels = QFont(report_font_family())
        labels.setPixelSize(7)  # the painter works in points here
        painter.setFont(labels)
        colours = ChartColours(QColor("white"), QColor("#888888"), QColor("black"))
        paint_progress(painter, QRectF(rect), data, colours)
        painter.restore()


def _items_table(title: str, lines: tuple[ItemLine, ...], last: str = "Due") -> str:
    """A table of items; `last`: which day its last column gives (Due, Done, Dropped)."""
    if not lines:
        return f"<h4>{title}: none.</h4>"
    days = {"Due": lambda a: a.due, "Done": lambda a: a.done_on, "Dropped": lambda a: a.dropped_on}
    rows = "".join(
        f"<tr><td>{literal(line.owner)}</td><td>{literal(line.item.text)}</td>"
        f"<td>{day_text(days[last](line.item)) or '–'}"
        f"{' <b>(overdue)</b>' if line.overdue else ''}</td></tr>"
        for line in lines
    )
    return (
        f"<h4>{title} ({len(lines)}):</h4><table width='100%' cellpadding='3' "
        f"border='1' cellspacing='0'><thead><tr><th align='left'>Who</th>"
        f"<th align='left'>Action</th><th align='left'>{last}</th></tr></thead>"
        f"{rows}</table>"
    )


def _skill(goal: Goal) -> str:
    return "Technical" if goal.skill.value == "technical" else "Soft"


def _standing(line: GoalLine, current: bool) -> str:
    """Where a goal stood, in a few words: its review once reviewed, else its status
    (of a past quarter, only its progress then: its status now may be later news)."""
    goal = line.goal
    if goal.outcome is not None:
        words = f"reviewed: {OUTCOME_WORDS[goal.outcome.value].lower()}"
    elif not current:
        words = f"not reviewed, {line.progress}% at the end"
    else:
        words = f"{STATUS_WORDS[goal.status.value].lower()}, {line.progress}%"
        if line.behind:
            words += ", behind schedule"
    if line.carried_to is not None:
        words += f"; carried over to quarter {line.carried_to}"
    return words


def _whose(report: QuarterReport, goal: Goal) -> str:
    """'Ben's ' before a goal where goals may be either partner's (peers, or a mentor
    with a growth goal of their own), else nothing."""
    owners = {line.goal.owner for line in report.goals} | {g.owner for g in report.next_goals}
    if not report.pair.peers and owners <= {Role.MENTEE}:
        return ""
    return f"{report.pair.person(goal.owner).name}'s "


def _kind(report: QuarterReport, goal: Goal) -> str:
    """'Technical' or, where goals may be either partner's, 'Ben's technical' (HTML)."""
    whose = _whose(report, goal)
    return f"{literal(whose)}{_skill(goal).lower()}" if whose else _skill(goal)


def _milestones_html(line: GoalLine, as_of: date) -> str:
    """A goal's milestones as they stood on `as_of` (reached later: not yet, then)."""
    steps = line.goal.milestones
    if not steps:
        return ""

    def state(m: Milestone) -> str:
        if m.reached_on is not None and m.reached_on <= as_of:
            return f"reached {day_text(m.reached_on)}"
        return f"due {day_text(m.due)}"

    return (
        "<p><b>Milestones:</b> "
        + "; ".join(f"{literal(m.text)} ({state(m)})" for m in steps)
        + "</p>"
    )


def _goal_html(
    line: GoalLine, index: int, current: bool, whose: str = "", as_of: date | None = None
) -> str:
    goal = line.goal
    review = ""
    if goal.outcome is not None:
        review = (
            f"<p><b>Quarter-end review:</b> {OUTCOME_WORDS[goal.outcome.value]}"
            + (f", carried over to quarter {line.carried_to}" if line.carried_to else "")
            + f". {literal(goal.reflection)}</p>"
        )
    flag = " <b>(behind schedule)</b>" if line.behind else ""
    status = f"<b>Status:</b> {STATUS_WORDS[goal.status.value]} · " if current else ""
    progress = "Progress" if current else "Progress at the end"
    legend = CHART_LEGEND if current else CHART_LEGEND_PAST
    return (
        f"<h3>{literal(whose)}{_skill(goal).lower() if whose else _skill(goal)} skill: "
        f"{literal(goal.title)}</h3>"
        f"<p><b>Specific:</b> {literal(goal.specific) or '–'}<br>"
        f"<b>Measured by:</b> {literal(goal.measure) or '–'}<br>"
        f"<b>Target date:</b> {day_text(goal.target_date)} · "
        f"{status}<b>{progress}:</b> {line.progress}%{flag}</p>"
        f"<p>[[chart:{index}]]<br><small>{legend}</small></p>"
        f"{_milestones_html(line, as_of or date.max)}{review}"
    )


def _moment(report: QuarterReport) -> str:
    """Which moment the summary tells."""
    if report.moment is Moment.AHEAD:
        return f"As planned on {day_text(report.made_on)}: the quarter has not begun."
    if report.moment is Moment.UNDER_WAY:
        return f"As it stands on {day_text(report.made_on)}: the quarter is under way."
    if report.moment is Moment.ENDED:
        ended = report.pair.ended_on or report.span.ends_on
        return f"As it stood when the partnership ended, {day_text(ended)}."
    return f"As it stood at the end of the quarter, {day_text(report.span.ends_on)}."


def _overview(report: QuarterReport) -> str:
    """The first lines a reader sees: goals and how they stand, meetings, items, next."""
    figures, items = report.figures, report.items
    goals = "".join(
        f"<li>{_kind(report, line.goal)}: "
        f"{literal(line.goal.title)} — {_standing(line, report.current)}</li>"
        for line in report.goals
    )
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    upcoming = ", ".join(literal(g.title) for g in report.next_goals) or "not set yet"
    wins = "".join(
        f"<li>Win, {day_text(win.won_on)} ({literal(who)}): {literal(win.text)}</li>"
        for who, win in report.wins
    )
    return (
        "<h2>At a glance</h2><ul>"
        + (goals or "<li>No goals were set for this quarter.</li>")
        + wins
        + f"<li>Meetings: {figures.held} held of {figures.planned} planned; attendance {rate}"
        + (f" ({figures.to_come} still to come)" if figures.to_come else "")
        + f"</li><li>Action items: {items.completed} completed, {items.open_at_end} open"
        + (f", {items.dropped} dropped" if items.dropped else "")
        + (f" ({items.overdue_at_end} overdue)" if items.overdue_at_end else "")
        + f"</li><li>Next quarter's goals: {upcoming}</li></ul>"
    )


def _partners(pair: Pair) -> str:
    """Who the pair is, as the summary's first line says it."""
    if pair.peers:
        return f"<b>Peers:</b> {literal(pair.mentor.name)} and {literal(pair.mentee.name)}"
    return (
        f"<b>Mentor:</b> {literal(pair.mentor.name)} · <b>Mentee:</b> {literal(pair.mentee.name)}"
    )


def report_html(report: QuarterReport) -> tuple[str, list[ChartData]]:
    """The summary as HTML, with [[chart:N]] where chart N goes."""
    pair, span, figures, items = report.pair, report.span, report.figures, report.items
    as_of_day = report.as_of.date() if report.current else report.as_of.date() - timedelta(days=1)
    charts = [
        ChartData(
            span,
            line.goal.target_date,
            tuple(c for c in line.goal.checkins if c.on <= as_of_day),
            min(report.made_on, span.ends_on),
            line.behind,
        )
        for line in report.goals
    ]
    parts = [
        f"<h1>Quarterly progress summary</h1><p>{_partners(pair)}<br><b>Quarter {span.number}:</b> "
        f"{date_range(span.starts_on, span.ends_on)}<br>{_moment(report)}</p>",
        f"<p><i>{LEFT_OUT}</i></p>" if report.manager_copy else "",
        _overview(report),
        "<h2>Goals</h2>",
        *(
            _goal_html(line, i, report.current, _whose(report, line.goal), as_of_day)
            for i, line in enumerate(report.goals)
        ),
    ]
    if not report.goals:
        parts.append("<p>No goals were set for this quarter.</p>")
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    parts += [
        "<h2>Meetings</h2>",
        f"<p>Planned {figures.planned} = held {figures.held} + missed {figures.missed} + "
        f"cancelled {figures.cancelled} + still to come {figures.to_come} · "
        f"moved {figures.moved} · <b>attendance {rate}</b><br>"
        "Every meeting of the quarter is counted once, by how it went; a moved one where it "
        "went. Attendance is held out of held and missed.</p>",
    ]
    if report.held_sessions and report.manager_copy:
        held_on = ", ".join(day_text(s.scheduled_for.date()) for s in report.held_sessions)
        parts.append(f"<p><b>Held on:</b> {held_on}.</p>")
    elif report.held_sessions:
        rows = "".join(
            f"<tr><td>{day_text(s.scheduled_for.date())}</td>"
            f"<td>{literal(', '.join(s.topics)) or '–'}</td></tr>"
            for s in report.held_sessions
        )
        parts.append(
            "<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
            "<thead><tr><th align='left'>Held on</th><th align='left'>Topics</th>"
            f"</tr></thead>{rows}</table>"
        )
    parts += [
        "<h2>Action items</h2>",
        f"<p>Carried in {items.carried_in} + created {items.created} = completed "
        f"{items.completed} + dropped {items.dropped} + open at the end {items.open_at_end} "
        f"· of those open, overdue {items.overdue_at_end}<br>Carried in: agreed before the "
        "quarter and still open when it began. Dropped: the pair agreed it will not be done. "
        "Open at the end: neither done nor dropped by the quarter's last day (or by today "
        "for the current quarter).</p>",
        _items_table("Open at the end", report.open_at_end),
        _items_table("Completed", report.completed, "Done"),
        *([_items_table("Dropped", report.dropped, "Dropped")] if report.dropped else []),
        "<h2>Checklists</h2>",
    ]
    parts += [
        f"<p><b>{literal(r.title)}</b> (started {day_text(r.started_on)}"
        + (f", closed {day_text(r.completed_on)}" if r.completed_on else ", open")
        + (")</p>" if report.manager_copy else f"): {literal(r.outcome) or 'no outcome yet'}</p>")
        for r in report.runs
    ]
    if not report.runs:
        parts.append("<p>No checklist was needed this quarter.</p>")
    parts.append("<h2>Health check</h2>")
    if report.manager_copy:
        parts.append("<p>The pair's answers stay between them.</p>")
    elif report.health:
        header = "".join(f"<th>{literal(name)}</th>" for name, _ in report.health)
        rows = "".join(
            f"<tr><td>{q}</td>"
            + "".join(f"<td align='center'>{a.scores[i]}</td>" for _, a in report.health)
            + "</tr>"
            for i, q in enumerate(HEALTH_QUESTIONS)
        )
        comments = "".join(
            f"<p><b>{literal(name)}:</b> {literal(a.comment) or '–'}</p>"
            for name, a in report.health
        )
        parts.append(
            "<table width='100%' cellpadding='3' border='1' cellspacing='0'><thead>"
            f"<tr><th align='left'>Statement (1–5)</th>{header}</tr></thead>"
            f"{rows}</table>{comments}"
        )
    else:
        parts.append("<p>Shown once both partners have answered this quarter's check.</p>")
    parts.append("<h2>Next quarter's goals</h2>")
    parts += [
        f"<p>{_kind(report, g)} skill: {literal(g.title)} (target {day_text(g.target_date)})</p>"
        for g in report.next_goals
    ] or ["<p>Not set yet.</p>"]
    ended_here = pair.ended_on is not None and pair.ended_on in span  # the final summary
    if ended_here and any(pair.closing) and not report.manager_copy:
        parts.append("<h2>Closing reflections</h2>")
        parts += [
            f"<p><b>{literal(person.name)}:</b> {literal(words)}</p>"
            for person, words in zip((pair.mentor, pair.mentee), pair.closing, strict=True)
            if words
        ]
    if (signed := report.signature) is not None:
        parts.append(
            f"<h2>Signed</h2><p>Signed in MentorDesk on {day_text(signed.signed_on)} by "
            f"{literal(signed.mentor_name)} ({pair.role_word(Role.MENTOR)}) and "
            f"{literal(signed.mentee_name)} ({pair.role_word(Role.MENTEE)}): version "
            f"{signed.version} of this quarter's summary. MentorDesk keeps this PDF as "
            "signed; <i>mentordesk verify</i> tells whether a copy is unchanged."
            "</p>"
        )
    elif not report.manager_copy:
        parts.append(
            "<h2>Signatures</h2><table width='100%' cellpadding='14'><tr>"
            f"<td>{pair.role_word(Role.MENTOR).title()}: {literal(pair.mentor.name)}<br><br>"
            "____________________________<br>Date: ______________</td>"
            f"<td>{pair.role_word(Role.MENTEE).title()}: {literal(pair.mentee.name)}<br><br>"
            "____________________________<br>Date: ______________</td></tr></table>"
        )
    return "".join(parts), charts


def build_document(report: QuarterReport, page_points: QSizeF) -> QTextDocument:
    """The laid-out summary for pages of `page_points` (text area, in points)."""
    family = report_font_family()
    document = QTextDocument()
    document.setDefaultFont(QFont(family, 10))
    document.setDefaultStyleSheet(
        f"body, td, th, p {{ font-family: '{family}'; }} h1 {{ font-size: 18pt; }} "
        "h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 11pt; } "
        "h4 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; } "
        "th { background-color: #e8e8e8; }"
    )
    body, charts = report_html(report)
    document.setHtml(f"<html><body>{body}</body></html>")
    handler = _ChartHandler(charts, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    for index in range(len(charts)):
        found = document.find(f"[[chart:{index}]]")
        if found.isNull():
            continue
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_INDEX, index)
        found.insertText("\ufffc", chart)
    if missing := unprintable(document.toPlainText()):  # said first, before any box
        cursor = QTextCursor(document.begin().next())
        cursor.insertHtml(f"<p><b>Note:</b> {literal(missing_note(missing))}</p>")
        cursor.insertBlock()
    document.setPageSize(page_points)
    keep_headings_with_next(document)
    return document


KEEP_ROOM = 0.15  # a heading this close to a page's foot goes to the next page...


def orphaned_headings(document: QTextDocument) -> list[QTextBlock]:
    """Headings left alone at a page's foot: in its last KEEP_ROOM, with what follows
    them on a later page."""
    height = document.pageSize().height()
    found = []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            page, into = divmod(first_line_top(document, block), height)
            next_page = first_line_top(document, following) // height
            if into > (1 - KEEP_ROOM) * height and next_page > page:
                found.append(block)
        block = following
    return found


def first_line_top(document: QTextDocument, block: QTextBlock) -> float:
    """Where a block's first line is laid out, in the document: a block's box may begin
    on one page while its first line, pushed by the page's end, is on the next."""
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    return top + (lines.lineAt(0).y() if lines.lineCount() else 0.0)


def keep_headings_with_next(document: QTextDocument) -> None:
    """...with what follows it (keep-with-next), and keep a table's rows whole: a page
    break before each such heading or row, one at a time from the top, as each moves
    what comes after it."""
    for _ in range(document.blockCount()):  # each round settles one for good
        orphans = orphaned_headings(document)
        rows = split_rows(document)
        first = min(
            [(first_line_top(document, b), [b]) for b in orphans[:1]]
            + [(first_line_top(document, cells[0]), cells) for cells in rows[:1]],
            default=None,
            key=lambda found: found[0],
        )
        if first is None:
            return
        for block in first[1]:
            cursor = QTextCursor(block)
            moved = QTextBlockFormat()
            moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.mergeBlockFormat(moved)


def split_rows(document: QTextDocument) -> list[list[QTextBlock]]:
    """Table rows that begin on one page and end on the next (each as the first blocks
    of its cells), top first; a row taller than a page is left to split."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    found = []
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            cells = [frame.cellAt(row, column) for column in range(frame.columns())]
            firsts = [cell.firstCursorPosition().block() for cell in cells]
            top = min(first_line_top(document, block) for block in firsts)
            bottom = max(
                layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                for cell in cells
            )
            if top // height != (bottom - 1) // height and bottom - top < height / 2:
                found.append(firsts)
    return found


def render(report: QuarterReport, device: QPagedPaintDevice) -> int:
    """Paint the summary on `device` (a printer or a PDF writer); returns the page count.

    A device that will not start or finish painting raises UserFacingError.
    """
    layout = device.pageLayout()
    paint = layout.paintRect(QPageLayout.Unit.Point)
    text_area = QSizeF(paint.width(), paint.height() - FOOTER_HEIGHT)
    document = build_document(report, text_area)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise UserFacingError(
            "The quarterly summary could not be drawn: the printer or PDF did not start."
        )
    scale = device.logicalDpiX() / 72.0
    painter.scale(scale, scale)
    footer_font = QFont(report_font_family())
    footer_font.setPixelSize(8)  # the painter works in points here
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * text_area.height())
        document.drawContents(painter, QRectF(QPointF(0, page * text_area.height()), text_area))
        painter.restore()
        painter.setFont(footer_font)
        painter.drawText(
            QRectF(0, text_area.height() + 6, text_area.width(), 14),
            f"Page {page + 1} of {pages} · {report.pair.title} · quarter "
            f"{report.span.number} · made on {day_text(report.made_on)}"
            + (f" · signed, version {report.signature.version}" if report.signature else ""),
        )
    if not painter.end():
        raise UserFacingError("The quarterly summary could not be drawn to the end.")
    return pages


def pdf_bytes(report: QuarterReport, page_size: QPageSize | None = None) -> tuple[bytes, int]:
    """The summary as a finished PDF in memory, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Quarterly progress summary — {report.pair.title}")
    writer.setCreator("MentorDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            page_size or page_size_for_locale(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = render(report, writer)  # the writer writes the PDF's end as painting ends
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_pdf(report: QuarterReport, path: str, page_size: QPageSize | None = None) -> int:
    """Save the summary as a PDF file, whole or not at all; returns the page count.

    Painted in memory, then written to a temporary file beside `path`, checked and
    renamed (services.report.save_pdf); a failure leaves no file and raises a
    UserFacingError that says why.
    """
    data, pages = pdf_bytes(report, page_size)
    save_pdf(Path(path), data)
    return pages
