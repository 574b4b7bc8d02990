"""User text is text everywhere: markup typed into any field shows as typed, never as rich
text (an `<img src=file:…>` would load a local file). Every field the services accept is
filled with markup; then every model reachable from the windows, every label, tooltip and
button, and the message boxes that quote user text are checked for what a person sees."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.domain.checklists import TemplateStep
from mentordesk.domain.goals import GoalDraft, GoalStatus, Outcome, Skill
from mentordesk.domain.meetings import SeriesDraft, SeriesException
from mentordesk.domain.pairs import AgreementText, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.background import Known
from mentordesk.ui.common.problems_dialog import ProblemsDialog
from mentordesk.ui.health.template_editor import TemplateEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
MARK = "file:///etc/hostname"  # in every payload: where user text went
# What a person sees of any payload when it is shown as typed.
AS_TYPED = re.compile(r'<img src="file:///etc/hostname"><b>[\w ]+</b> & <i>x</i>')
ROLES = {
    Qt.ItemDataRole.DisplayRole: "display",  # views draw it as plain text
    Qt.ItemDataRole.StatusTipRole: "status tip",  # the status bar is plain text
    Qt.ItemDataRole.ToolTipRole: "tooltip",  # rich text when Qt guesses so
    Qt.ItemDataRole.WhatsThisRole: "what's this",  # likewise
}
PLAIN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.StatusTipRole)
# A file name can hold markup too, though no '/'.
FILE_NAME = "<img src=hostname> & <b>team.json"


def payload(field: str) -> str:
    """Markup that loads a local file if shown as rich text, naming the field it is in."""
    return f'<img src="{MARK}"><b>{field}</b> & <i>x</i>'


P = payload


@dataclass(frozen=True)
class Filled:
    """The ids of the records holding markup in every field."""

    pair_id: int
    mentor_id: int
    mentee_id: int
    goal_id: int
    run_id: int
    session_id: int  # held, with an action item


@pytest.fixture
def filled(services: Services, settings_store: SettingsStore) -> Filled:
    """A pair whose every text, from names to checklist guidance, is markup; the mentor is
    the current user, so their private note shows."""
    people = services.people
    mentor = people.create(PersonDraft(P("mentor"), "mentor@example.org", P("mentor dept")))
    mentee = people.create(PersonDraft(P("mentee"), "mentee@example.org", P("mentee dept")))
    people.create(PersonDraft(P("bystander"), "bystander@example.org", P("bystander dept")))
    mentor_id, mentee_id = mentor.created or 0, mentee.created or 0
    pair_id = services.pairs.create(mentor_id, mentee_id, date(2026, 9, 7)).created or 0
    pairs = services.pairs
    text = AgreementText(P("cadence"), P("expectations"), True, P("ending"))
    pairs.write_agreement(pair_id, text)
    pairs.sign(pair_id, Role.MENTOR)
    pairs.end(pair_id, date(2027, 3, 1), P("end reason"))  # ends later: still active

    meetings = services.meetings
    draft = SeriesDraft(
        "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21), 1, P("place")
    )
    series_id = meetings.plan(pair_id, draft).created or 0
    moved = SeriesException(
        date(2026, 11, 30), moved_to=datetime(2026, 12, 1, 16), location=P("moved")
    )
    meetings.set_exception(series_id, date(2026, 11, 30), moved)

    goals = services.goals
    technical = GoalDraft(
        1,
        Skill.TECHNICAL,
        P("goal"),
        date(2026, 12, 1),
        P("specific"),
        P("measure"),
        GoalStatus.IN_PROGRESS,
    )
    goal_id = goals.create(pair_id, technical).created or 0
    goals.add_checkin(goal_id, date(2026, 11, 20), 40, P("check in"))
    soft = GoalDraft(1, Skill.SOFT, P("soft goal"), date(2026, 12, 1), P("soft specific"))
    soft_id = goals.create(pair_id, soft).created or 0
    goals.review(soft_id, Outcome.PARTLY, P("reflection"))

    sessions = services.sessions  # the first meeting held; the next two missed
    first, *_, coming = [o for o in meetings.occurrences(pair_id) if o.start.day in (2, 23)]
    session_id, _ = sessions.open_for(pair_id, first)
    sessions.save(session_id, SessionStatus.HELD, [P("topic")], P("notes"))
    sessions.save_private_note(session_id, mentor_id, P("private note"))
    sessions.add_action_item(session_id, mentor_id, P("action"))
    planned_id, _ = sessions.open_for(pair_id, coming)  # a topic added ahead of time
    sessions.save(planned_id, SessionStatus.PLANNED, [P("added topic")], "")

    health = services.health
    for template in health.templates():  # built-ins can be reworded too
        health.save_template(template.key, P(f"title {template.key}"), template.steps)
    health.save_template(None, P("checklist"), [TemplateStep(P("step"), P("guidance"))])
    key = next(t.key for t in health.templates() if t.title == P("checklist"))
    run_id = health.start(pair_id, key).created or 0
    run = health.run(run_id)
    steps = tuple(replace(s, done=True, note=P("step note")) for s in run.steps)
    health.update(replace(run, steps=steps))
    health.close(run_id, P("outcome"), date(2026, 11, 23))
    health.answer(pair_id, mentor_id, [3, 3, 3, 3, 3], P("mentor comment"))
    health.answer(pair_id, mentee_id, [4, 4, 4, 4, 4], P("mentee comment"))

    xid = people.get(mentor_id).external_id
    settings_store.save(settings_store.load().with_changes(current_user=xid))
    return Filled(pair_id, mentor_id, mentee_id, goal_id, run_id, session_id)


# -- what a person sees ---------------------------------------------------------------------
def as_seen(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label, tooltip or message box with this text and format puts on screen."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def without_marks(text: str) -> str:
    """What a button shows of its text: '&&' is '&', a single '&' marks the shortcut."""
    return re.sub(r"&(.)", r"\1", text)


def problem(where: str, raw: str, seen: str) -> list[str]:
    """A problem unless `seen` shows the payload that `raw` carries as typed."""
    if MARK not in raw and "&lt;img" not in raw:
        return []
    if AS_TYPED.search(seen) and "&lt;" not in seen and "&amp;" not in seen:
        return []
    return [f"{where}: {raw!r} shows as {seen!r}"]


def model_problems(model: QAbstractItemModel, where: str) -> list[str]:
    """Every row, column and text role of `model` (and its headers)."""
    found: list[str] = []
    name = f"{where} {type(model).__name__}"

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            column = 0  # list models hide columnCount; their index() says what exists
            while (index := model.index(row, column, parent)).isValid():
                column += 1
                for role, role_name in ROLES.items():
                    value = model.data(index, role)
                    if not isinstance(value, str):
                        continue
                    seen = value if role in PLAIN_ROLES else as_seen(value)
                    found.extend(
                        problem(f"{name}[{row},{index.column()}] {role_name}", value, seen)
                    )
                if index.column() == 0 and depth < 3 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    try:
        columns = model.columnCount()
    except TypeError:  # a list model: one column, and columnCount() is private
        columns = 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for section in range(count):
            for role, role_name in ROLES.items():
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    seen = value if role in PLAIN_ROLES else as_seen(value)
                    found.extend(problem(f"{name} header {section} {role_name}", value, seen))
    return found


def widget_problems(top: QWidget, where: str) -> list[str]:
    """Labels, tooltips, "What's This?" texts and button texts in `top` and its children."""
    found: list[str] = []
    for widget in [top, *(w for w in top.findChildren(QWidget) if w.window() is top)]:
        name = f"{where} {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            text = widget.text()
            if "<img" in text and widget.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{name}: a label with markup is not plain text: {text!r}")
            found.extend(problem(name, text, as_seen(text, widget.textFormat())))
        if isinstance(widget, QAbstractButton):
            text = widget.text()
            found.extend(problem(f"{name} text", text, without_marks(text)))
        for kind, text in (("tooltip", widget.toolTip()), ("what's this", widget.whatsThis())):
            found.extend(problem(f"{name} {kind}", text, as_seen(text)))
    return found


def window_of(model: QAbstractItemModel) -> QWidget | None:
    """The window a model belongs to, through its parents."""
    parent = model.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent.window() if parent is not None else None


def sweep(where: str) -> list[str]:
    """Every model, label, tooltip and button of every window on screen."""
    found: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        label = f"{where} / {type(top).__name__} {top.windowTitle()!r}:"
        found.extend(widget_problems(top, label))
        for model in top.findChildren(QAbstractItemModel):
            if window_of(model) is top:  # a dialog's own models are swept with it
                found.extend(model_problems(model, label))
    return found


# -- message boxes, shown and closed as a person would -------------------------------------
@dataclass
class Shown:
    """A message box as it was on screen."""

    text: str
    seen: str


@pytest.fixture
def boxes(qapp: QApplication) -> Iterator[list[Shown]]:
    """Message boxes are shown for real; each is read and closed (its Escape button
    pressed) once on screen."""
    shown: list[Shown] = []
    timer = QTimer()
    timer.setInterval(10)

    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                shown.append(Shown(box.text(), as_seen(box.text(), box.textFormat())))
                QTest.keyClick(box, Qt.Key.Key_Escape)

    timer.timeout.connect(look)
    timer.start()
    yield shown
    timer.stop()


def test_every_model_label_tooltip_and_button_shows_user_text_as_typed(
    qtbot: QtBot, make_window: MakeWindow, filled: Filled, services: Services
) -> None:
    window = make_window()
    window.pair_list.choose(filled.pair_id)
    found: list[str] = []
    for tab in range(window.workspace.count()):
        window.workspace.setCurrentIndex(tab)
        found += sweep(f"tab {window.workspace.tabText(tab)!r}")
    assert window.workspace.health.suggested.isVisible()  # a checklist is suggested, by its title
    window.workspace.goals.choose_quarter(1)
    found += sweep("quarter 1")
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(filled.session_id)
    assert window.workspace.sessions.editor.items.rowCount() == 1
    found += sweep("held session")

    window.companions.show_people()
    window.companions.show_search()
    assert window.companions.search_window is not None
    window.companions.search_window.query.setText("hostname")
    window.companions.search_window.run()
    assert window.companions.search_window.results.rowCount() == 4  # two topics, notes, action item
    window.companions.show_team()
    team = window.companions.team_window
    assert team is not None
    qtbot.waitUntil(lambda: not team.lane.busy, timeout=10000)  # its rows are read
    window.companions.open_meeting_mode(filled.pair_id)
    found += sweep("side windows")
    for side in (
        window.companions.people_window,
        window.companions.search_window,
        window.companions.team_window,
    ):
        assert side is not None
        side.close()
    assert window.companions.meeting_window is not None
    window.companions.meeting_window.close()

    ops, goals, meetings, health = (
        window.operations,
        window.workspace.goal_operations,
        window.workspace.meeting_operations,
        window.workspace.health_operations,
    )
    moved = next(o for o in services.meetings.occurrences(filled.pair_id) if o.moved)
    for name, open_dialog in {
        "person": lambda: ops.edit_person(filled.mentor_id),
        "pair": lambda: ops.edit_pair(filled.pair_id, window.people_model),
        "new pair": lambda: ops.new_pair(window.people_model),
        "agreement": lambda: ops.edit_agreement(filled.pair_id),
        "end pair": lambda: ops.end_pair(filled.pair_id),
        "goal": lambda: goals.edit_goal(filled.goal_id, filled.pair_id),
        "check in": lambda: goals.check_in(filled.goal_id, filled.pair_id),
        "review": lambda: goals.review(filled.goal_id),
        "series": lambda: meetings.plan(filled.pair_id),
        "move": lambda: meetings.move(moved),
        "checklist run": lambda: health.open_run(filled.run_id),
        "health check": lambda: health.answer_health_check(
            filled.pair_id, filled.mentor_id, lambda: None
        ),
        "who am I": window.companions.choose_who_i_am,
    }.items():
        open_dialog()
        dialog = ops.dialog
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        found += sweep(f"{name} dialog")
        dialog.reject()

    window.companions.show_templates()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateEditor))
    qtbot.waitExposed(editor)
    found += sweep("checklist templates")
    editor.reject()

    asked: list[str] = []

    def sweep_question() -> None:  # "Which checklist fits?", then Cancel
        question = QApplication.activeModalWidget()
        if not isinstance(question, QInputDialog):
            QTimer.singleShot(10, sweep_question)
            return
        asked.extend(sweep("which checklist"))
        asked.append("asked")
        question.reject()

    QTimer.singleShot(0, sweep_question)
    health.start_checklist(filled.pair_id)
    assert asked.pop() == "asked"
    found += asked
    first_seen: dict[str, str] = {}  # each problem once, where it was first seen
    for where_what in found:
        first_seen.setdefault(where_what.split(" / ", 1)[-1], where_what)
    assert not first_seen, "\n".join(first_seen.values())


def test_message_boxes_quoting_user_text_show_it_as_typed(
    qtbot: QtBot,
    make_window: MakeWindow,
    filled: Filled,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[Shown],
) -> None:
    window = make_window()
    window.pair_list.choose(filled.pair_id)

    window.companions.show_people()  # a person in a pair is not removed, and the box says who
    people = window.companions.people_window
    assert people is not None
    qtbot.waitExposed(people)
    row = next(
        r
        for r in range(people.table.model().rowCount())
        if people.table.model().index(r, 0).data() == P("mentor")
    )
    people.table.selectRow(row)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert [b.seen for b in boxes] == [
        f"{P('mentor')} is in 1 pair and stays on record with them. End the pair instead."
    ]
    people.close()

    # An import refused, naming the file and a value in it.
    twice = [
        {"id": P("import id"), "name": "Xia Lin", "email": "xia@example.org"},
        {"id": P("import id"), "name": "Yu Chen", "email": "yu@example.org"},
    ]
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps({"format": "mentordesk", "version": 1, "people": twice}))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    with qtbot.waitSignal(window.tasks.idle, timeout=10000):
        window.action_map[ActionId.IMPORT].trigger()
    problems = window.findChild(ProblemsDialog, "problems_dialog")
    assert problems is not None  # a list of problems, in a window of its own
    assert problems.headline.textFormat() == Qt.TextFormat.PlainText
    assert problems.headline.text().startswith(
        f"{FILE_NAME} was not imported; nothing was changed.\n\n"
    )
    assert f"id '{P('import id')}' is used twice" in problems.details.toPlainText()
    problems.close()

    # A form refused as a whole: the pair ended while its agreement was being written.
    window.operations.edit_agreement(filled.pair_id)
    dialog = window.operations.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    services.pairs.reopen(filled.pair_id)
    services.pairs.end(filled.pair_id, services.pairs.today(), "Moved on")
    ok = QDialogButtonBox.StandardButton.Ok
    dialog.buttons.button(ok).click()  # type: ignore[attr-defined]
    title = f"{P('mentor')} → {P('mentee')}"
    assert len(boxes) == 2
    assert boxes[1].seen.startswith(f"{title} ended on 21 Nov 2026")
    dialog.reject()

    # The offer to restart on the team database names it as typed.
    window.companions.choose_team_database()
    settings = window.operations.dialog
    assert settings is not None
    settings.host.setText("<b>db.example.org")  # type: ignore[attr-defined]
    settings.database.setText(P("database"))  # type: ignore[attr-defined]
    settings.buttons.button(ok).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(boxes) == 3)
    assert boxes[2].seen.startswith(
        f"MentorDesk opens the team database {P('database')} on <b>db.example.org from"
    )
    assert all(AS_TYPED.search(b.seen) or FILE_NAME in b.seen for b in boxes)


def test_the_export_question_shows_the_pair_as_typed(
    qtbot: QtBot, make_window: MakeWindow, filled: Filled, boxes: list[Shown]
) -> None:
    window = make_window()
    window.pair_list.choose(filled.pair_id)
    window.action_map[ActionId.EXPORT].trigger()  # Escape: Cancel, nothing exported
    title = f"{P('mentor')} → {P('mentee')}"
    assert [b.seen for b in boxes] == [f"Export {title} only, or the whole team?"]


def test_a_busy_note_shows_a_file_name_as_typed(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    release = threading.Event()
    failed: list[Known] = []
    try:
        window.tasks.run(
            release.wait,
            lambda _r: None,
            failed.append,
            progress=f"Importing {FILE_NAME}…",
            window=window,
        )
        progress = window.findChildren(QProgressDialog)[-1]
        labels = progress.findChildren(QLabel)
        assert [(label.text(), label.textFormat()) for label in labels] == [
            (f"Importing {FILE_NAME}…", Qt.TextFormat.PlainText)
        ]
    finally:
        with qtbot.waitSignal(window.tasks.idle, timeout=10000):
            release.set()
    assert failed == []


def test_the_sweep_tells_markup_shown_as_rich_text_from_text_shown_as_typed() -> None:
    raw = P("field")
    assert problem("rich", raw, as_seen(raw)) != []
    assert problem("plain", raw, as_seen(raw, Qt.TextFormat.PlainText)) == []
    assert problem("escaped as plain", "&lt;img src", "&lt;img src") != []
    assert problem("button", "a & b " + raw, without_marks("a & b " + raw)) != []
    assert problem("button", raw.replace("&", "&&"), without_marks(raw.replace("&", "&&"))) == []
