"""The quarterly progress summary on paper: print, preview, or PDF.

The summary is an HTML document (summary_html.py) in a QTextDocument (tables repeat their header on
every page), with each goal's chart drawn as a vector text object, laid out page by
page with a "page X of Y" footer. Every piece of user text is escaped, so tags, script
and ampersands print as typed; control characters print as visible symbols. The text
is set in the bundled DejaVu Sans, embedded in the PDF. A PDF is made in memory and
saved whole or not at all (services.report.save_pdf): a full disk or a bad target is
told, never left half-written.
"""

from __future__ import annotations

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
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
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

from mentordesk.domain.date_words import day_text
from mentordesk.errors import UserFacingError
from mentordesk.resource_files import resource
from mentordesk.services.report import (
    QuarterReport,
    save_pdf,
)
from mentordesk.ui.common.translation import translate
from mentordesk.ui.goals.chart_drawing import ChartColours, ChartData, paint_progress
from mentordesk.ui.printing.summary_html import literal, report_html

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
CHART_SIZE = QSizeF(420, 130)
FOOTER_HEIGHT = 24.0
MARGIN_MM = 16.0


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
    more = len(characters) - 12
    if more > 0:  # German "und {count} mehr" serves one and many alike
        text = translate(
            "Report",
            "Some characters in this summary cannot be printed on this computer: {listed} "
            "and {count} more. No installed font has them, so they show as boxes. Installing "
            "a font that covers them (the Noto fonts cover every script and emoji; Debian and "
            "Ubuntu: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) and printing "
            "again prints them.",
        )
    else:
        text = translate(
            "Report",
            "Some characters in this summary cannot be printed on this computer: {listed}. "
            "No installed font has them, so they show as boxes. Installing a font that covers "
            "them (the Noto fonts cover every script and emoji; Debian and Ubuntu: "
            "fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) and printing again "
            "prints them.",
        )
    return text.format(listed=listed, count=more)


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where people measure in inches (the US system), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    us = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


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
        paint_progress(painter, QRectF(rect), data, ChartColours.on_paper())
        painter.restore()


def draw_on_paper(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """Draw the part `clip` of `document` in black ink: QTextDocument.drawContents takes
    its text colour from the screen's palette, light in a dark appearance."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    ink = QPalette(context.palette)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        ink.setColor(role, QColor("black"))
    ink.setColor(QPalette.ColorRole.Link, QColor("#0b4f9c"))
    context.palette = ink
    painter.save()
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)
    painter.restore()


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
            translate(
                "Report",
                "The quarterly summary could not be drawn: the printer or PDF did not start.",
            )
        )
    scale = device.logicalDpiX() / 72.0
    painter.scale(scale, scale)
    footer_font = QFont(report_font_family())
    footer_font.setPixelSize(8)  # the painter works in points here
    footer = (
        translate(
            "Report",
            "Page {page} of {pages} · {pair} · quarter {number} · made on {day} · signed, "
            "version {version}",
        )
        if report.signature
        else translate(
            "Report", "Page {page} of {pages} · {pair} · quarter {number} · made on {day}"
        )
    )
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * text_area.height())
        draw_on_paper(document, painter, QRectF(QPointF(0, page * text_area.height()), text_area))
        painter.restore()
        painter.setFont(footer_font)
        painter.drawText(
            QRectF(0, text_area.height() + 6, text_area.width(), 14),
            footer.format(
                page=page + 1,
                pages=pages,
                pair=report.pair.title,
                number=report.span.number,
                day=day_text(report.made_on),
                version=report.signature.version if report.signature else "",
            ),
        )
    if not painter.end():
        raise UserFacingError(
            translate("Report", "The quarterly summary could not be drawn to the end.")
        )
    return pages


def pdf_bytes(report: QuarterReport, page_size: QPageSize | None = None) -> tuple[bytes, int]:
    """The summary as a finished PDF in memory, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(
        translate("Report", "Quarterly progress summary — {pair}").format(pair=report.pair.title)
    )
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
