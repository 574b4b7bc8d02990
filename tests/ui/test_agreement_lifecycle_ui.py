"""The agreement's lifecycle as a person meets it: the cadence comes from the meeting
series (not retyped), the term and review date are set in the agreement, and ending the
pair takes each partner's closing reflection into the final summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.services.report import manager_copy
from mentordesk.ui.pairs.agreement_dialog import AgreementDialog
from mentordesk.ui.pairs.end_pair_dialog import EndPairDialog
from mentordesk.ui.printing.summary_html import report_html
from mentordesk.ui.window.main_window import MainWindow


def ok(qtbot: QtBot, dialog: AgreementDialog | EndPairDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_the_cadence_is_the_series_and_the_review_date_is_kept(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.operations.edit_agreement(pair_id)
    dialog = window.operations.dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.cadence.text() == "Weekly, 45 minutes, Mondays at 16:00 (Europe/Berlin)"
    assert dialog.cadence.isReadOnly()
    qtbot.keyClicks(dialog.expectations, "Come prepared")
    dialog.review_on.check.setChecked(True)
    assert dialog.review_on.edit.isEnabled()
    assert dialog.review_on.value() == date(2027, 2, 21)  # three months on, to start with
    assert dialog.runs_until.value() is None  # open-ended unless ticked
    ok(qtbot, dialog)
    agreement = services.pairs.get(pair_id).agreement
    assert agreement is not None
    assert agreement.text.cadence == "Weekly, 45 minutes, Mondays at 16:00 (Europe/Berlin)"
    assert (agreement.text.review_on, agreement.text.runs_until) == (date(2027, 2, 21), None)


def test_ending_with_reflections_reaches_the_final_summary(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.operations.end_pair(pair_id)
    dialog = window.operations.dialog
    assert isinstance(dialog, EndPairDialog)
    dialog.common.setCurrentIndex(2)
    dialog.common.activated.emit(2)  # "Goals achieved."
    mentor, mentee = dialog.closing
    assert mentor.placeholderText() == "Optional: what Ana Silva takes away, in their own words"
    qtbot.keyClicks(mentor, "Teaching made me slow down")
    qtbot.keyClicks(mentee, "I ask sooner now")
    ok(qtbot, dialog)
    pair = services.pairs.get(pair_id)
    assert pair.closing == ("Teaching made me slow down", "I ask sooner now")
    html, _charts = report_html(services.reports.quarter_report(pair_id, 1))
    assert "<h2>Closing reflections</h2>" in html
    assert "<p><b>Ana Silva:</b> Teaching made me slow down</p>" in html
    manager, _charts = report_html(manager_copy(services.reports.quarter_report(pair_id, 1)))
    assert "Closing reflections" not in manager  # the words stay between the two
    window.undo_stack.undo()
    assert services.pairs.get(pair_id).closing == ("", "")


def test_a_signed_agreement_saved_unchanged_in_german_keeps_its_signatures(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    """The cadence stored in the agreement is one wording in any language: saving the
    agreement in German, with nothing changed, changes nothing and keeps both signatures."""
    from mentordesk.domain.pairs import Role
    from mentordesk.ui.common.translation import speak

    window = make_window()
    window.pair_list.choose(pair_id)
    window.operations.edit_agreement(pair_id)
    dialog = window.operations.dialog
    assert isinstance(dialog, AgreementDialog)
    ok(qtbot, dialog)
    for role in (Role.MENTOR, Role.MENTEE):
        services.pairs.sign_agreement(pair_id, role)
    signed = services.pairs.get(pair_id).agreement
    speak("de")
    try:
        window.operations.edit_agreement(pair_id)
        dialog = window.operations.dialog
        assert isinstance(dialog, AgreementDialog)
        assert dialog.cadence.text() == "Weekly, 45 minutes, Mondays at 16:00 (Europe/Berlin)"
        ok(qtbot, dialog)
    finally:
        speak("en")
    assert services.pairs.get(pair_id).agreement == signed
