"""The quarterly summary's pages (issue 24): no heading left alone at a page's foot (in
its last 15 % with what it heads on the next page), and no text outside the page, over
summaries of many lengths; the PDF's pages, rendered by poppler, show the same."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.ui.common import appearance
from mentordesk.ui.common.appearance import Appearance
from mentordesk.ui.printing.report import (
    build_document,
    keep_headings_with_next,
    orphaned_headings,
    split_rows,
    unprintable,
    write_pdf,
)

A4_TEXT = QSizeF(481.9, 713.7)  # A4's text area in points (16 mm margins, the footer off)
LONG_WORD = "https://example.org/" + "a" * 240  # no place to break but anywhere


def heading_tops(document: QTextDocument) -> list[float]:
    """Where each heading begins, as a share of its page's height."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    tops = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            tops.append(divmod(layout.blockBoundingRect(block).top(), height)[1] / height)
        block = block.next()
    return tops


def test_a_heading_at_a_pages_foot_moves_to_the_next_page(qtbot: QtBot) -> None:
    document = QTextDocument()
    document.setPageSize(QSizeF(400, 300))
    for lines in range(1, 40):
        filler = "".join(f"<p>Line {n}</p>" for n in range(lines))
        document.setHtml(f"{filler}<h2>Action items</h2><p>What the heading heads.</p>")
        before = bool(orphaned_headings(document))
        keep_headings_with_next(document)
        assert orphaned_headings(document) == []
        if before:  # it moved to the top of the next page (below its own margin)
            assert heading_tops(document)[0] < 0.1


@pytest.fixture
def pair_id(services: Services) -> int:
    """Ana and Ben, meeting weekly this quarter, a held session to add items to."""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    return services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0


def last_lines(pdf: Path) -> list[str]:
    """Each page's last line of text above its footer, as poppler-independent pypdf
    extracts it (what a reader sees at the foot of each page)."""
    found = []
    for page in PdfReader(pdf).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Page ")]
        found.append(body[-1] if body else "")
    return found


def headings(document: QTextDocument) -> set[str]:
    found = set()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.add(block.text().strip())
        block = block.next()
    return found


def test_no_orphaned_heading_and_nothing_outside_the_page_at_any_length(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    session_id, _ = services.sessions.open_for(pair_id)
    services.sessions.save(session_id, SessionStatus.HELD, ["Kick-off"], "")
    owner = services.pairs.get(pair_id).mentee.id
    services.sessions.add_action_item(session_id, owner, LONG_WORD, None)
    pages_seen = set()
    for n in range(45):
        words = f"Step {n} of the plan" + (", written out at length" * 6 if n % 3 else "")
        services.sessions.add_action_item(session_id, owner, words, None)
        document = build_document(services.reports.quarter_report(pair_id), A4_TEXT)
        pages_seen.add(document.pageCount())
        assert orphaned_headings(document) == [], n
        assert split_rows(document) == [], n  # a row of a table is never cut in two
        if n % 4 == 0:  # and on paper: no page ends with a heading
            pdf = tmp_path / f"summary-{n}.pdf"
            write_pdf(services.reports.quarter_report(pair_id), str(pdf))
            assert not set(last_lines(pdf)) & headings(document), (n, last_lines(pdf))
        assert document.size().width() <= A4_TEXT.width() + 0.5, n  # nothing sticks out
    assert len(pages_seen) >= 2  # the lengths crossed page ends


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_pdf_pages_rendered_by_poppler_keep_ink_inside_the_margins(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    """Rendered by software nobody here wrote: every page's ink lies inside the paper's
    16 mm margins (a line that ran off the text area would show beyond them)."""
    session_id, _ = services.sessions.open_for(pair_id)
    services.sessions.save(session_id, SessionStatus.HELD, [LONG_WORD], "")
    owner = services.pairs.get(pair_id).mentee.id
    for n in range(30):
        services.sessions.add_action_item(session_id, owner, f"{LONG_WORD} {n}", None)
    pdf = tmp_path / "summary.pdf"
    pages = write_pdf(services.reports.quarter_report(pair_id), str(pdf))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    margin = round(16 / 25.4 * 40) - 2  # 16 mm at 40 dpi, less a pixel of anti-aliasing
    for image_path in images:
        image = QImage(str(image_path)).convertToFormat(QImage.Format.Format_Grayscale8)
        left, top, right, bottom = inked_box(image)
        assert left >= margin, image_path.name
        assert right <= image.width() - margin, image_path.name
        assert top >= margin, image_path.name
        assert bottom <= image.height() - margin + 2, image_path.name


def inked_box(image: QImage) -> tuple[int, int, int, int]:
    """The box around a page's ink (pixels darker than light grey)."""
    xs, ys = [], []
    for y in range(image.height()):
        row = image.constScanLine(y).tobytes()[: image.width()]
        dark = [x for x, v in enumerate(row) if v < 200]
        if dark:
            xs += [dark[0], dark[-1]]
            ys.append(y)
    assert xs, "a blank page"
    return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def test_a_character_no_font_has_is_named_with_what_to_install(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    """Greek, Cyrillic and the like print in the bundled DejaVu Sans; a character no
    installed font has (here one of the private use area, which none has) is not left a
    silent box: the summary names it and says what to install."""
    assert unprintable("Ωμέγα Привет ✓ café") == []
    session_id, _ = services.sessions.open_for(pair_id)
    services.sessions.save(session_id, SessionStatus.HELD, ["Ωμέγα and \ue000"], "")
    pdf = tmp_path / "summary.pdf"
    write_pdf(services.reports.quarter_report(pair_id), str(pdf))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Ωμέγα" in text
    assert "Some characters in this summary cannot be printed on this computer:" in text
    assert "(U+E000)" in text
    assert "fonts-noto-core" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_a_summary_saved_in_the_dark_appearance_is_black_ink_on_white_paper(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    """The screen's dark palette never reaches the paper (rendered by poppler)."""
    appearance.follow(Appearance.DARK)
    try:
        pdf = tmp_path / "summary.pdf"
        write_pdf(services.reports.quarter_report(pair_id), str(pdf))
    finally:
        appearance.follow(Appearance.LIGHT)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    [page] = sorted(tmp_path.glob("page-*.png"))
    image = QImage(str(page)).convertToFormat(QImage.Format.Format_Grayscale8)
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert darkest < 40  # black text, not the dark appearance's light grey (#ececec)
    assert image.pixelColor(2, 2).lightness() == 255  # white paper
