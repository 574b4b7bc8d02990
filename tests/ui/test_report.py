"""The quarterly summary as a PDF, read back: figures, goals, items, literal text, fonts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from mentordesk.domain.goals import GoalDraft, Outcome, Skill
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.report import manager_copy
from mentordesk.ui.printing.report import write_pdf
from mentordesk.ui.window.main_window import MainWindow

HTML_ITEM = '<script>alert("x")</script> & <b>not bold</b>'
SECRET = "SECRET-PRIVATE-TEXT"


@pytest.fixture
def pair_id(services: Services) -> int:
    """A pair whose first quarter (4 May - 3 Aug 2026) ran 13 weekly meetings."""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 5, 4)).created or 0
    series = (
        services.meetings.plan(
            pair_id,
            SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 5, 4), date(2026, 8, 3)),
        ).created
        or 0
    )
    services.meetings.skip(series, date(2026, 6, 1))
    services.meetings.move(series, date(2026, 6, 8), datetime(2026, 6, 9, 17))
    goal = (
        services.goals.create(
            pair_id,
            GoalDraft(
                1,
                Skill.TECHNICAL,
                "Write production-grade SQL",
                date(2026, 7, 20),
                "Own the billing reports",
                "Three reviewed PRs",
            ),
        ).created
        or 0
    )
    services.goals.add_checkin(goal, date(2026, 6, 1), 40, "First PR")
    services.goals.add_checkin(goal, date(2026, 7, 13), 90, "Nearly there")
    services.goals.review(goal, Outcome.PARTLY, "Two of three merged")
    services.goals.create(
        pair_id, GoalDraft(1, Skill.SOFT, "Lead two design reviews", date(2026, 7, 27))
    )
    log = [
        r
        for r in services.sessions.log(pair_id)
        if r.occurrence and r.occurrence.original_date <= date(2026, 8, 3)
    ]
    for index, row in enumerate(log):
        if row.occurrence is None or row.occurrence.skipped or index in (3, 7):
            continue  # two weeks nobody recorded: missed
        session_id, _ = services.sessions.open_for(pair_id, row.occurrence)
        services.sessions.save(session_id, SessionStatus.HELD, [f"Topic {index}"], "Notes")
        if index == 0:
            services.sessions.add_action_item(session_id, ben, HTML_ITEM, due=date(2026, 5, 11))
            services.sessions.add_action_item(
                session_id, ana, "Book the room", due=date(2026, 5, 11)
            )
            services.sessions.save_private_note(session_id, ana, SECRET)
    return pair_id


def pdf_of(services: Services, pair_id: int, tmp_path: Path) -> tuple[int, PdfReader, str]:
    report = services.reports.quarter_report(pair_id, 1)
    target = tmp_path / "summary.pdf"
    pages = write_pdf(report, str(target))
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return pages, reader, text


def test_the_summary_has_the_right_figures_goals_and_items(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    pages, reader, text = pdf_of(services, pair_id, tmp_path)
    flat = " ".join(text.split())
    assert "Quarterly progress summary" in flat
    assert "Mentor: Ana Silva · Mentee: Ben Okafor" in flat
    assert "Quarter 1: 4 May – 3 Aug 2026" in flat
    assert "As it stood at the end of the quarter, 3 Aug 2026." in flat
    # 14 Mondays from 4 May to 3 Aug, each counted once: 11 held, 2 nobody recorded, one
    # skipped; attendance is held out of held and missed.
    assert (
        "Planned 14 = held 11 + missed 2 + cancelled 1 + still to come 0 · moved 1 · attendance 85%"
    ) in flat
    assert "Meetings: 11 held of 14 planned; attendance 85%" in flat  # at a glance
    assert "Technical: Write production-grade SQL — reviewed: partly achieved" in flat
    assert "Carried in 0 + created 2 = completed 0 + dropped 0 + open at the end 2" in flat
    assert "Technical skill: Write production-grade SQL" in flat
    assert "Own the billing reports" in flat
    assert "Quarter-end review: Partly achieved. Two of three merged" in flat
    assert "Soft skill: Lead two design reviews" in flat
    assert "Open at the end (2):" in flat
    assert "Book the room" in flat
    assert "Page 1 of" in flat
    assert f"Page {pages} of {pages}" in flat
    assert len(reader.pages) == pages
    assert 2 <= pages <= 6  # a 13-week quarter fits in a few pages


def test_user_text_prints_literally_and_private_notes_never(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    _, _, text = pdf_of(services, pair_id, tmp_path)
    # Wrapped table lines come back split; compare without white space.
    assert HTML_ITEM.replace(" ", "") in "".join(text.split())
    assert SECRET not in text


def test_every_font_is_embedded(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    _, reader, _ = pdf_of(services, pair_id, tmp_path)
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert fonts
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)


def test_a4_or_letter_by_locale() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from mentordesk.ui.printing.report import page_size_for_locale

    us = page_size_for_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    de = page_size_for_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert us.id() == QPageSize.PageSizeId.Letter
    assert de.id() == QPageSize.PageSizeId.A4


def test_control_characters_print_visibly() -> None:
    from mentordesk.ui.printing.summary_html import literal

    assert literal("a\x07b <i>&") == "a\u2407b &lt;i&gt;&amp;"


def test_tables_that_span_pages_repeat_their_header(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    first = services.sessions.log(pair_id)[0].session
    assert first is not None
    ben = services.people.find("ben-okafor")
    assert ben is not None
    for number in range(60):
        services.sessions.add_action_item(
            first.id, ben.id, f"Open item number {number:02d}", due=date(2026, 9, 1)
        )
    _, reader, _ = pdf_of(services, pair_id, tmp_path)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    pages_with_items = [text for text in texts if "Open item number" in text]
    assert len(pages_with_items) >= 2
    assert all("Who Action Due" in text for text in pages_with_items)


def test_the_summary_is_of_this_pairs_quarter_even_when_the_goals_tab_is_behind(
    make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    cy = services.people.create(PersonDraft("Cy Moreau", "cy@example.org")).created or 0
    dee = services.people.create(PersonDraft("Dee Park", "dee@example.org")).created or 0
    newer = services.pairs.create(cy, dee, date(2026, 3, 2)).created or 0
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.goals.choose_quarter(1)  # Ana & Ben's first quarter, chosen in the Goals tab
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.pair_list.choose(newer)  # the Goals tab, hidden, still shows Ana & Ben
    report = window.workspace.quarter_report(newer)
    assert report.pair.id == newer
    assert report.span.starts_on == date(2026, 9, 2)  # Cy & Dee's current quarter, their 3rd


def test_the_manager_copy_leaves_out_what_the_pair_keeps_between_them(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    pair = services.pairs.get(pair_id)
    services.health.answer(pair_id, pair.mentor.id, [4, 4, 4, 4, 4], "Ana's own words")
    services.health.answer(pair_id, pair.mentee.id, [3, 3, 3, 3, 3], "Ben's own words")
    run = services.health.start(pair_id, "expectations").created or 0
    services.health.close(run, "Agreed to meet on Tuesdays instead", None)
    current = pair.current_quarter(services.pairs.today()) or 0
    services.wins.add(pair_id, date(2026, 7, 20), "Shipped the reports", pair.mentee.id)

    def texts(number: int) -> tuple[str, str]:
        report = services.reports.quarter_report(pair_id, number)
        full, manager = tmp_path / f"full-{number}.pdf", tmp_path / f"manager-{number}.pdf"
        write_pdf(report, str(full))
        write_pdf(manager_copy(report), str(manager))
        return tuple(  # type: ignore[return-value]
            " ".join(" ".join(p.extract_text() for p in PdfReader(f).pages).split())
            for f in (full, manager)
        )

    full, manager = texts(1)
    assert "Topic 0" in full
    assert "Topic 0" not in manager
    assert "This is the manager copy: it leaves out what the pair keeps between them" in manager
    assert "Write production-grade SQL" in manager  # goals, figures and items stay
    assert "Book the room" in manager
    for copy in (full, manager):  # a win is for showing: on both first pages
        assert "Win, 20 Jul 2026 (Ben Okafor): Shipped the reports" in copy
    assert "Planned 14 = held 11 + missed 2 + cancelled 1" in manager
    assert SECRET not in full + manager

    full, manager = texts(current)
    for private in ("Ana's own words", "Ben's own words", "Agreed to meet on Tuesdays"):
        assert private in full
        assert private not in manager
    assert "The pair's answers stay between them." in manager
    assert "Mismatched expectations or personality clash" in manager  # its title stays
