"""Signing a quarterly summary (issue 24): the PDF drawn for signing is kept byte for
byte, says who signed it, verifies unchanged, and a change makes a new version; a
restore from backup keeps it verifiable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from windows import focused

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.signing import digest
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.report import QuarterReport
from mentordesk.ui.printing.report import pdf_bytes
from mentordesk.ui.printing.signing import SignDialog, SignedSummariesDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


@pytest.fixture
def pair_id(services: Services) -> int:
    """Ana mentors Ben from 7 Sep 2026 (quarter 1 to 6 Dec), with one goal."""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    goal = services.goals.create(
        pair_id, GoalDraft(1, Skill.TECHNICAL, "Write production-grade SQL", date(2026, 12, 4))
    ).created
    services.goals.add_checkin(goal or 0, date(2026, 10, 5), 30, "First PR")
    return pair_id


def signed_pdf(services: Services, pair_id: int) -> tuple[QuarterReport, bytes]:
    """Quarter 1's summary as it is drawn to be signed, and its PDF."""
    prepared = services.signing.prepare(services.reports.quarter_report(pair_id, 1))
    data, _pages = pdf_bytes(prepared)
    return prepared, data


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_signed_summary_is_kept_byte_for_byte_and_verifies(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    prepared, data = signed_pdf(services, pair_id)
    signed = services.signing.sign(prepared, data)
    assert signed.sha256 == digest(data)
    assert signed.signature.version == 1

    copy = tmp_path / "signed.pdf"
    services.signing.save_copy(signed.id, copy)
    assert copy.read_bytes() == data  # reprinted byte for byte
    assert (
        "Signed in MentorDesk on 21 Nov 2026 by Ana Silva (mentor) and Ben Okafor (mentee): "
        "version 1 of this quarter's summary"
    ) in text_of(copy)

    found = services.signing.verify(copy.read_bytes())
    assert found.signed == signed
    assert found.message.startswith(
        "Signed summary of quarter 1 of Ana Silva → Ben Okafor, version 1, signed on "
        "21 Nov 2026 by Ana Silva and Ben Okafor. Unchanged"
    )
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    refused = services.signing.verify(bytes(changed))
    assert refused.signed is None
    assert "no signed summary of this database" in refused.message


def test_signing_again_needs_a_change_and_makes_a_new_version(
    qtbot: QtBot, services: Services, pair_id: int
) -> None:
    first = services.signing.sign(*signed_pdf(services, pair_id))
    with pytest.raises(UserFacingError, match="nothing in it has changed since"):
        services.signing.prepare(services.reports.quarter_report(pair_id, 1))

    goal = services.goals.quarters(pair_id)[0].goals[0]
    services.goals.add_checkin(goal.id, date(2026, 11, 20), 60, "Second PR")
    prepared, data = signed_pdf(services, pair_id)
    assert prepared.signature is not None
    assert prepared.signature.version == 2
    second = services.signing.sign(prepared, data)

    assert [s.signature.version for s in services.signing.history(pair_id)] == [1, 2]
    assert services.signing.verify(services.signing.pdf(first.id)).signed == first
    assert services.signing.verify(data).signed == second
    # Signed meanwhile elsewhere: the version prepared before is refused, not overwritten.
    with pytest.raises(UserFacingError, match="was signed meanwhile"):
        services.signing.sign(prepared, data + b"\n")


def test_a_signed_summary_verifies_after_a_restore_from_backup(
    qtbot: QtBot, services: Services, pair_id: int, tmp_path: Path
) -> None:
    prepared, data = signed_pdf(services, pair_id)
    services.signing.sign(prepared, data)
    backup = services.safety.backup(tmp_path / "backup.sqlite3")
    services.demo.load(force=True)  # everything replaced by the demo team
    assert services.signing.verify(data).signed is None
    services.safety.restore(backup.path)
    assert services.signing.verify(data).signed is not None


def test_a_pair_signs_from_the_file_menu_by_keyboard_and_finds_it_listed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SIGN_SUMMARY].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SignDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SignDialog)
    assert "version 1" in dialog.text.text()
    assert not dialog.sign_button.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.both_read)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Cancel is the default: nothing signed
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.signing.history(pair_id) == []

    window.action_map[ActionId.SIGN_SUMMARY].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SignDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SignDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.both_read)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # both have read it
    assert dialog.sign_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sign
    qtbot.waitUntil(lambda: len(services.signing.history(pair_id)) == 1)
    assert "Signed version 1 of quarter 1's summary" in window.statusBar().currentMessage()

    window.action_map[ActionId.SIGNED_SUMMARIES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SignedSummariesDialog))
    listed = QApplication.activeModalWidget()
    assert isinstance(listed, SignedSummariesDialog)
    assert listed.model.rowCount() == 1
    assert [listed.model.index(0, c).data() for c in range(4)] == [
        "1",
        "1",
        "21 Nov 2026",
        "Ana Silva and Ben Okafor",
    ]
    [signed] = services.signing.history(pair_id)
    copy = listed.save_copy(tmp_path / "copy.pdf")
    assert copy is not None
    assert copy.read_bytes() == services.signing.pdf(signed.id)
    said = listed.verify(copy)
    assert said is not None
    assert "Unchanged" in said
    box = listed.findChild(QMessageBox, "verified")
    assert box is not None
    box.done(0)
    listed.reject()
