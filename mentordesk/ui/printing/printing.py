"""Print, print preview and save as PDF for the quarterly summary.

Qt's print dialogs keep only a pointer to the QPrinter they are given: a printer that goes
before its dialog crashes the application as soon as the dialog paints. So each function
here holds its printer in a local name, runs its dialog modally and destroys the dialog
before it returns, while the printer is still there.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.services.report import QuarterReport, manager_copy
from mentordesk.ui.common.file_dialogs import save_path
from mentordesk.ui.common.translation import translate
from mentordesk.ui.printing.report import MARGIN_MM, page_size_for_locale, render, write_pdf


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size_for_locale())
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def _run_then_destroy(dialog: QDialog) -> bool:
    """Run `dialog` modally; True if accepted. The dialog is destroyed before this returns,
    so the printer the caller holds outlives it (and no closed dialog piles up under the
    parent)."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        if shiboken6.isValid(dialog):  # not already gone with its parent
            shiboken6.delete(dialog)


def print_report(report: QuarterReport, parent: QWidget) -> bool:
    """Ask for a printer (and paper) and print; True if it printed."""
    printer = _printer()  # outlives the dialog, which only points to it
    if not _run_then_destroy(QPrintDialog(printer, parent)):
        return False
    render(report, printer)
    return True


def preview_report(report: QuarterReport, parent: QWidget) -> bool:
    """Show the print preview until it is closed; True if it was printed from there."""
    printer = _printer()  # outlives the dialog, which only points to it
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        translate("Printing", "Print Preview — {pair}, quarter {number}").format(
            pair=report.pair.title, number=report.span.number
        )
    )
    dialog.paintRequested.connect(lambda device: render(report, device))
    return _run_then_destroy(dialog)


def save_report_pdf(
    report: QuarterReport, parent: QWidget, path: Path | None = None
) -> Path | None:
    """Ask where to save (unless told) and write the PDF; the path written, if any."""
    if path is None:
        copy = "-manager-copy" if report.manager_copy else ""
        suggested = f"{report.pair.external_id}-quarter-{report.span.number}{copy}.pdf"
        path = save_path(
            parent,
            translate("Printing", "Save as PDF"),
            suggested,
            translate("Printing", "PDF documents (*.pdf)"),
        )
        if path is None:
            return None
    write_pdf(report, str(path))  # a QPdfWriter of its own: no dialog points to it
    return path


def summary(how: str, report: QuarterReport, parent: QWidget) -> str:
    """Print, preview or save the summary as `how` says ("print", "preview", "pdf", or
    "manager": the manager copy as PDF);
    what the status bar says afterwards ("" for nothing)."""
    if how == "pdf":
        path = save_report_pdf(report, parent)
        return (
            translate("Printing", "Saved the quarterly summary to {path}.").format(path=path)
            if path is not None
            else ""
        )
    if how == "manager":
        path = save_report_pdf(manager_copy(report), parent)
        return (
            translate("Printing", "Saved the manager copy of the summary to {path}.").format(
                path=path
            )
            if path
            else ""
        )
    if how == "preview":
        preview_report(report, parent)
        return ""
    if how == "print":
        print_report(report, parent)
        return ""
    raise ValueError(f"no such way to give the summary: {how!r}")


def print_markdown(markdown: str, parent: QWidget) -> bool:
    """Ask for a printer and print `markdown` (an agenda, a recap) as a page of text;
    True if it printed."""
    from PySide6.QtGui import QTextDocument

    printer = _printer()  # outlives the dialog, which only points to it
    if not _run_then_destroy(QPrintDialog(printer, parent)):
        return False
    document = QTextDocument()
    document.setMarkdown(markdown)
    document.print_(printer)
    return True
