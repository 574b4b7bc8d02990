"""Print preview and printing for real: the dialogs open offscreen, the preview paints its
pages, and a printer set to PDF (as the print dialog sets it) writes pages poppler reads.

Nothing here replaces `exec` or the painting: a timer inside the dialog's own event loop
looks at what it shows and closes it, as a person would.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.report import QuarterReport
from mentordesk.ui.printing.printing import preview_report, print_report, summary
from mentordesk.ui.printing.report import pdf_bytes, render
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

PATIENCE = 200  # timer rounds (of 10 ms) to wait for a dialog before giving up


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler reads it."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")


def print_to_file(dialog: QDialog, target: Path) -> None:
    """In the open print dialog, choose "Print to File (PDF)" into `target` and print."""
    assert isinstance(dialog, QPrintDialog)
    printers = dialog.findChild(QComboBox, "printers")
    name = dialog.findChild(QLineEdit, "filename")
    assert printers is not None
    assert name is not None
    to_file = printers.findText("Print to File (PDF)")
    assert to_file >= 0
    printers.setCurrentIndex(to_file)  # never a real printer, should the machine have one
    name.setText(str(target))
    dialog.accept()


@pytest.fixture
def report(services: Services, pair_id: int) -> QuarterReport:
    """Ana and Ben's first quarter, with a held meeting and enough open items for pages."""
    row = next(r for r in services.sessions.log(pair_id) if r.occurrence is not None)
    assert row.occurrence is not None
    session_id, _ = services.sessions.open_for(pair_id, row.occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, ["Planning"], "Notes")
    ben = services.people.find("ben-okafor")
    assert ben is not None
    for number in range(40):
        services.sessions.add_action_item(
            session_id, ben.id, f"Open item number {number:02d}", due=date(2026, 12, 1)
        )
    return services.reports.quarter_report(pair_id, 1)


@dataclass
class PreviewSeen:
    """What the open preview showed, read from inside its event loop."""

    title: str = ""
    pages: int = 0
    repainted_pages: int = 0
    painted_on: list[QPageLayout] = field(default_factory=list)
    ink: int = 0
    errors: list[str] = field(default_factory=list)


def when_modal(act: Callable[[QDialog], None], errors: list[str]) -> None:
    """Once a modal dialog is open, `act` on it from inside its event loop; the dialog is
    rejected afterwards if `act` left it open, so a failing check never hangs the test."""
    rounds = 0

    def look() -> None:
        nonlocal rounds
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            rounds += 1
            if rounds > PATIENCE:
                errors.append("no modal dialog opened")
                return
            QTimer.singleShot(10, look)
            return
        try:
            act(dialog)
        except Exception as error:  # reported by the test, after the dialog is closed
            errors.append(repr(error))
        finally:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look)


def ink_on_the_page(image: QImage) -> int:
    """Pixels that are not white inside the white page the preview shows (0 for a blank
    page: the grey around it and the page's shadow are left out)."""
    white = QColor("white")
    middle = image.width() // 2
    top = next(y for y in range(image.height()) if image.pixelColor(middle, y) == white)
    bottom = next(
        y for y in reversed(range(image.height())) if image.pixelColor(middle, y) == white
    )
    left = next(x for x in range(image.width()) if image.pixelColor(x, top) == white)
    right = next(x for x in reversed(range(image.width())) if image.pixelColor(x, top) == white)
    return sum(
        1
        for y in range(top + 3, bottom - 2)
        for x in range(left + 3, right - 2)
        if image.pixelColor(x, y) != white
    )


def look_at_preview(seen: PreviewSeen, *, collect: bool) -> Callable[[QDialog], None]:
    """Reads the preview's pages, collects garbage (if asked), has the preview paint its
    pages again on its printer and grabs what it shows."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.title = dialog.windowTitle()
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        seen.pages = preview.pageCount()
        if collect:
            gc.collect()
            gc.collect()
        # The printer must still be there: paint the preview again, on the same printer.
        dialog.paintRequested.connect(lambda printer: seen.painted_on.append(printer.pageLayout()))
        preview.updatePreview()
        seen.repainted_pages = preview.pageCount()
        preview.fitInView()
        seen.ink = ink_on_the_page(preview.grab().toImage())

    return act


@pytest.mark.parametrize("collect", [False, True], ids=["plain", "gc-in-the-loop"])
def test_the_preview_paints_every_page_and_closes_again_and_again(
    qtbot: QtBot, report: QuarterReport, collect: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    _, pages = pdf_bytes(report)
    assert pages >= 2
    for _ in range(4):
        seen = PreviewSeen()
        when_modal(look_at_preview(seen, collect=collect), seen.errors)
        assert preview_report(report, parent) is False  # closed, not printed
        gc.collect()
        assert seen.errors == []
        assert seen.title == "Print Preview — Ana Silva → Ben Okafor, quarter 1"
        assert seen.pages == pages  # render ran on the preview's printer, page by page
        assert seen.repainted_pages == pages
        assert len(seen.painted_on) == 1
        layout = seen.painted_on[0]
        assert layout.pageSize().id() in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter)
        assert round(layout.margins(QPageLayout.Unit.Millimeter).left()) == 16
        assert seen.ink > 1000  # the page shows the summary, not blank paper
    # The dialogs went with their printers; none is left under the parent.
    assert parent.findChildren(QPrintPreviewDialog) == []


def test_print_preview_opens_from_the_gui(
    qtbot: QtBot, make_window: Callable[[], MainWindow], pair_id: int, report: QuarterReport
) -> None:
    _, pages = pdf_bytes(report)
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.goals.choose_quarter(1)
    for _ in range(2):
        seen = PreviewSeen()
        when_modal(look_at_preview(seen, collect=True), seen.errors)
        window.action_map[ActionId.PRINT_PREVIEW].trigger()
        assert seen.errors == []
        assert seen.title == "Print Preview — Ana Silva → Ben Okafor, quarter 1"
        assert seen.pages == seen.repainted_pages == pages
        assert seen.ink > 1000
    assert window.findChildren(QPrintPreviewDialog) == []
    assert window.isVisible()


@needs_poppler
def test_printing_from_the_preview_to_a_pdf_file(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    target = tmp_path / "from-the-preview.pdf"
    errors: list[str] = []

    def press_print(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        gc.collect()
        (action,) = (a for a in dialog.findChildren(QAction) if a.text() == "Print")
        when_modal(lambda printing: print_to_file(printing, target), errors)
        action.trigger()

    when_modal(press_print, errors)
    printed = preview_report(report, parent)
    assert errors == []
    assert printed is True  # printed from the preview
    _, pages = pdf_bytes(report)
    assert len(PdfReader(target).pages) == pages
    text = " ".join(pdf_text(target).split())
    assert "Open item number 39" in text
    assert f"Page {pages} of {pages}" in text
    assert parent.findChildren(QPrintPreviewDialog) == []


def test_the_preview_outlives_its_window_going_away_while_open(
    qtbot: QtBot, report: QuarterReport
) -> None:
    parent = QWidget()
    parent.show()
    errors: list[str] = []

    def window_goes(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        shiboken6.delete(parent)  # the dialog goes with it, inside its own exec()
        gc.collect()

    when_modal(window_goes, errors)
    assert preview_report(report, parent) is False
    assert errors == []
    assert not shiboken6.isValid(parent)


@needs_poppler
def test_a_printer_set_to_pdf_writes_pages_poppler_reads(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    pages = render(report, printer)
    assert len(PdfReader(target).pages) == pages
    text = " ".join(pdf_text(target).split())
    assert "Quarterly progress summary" in text
    assert "Mentor: Ana Silva · Mentee: Ben Okafor" in text
    assert "Open item number 39" in text
    assert pages >= 2
    assert f"Page {pages} of {pages}" in text


@needs_poppler
def test_printing_through_the_print_dialog_to_a_pdf_file(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    target = tmp_path / "printed.pdf"
    errors: list[str] = []

    def choose_file(dialog: QDialog) -> None:
        gc.collect()
        print_to_file(dialog, target)

    when_modal(choose_file, errors)
    assert print_report(report, parent) is True
    assert errors == []
    reader = PdfReader(target)
    pages = len(reader.pages)
    assert pages >= 2
    text = " ".join(pdf_text(target).split())
    assert "Quarterly progress summary" in text
    assert "Open item number 39" in text
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert parent.findChildren(QPrintDialog) == []


def test_a_cancelled_print_dialog_prints_nothing_and_leaves_nothing_behind(
    qtbot: QtBot, report: QuarterReport
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    errors: list[str] = []
    when_modal(lambda dialog: dialog.reject(), errors)
    assert summary("print", report, parent) == ""
    assert errors == []
    assert parent.findChildren(QPrintDialog) == []
