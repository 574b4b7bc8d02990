"""Print, print preview and save as PDF for the quarterly summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mentordesk.services.report import QuarterReport
from mentordesk.ui.printing.report import MARGIN_MM, page_size_for_locale, render, write_pdf


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size_for_locale())
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def print_report(report: QuarterReport, parent: QWidget) -> bool:
    """Ask for a printer (and paper) and print; True if it printed."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(report, printer)
    return True


def preview_report(report: QuarterReport, parent: QWidget) -> QPrintPreviewDialog:
    """Show the print preview (printing from it works too)."""
    dialog = QPrintPreviewDialog(_printer(), parent)
    dialog.setWindowTitle(f"Print Preview — {report.pair.title}, quarter {report.span.number}")
    dialog.paintRequested.connect(lambda printer: render(report, printer))
    dialog.exec()
    return dialog


def save_report_pdf(
    report: QuarterReport, parent: QWidget, path: Path | None = None
) -> Path | None:
    """Ask where to save (unless told) and write the PDF; the path written, if any."""
    if path is None:
        suggested = f"{report.pair.external_id}-quarter-{report.span.number}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            parent, "Save as PDF", suggested, "PDF documents (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
    write_pdf(report, str(path))
    return path


def summary(how: str, report: QuarterReport, parent: QWidget) -> str:
    """Print, preview or save the summary as `how` says ("print", "preview", "pdf");
    what the status bar says afterwards ("" for nothing)."""
    if how == "pdf":
        path = save_report_pdf(report, parent)
        return f"Saved the quarterly summary to {path}." if path is not None else ""
    (preview_report if how == "preview" else print_report)(report, parent)
    return ""
