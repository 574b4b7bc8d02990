"""The main window as a person uses it: validation, undo, first run, files, filter, geometry."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.pairs import PairStatus
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.common.format import status_text
from mentordesk.ui.common.problems_dialog import ProblemsDialog
from mentordesk.ui.pairs.end_pair_dialog import EndPairDialog
from mentordesk.ui.pairs.pair_list_model import short_when
from mentordesk.ui.people.person_dialog import PersonDialog
from mentordesk.ui.window import application
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
MakeWindow = Callable[[], MainWindow]


def choose(window: MainWindow, title: str) -> int:
    model = window.pair_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    pair_id = model.id_at(row)
    assert pair_id is not None
    window.pair_list.choose(pair_id)
    return pair_id


def test_bad_details_are_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window()
    window.action_map[ActionId.NEW_PERSON].trigger()
    dialog = window.operations.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name, "<b>Ana</b> & co")
    qtbot.keyClicks(dialog.email, "ana-at-example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert window.operations.dialog is dialog  # still open
    assert dialog.error_text("email").startswith("'ana-at-example.org' is not a valid email")
    assert dialog.error_text("name") == ""
    assert dialog.focusWidget() is dialog.email
    assert services.people.ids() == []
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ana@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert window.operations.dialog is None
    assert services.people.all()[0].name == "<b>Ana</b> & co"  # kept as typed, never as HTML


def test_ending_a_pair_can_be_undone_and_redone(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    pair_id = choose(window, "Ana Silva → Ben Okafor")
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = window.operations.dialog
    assert isinstance(dialog, EndPairDialog)
    dialog.common.setCurrentIndex(1)
    dialog.common.activated.emit(1)
    assert dialog.reason.toPlainText().startswith("No-fault end")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert services.pairs.get(pair_id).ended_on is not None
    window.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert window.workspace.overview.status.text().startswith("Ended on 21 Nov 2026: No-fault end")
    assert not window.action_map[ActionId.END_PAIR].isEnabled()
    assert window.action_map[ActionId.UNDO].text() == "&Undo End Ana Silva → Ben Okafor"

    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_Z, CTRL)
    assert services.pairs.get(pair_id).ended_on is None
    assert window.workspace.overview.status.text() == "Active"
    window.action_map[ActionId.REDO].trigger()
    assert services.pairs.get(pair_id).end_reason.startswith("No-fault end")  # type: ignore[union-attr]


def test_an_end_without_a_reason_is_refused_inline(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    pair_id = choose(window, "Chen Wei ↔ Hana Sato")
    window.action_map[ActionId.END_PAIR].trigger()
    dialog = window.operations.dialog
    assert isinstance(dialog, EndPairDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error_text("end_reason").startswith("Say why the pair ends")
    assert services.pairs.get(pair_id).ended_on is None
    dialog.reject()


def test_removing_a_person_can_be_undone(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.people.create(PersonDraft("Cleo Park", "cleo@example.org", "Ops"))
    window = make_window()
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_P, CTRL | SHIFT)
    people = window.companions.people_window
    assert people is not None
    qtbot.waitExposed(people)
    people.table.selectRow(0)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert services.people.ids() == []
    assert people.table.model().rowCount() == 0
    window.undo_stack.undo()
    assert [p.external_id for p in services.people.all()] == ["cleo-park"]
    assert people.table.model().rowCount() == 1
    window.undo_stack.redo()
    assert services.people.ids() == []


def test_a_person_in_a_pair_is_not_removed_and_the_reason_is_told(
    qtbot: QtBot, make_window: MakeWindow, services: Services, warnings_shown: list[str]
) -> None:
    services.demo.load()
    window = make_window()
    window.companions.show_people()
    assert window.companions.people_window is not None
    window.companions.people_window.table.selectRow(0)
    window.companions.people_window.remove_button.click()
    assert warnings_shown == [
        "Ana Silva is in 1 pair and stays on record with them. End the pair instead."
    ]
    assert len(services.people.ids()) == 12


def test_first_run_offers_the_demo_team(
    qtbot: QtBot, make_window: MakeWindow, services: Services, settings_store: SettingsStore
) -> None:
    settings_store.save(Settings())
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    with qtbot.waitSignal(window.tasks.idle, timeout=10000):
        qtbot.mouseClick(window.welcome.demo, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert window.pair_model.rowCount() == 6
    window.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert window.workspace.overview.title.text() == "Ana Silva → Ben Okafor"
    assert settings_store.load().first_run_done
    assert not window.action_map[ActionId.LOAD_DEMO].isEnabled()
    assert window.operations.dialog is None  # no question pops up unasked
    # The summaries the demo's pairs signed, drawn and signed in the window's thread.
    pairs = {p.external_id: p.id for p in services.pairs.all()}
    signed = {key: [s.quarter for s in services.signing.history(pairs[key])] for key in pairs}
    assert signed == {
        "ana-ben": [], "chen-hana": [], "farah-emil": [], "gabriel-dana": [1, 2],
        "ines-kofi": [1], "jonas-lena": [],
    }  # fmt: skip
    summary = services.signing.history(pairs["ines-kofi"])[0]
    assert services.signing.verify(services.signing.pdf(summary.id)).signed is not None


def test_every_tab_of_the_thriving_demo_pair_has_something_to_show(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    """Issue 29: the demo shows every main feature in a believable state."""
    services.demo.load()
    window = make_window()
    pair_id = next(p.id for p in services.pairs.all() if p.external_id == "ines-kofi")
    window.pair_list.choose(pair_id)
    space = window.workspace
    window.action_map[ActionId.SHOW_GOALS].trigger()
    assert space.goals.quarters.rowCount() == 3  # last, this and next quarter
    assert space.goals.wins.model.rowCount() > 0
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    assert not space.sessions.empty.showing_empty
    assert space.sessions.log.rowCount() >= 14
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    assert not space.meetings.empty.showing_empty
    window.action_map[ActionId.SHOW_HEALTH].trigger()
    qtbot.waitUntil(lambda: "attendance" in space.health.glance.text(), timeout=3000)
    assert not space.health.attention.isVisibleTo(window)  # no reason to show
    assert "both of you answered" in space.health.check_status.text()


def test_the_pair_list_can_be_hidden_for_room(make_window: MakeWindow, services: Services) -> None:
    services.demo.load()
    window = make_window()
    assert window.pair_list.isVisibleTo(window)
    window.action_map[ActionId.SHOW_PAIR_LIST].trigger()
    assert not window.pair_list.isVisibleTo(window)
    assert window.workspace.view is not None  # the chosen pair stays on screen
    window.action_map[ActionId.SHOW_PAIR_LIST].trigger()
    assert window.pair_list.isVisibleTo(window)


def test_find_filters_the_pair_list(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_F, CTRL)
    assert window.pair_list.filter.hasFocus()
    qtbot.keyClicks(window.pair_list.filter, "hana")
    proxy = window.pair_list.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Chen Wei ↔ Hana Sato"]
    window.pair_list.filter.clear()
    qtbot.keyClicks(window.pair_list.filter, "nobody at all")
    panel = window.pair_list
    assert panel.stack.currentWidget() is panel.empty_page
    assert panel.empty.text() == "No pair matches this filter."
    assert panel.clear_filter.isVisibleTo(window)  # the way out, offered as a button
    assert not panel.new_pair.isVisibleTo(window)
    qtbot.mouseClick(panel.clear_filter, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table


def test_with_no_pairs_the_list_offers_new_pair(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    for name in ("Ana Silva", "Ben Okafor"):
        services.people.create(PersonDraft(name, f"{name.split()[0].lower()}@example.org"))
    window = make_window()
    panel = window.pair_list
    assert panel.stack.currentWidget() is panel.empty_page
    assert panel.empty.text().startswith("No pairs yet.")
    assert panel.new_pair.isVisibleTo(window)
    assert not panel.clear_filter.isVisibleTo(window)
    qtbot.mouseClick(panel.new_pair, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert dialog is not None  # the New Pair form, from the empty list itself
    assert dialog.windowTitle() == "New Pair"
    dialog.reject()


def test_geometry_and_chosen_pair_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    first = make_window()
    first.resize(700, 520)  # inside the offscreen screen (800 x 600)
    choose(first, "Chen Wei ↔ Hana Sato")
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (700, 520)
    second.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert second.workspace.overview.title.text() == "Chen Wei ↔ Hana Sato"


def import_through_gui(
    qtbot: QtBot,
    window: MainWindow,
    path: Path,
    people: list[dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Write a document with these people, pick it in the file dialog, wait for the import."""
    doc = {"format": "mentordesk", "version": 1, "people": people}
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    with qtbot.waitSignal(window.tasks.idle, timeout=10000):
        window.action_map[ActionId.IMPORT].trigger()


def test_import_through_the_gui_all_or_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings_shown: list[str],
) -> None:
    window = make_window()
    bad = [{"id": "x", "name": "X", "email": "nope"}]
    import_through_gui(qtbot, window, tmp_path / "bad.json", bad, monkeypatch)
    shown = window.findChild(ProblemsDialog, "problems_dialog")
    assert shown is not None
    assert shown.headline.text().startswith("bad.json was not imported; nothing was changed.")
    assert "1 problem was found" in shown.headline.text()
    assert "people[0].email: 'nope' is not a valid email address" in shown.details.toPlainText()
    shown.close()
    assert services.people.ids() == []

    good = [{"id": "x", "name": "Xia Lin", "email": "xia@example.org"}]
    import_through_gui(qtbot, window, tmp_path / "good.json", good, monkeypatch)
    assert window.people_model.rowCount() == 1
    assert window.statusBar().currentMessage() == "Added 1 person and 0 pairs from good.json."


def test_export_through_the_gui_of_the_chosen_pair(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.demo.load()
    window = make_window()
    choose(window, "Farah Haddad → Emil Johansson")
    target = tmp_path / "farah.json"
    suggested: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        suggested.append(str(args[2]))  # the name the dialog offers
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose_this_pair() -> None:  # the question, answered by its named button
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "export_question")
        assert isinstance(box, QMessageBox)
        assert box.defaultButton().text() == "Export &This Pair"
        box.defaultButton().click()

    QTimer.singleShot(0, choose_this_pair)
    with qtbot.waitSignal(window.tasks.idle, timeout=10000):
        window.action_map[ActionId.EXPORT].trigger()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert [p["id"] for p in doc["pairs"]] == ["farah-emil"]
    assert Path(suggested[0]).name == "farah-emil-2026-11-21.json"
    assert window.statusBar().currentMessage() == f"Exported 2 people and 1 pair to {target}."


def test_editing_a_pair_keeps_its_people_and_can_be_undone(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    pair_id = choose(window, "Farah Haddad → Emil Johansson")
    before = services.pairs.get(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_F2)
    dialog = window.operations.dialog
    assert dialog is not None
    assert not dialog.mentor.isEnabled()  # type: ignore[attr-defined]
    assert dialog.mentee.currentText() == "Emil Johansson"  # type: ignore[attr-defined]
    dialog.quarters.setCurrentIndex(1)  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    assert services.pairs.get(pair_id).quarters.value == "calendar"
    window.undo_stack.undo()
    assert services.pairs.get(pair_id) == before


def test_people_can_be_edited_from_the_people_window(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    choose(window, "Farah Haddad → Emil Johansson")
    window.companions.show_people()
    people = window.companions.people_window
    assert people is not None
    qtbot.keyClicks(people.filter, "farah")
    people.table.selectRow(0)
    qtbot.mouseClick(people.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.department.setText("Security & Privacy")
    qtbot.keyClick(dialog.department, Qt.Key.Key_Return)
    assert people.table.model().index(0, 2).data() == "Security & Privacy"
    # The change set names Farah's pairs, so the overview refreshes too.
    window.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert window.workspace.overview.mentor.text() == (
        "Farah Haddad · Security & Privacy · farah@example.org"
    )


def test_about_names_the_version(make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window = make_window()
    window.action_map[ActionId.ABOUT].trigger()
    assert "MentorDesk 0.1.0" in shown[0]


def test_the_collector_comes_back_on_once_the_start_is_over() -> None:
    gc.disable()  # as the command line does while the code loads and the window is built
    try:
        application.settle_memory()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what the start built is not walked again
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_pair_list_columns_fit_any_status_quarter_and_meeting(
    make_window: MakeWindow, services: Services
) -> None:
    services.demo.load()
    window = make_window()
    table = window.pair_list.table
    metrics = table.fontMetrics()
    hour = timedelta(hours=1)
    first_of_2027 = datetime(2027, 1, 1, 23, 58, tzinfo=UTC)
    any_meeting = [
        short_when(Occurrence(1, date(2027, 1, 1), first_of_2027 + timedelta(days=n), hour, ""))
        for n in range(365)
    ]
    model = table.model()
    shown = {
        column: [model.index(row, column).data() for row in range(model.rowCount())]
        for column in (1, 2, 3)
    }
    texts = {
        1: [status_text(status) for status in PairStatus] + shown[1],
        2: [f"Q{n}" for n in range(1, 400)] + shown[2],
        3: any_meeting + shown[3],
    }
    for column, column_texts in texts.items():
        widest = max(metrics.horizontalAdvance(text) for text in column_texts)
        assert widest < table.columnWidth(column), column
    assert table.columnWidth(0) > 150  # the pair's names keep most of the width


def test_an_export_right_after_typing_holds_the_newest_words(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: Services,
    pair_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    panel.table.selectRow(2)
    panel.record_chosen()
    qtbot.keyClicks(panel.editor.notes, "Typed a moment ago")  # no pause: not saved yet
    target = tmp_path / "team.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))

    def the_whole_team() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "export_question")
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if "Whole Team" in b.text()).click()

    QTimer.singleShot(0, the_whole_team)
    with qtbot.waitSignal(window.tasks.idle, timeout=10000):
        window.action_map[ActionId.EXPORT].trigger()
    assert "Typed a moment ago" in target.read_text(encoding="utf-8")


def test_a_first_start_fits_the_screen(make_window: MakeWindow) -> None:
    window = make_window()  # no remembered geometry: the offscreen screen is 800 x 600
    room = window.screen().availableGeometry()
    assert window.width() <= room.width()
    assert window.height() <= room.height()


def test_file_dialogs_start_in_the_folder_used_last(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.demo.load()
    window = make_window()
    choose(window, "Farah Haddad → Emil Johansson")
    folder = tmp_path / "summaries"
    folder.mkdir()
    offered: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(folder / "farah.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.action_map[ActionId.SAVE_PDF].trigger()
    assert Path(offered[0]).name == "farah-emil-quarter-1.pdf"  # what it holds
    window.workspace.setCurrentWidget(window.workspace.meetings_tab)
    window.workspace.meeting_operations.export(window.pair_list.chosen_id() or 0)
    assert Path(offered[1]) == folder / "farah-emil-meetings.ics"  # where the last one went
