"""Every page of a quarterly summary has something on it. A padded signature table that
met a page's end made Qt's layout leave three blank pages before it (the demo's Ines and
Kofi, quarter 1, came out on 7 pages with 3 blank); read back by poppler, page by page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mentordesk.services import Services
from mentordesk.ui.printing.report import pdf_bytes

FOOTER_WORDS = 20  # "Page 4 of 7 · Ines Ferreira → Kofi Mensah · quarter 1 · made on …"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")
def test_no_summary_of_the_demo_has_a_blank_page(
    qapp: object, services: Services, tmp_path: Path
) -> None:
    services.demo.load()
    checked = 0
    for pair in services.pairs.all():
        for number in (1, 2):
            if pair.current_quarter(services.pairs.today()) is None and number == 2:
                continue
            report = services.reports.quarter_report(pair.id, number)
            data, pages = pdf_bytes(report)
            path = tmp_path / f"{pair.external_id}-{number}.pdf"
            path.write_bytes(data)
            for page in range(1, pages + 1):
                text = subprocess.run(
                    ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=60,
                ).stdout
                assert len(text.split()) > FOOTER_WORDS, (pair.external_id, number, page)
            checked += 1
    assert checked >= 10
