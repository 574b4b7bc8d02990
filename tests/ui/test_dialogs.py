"""Every dialog as a person meets it: the focus starts in the first field, so the first
words typed land there; Space presses no button it is not on; Return presses only what is
safe; multi-line fields keep Return and take Ctrl+Return; what destroys something defaults
to the safe button and names itself. And two promises of single dialogs: the pair dialog
never offers the mentor as mentee, the template editor never drops edits without a word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from windows import answer, click, focused, question

from mentordesk.domain.goals import GoalDraft, Outcome, Skill
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionContent, SessionStatus
from mentordesk.errors import ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.data.restore_dialog import RestoreDialog
from mentordesk.ui.data.team_database_dialog import TeamDatabaseDialog
from mentordesk.ui.goals.checkin_dialog import CheckInDialog
from mentordesk.ui.goals.goal_dialog import GoalDialog
from mentordesk.ui.goals.review_dialog import ReviewDialog
from mentordesk.ui.health.health_check_dialog import HealthCheckDialog
from mentordesk.ui.health.run_dialog import RunDialog
from mentordesk.ui.health.template_editor import TemplateEditor
from mentordesk.ui.meetings.conflict_dialog import ConflictDialog
from mentordesk.ui.meetings.move_dialog import MoveDialog
from mentordesk.ui.meetings.series_choice_dialog import SeriesChoiceDialog
from mentordesk.ui.meetings.series_dialog import SeriesDialog
from mentordesk.ui.pairs.agreement_dialog import AgreementDialog
from mentordesk.ui.pairs.end_pair_dialog import EndPairDialog
from mentordesk.ui.pairs.pair_dialog import PairDialog
from mentordesk.ui.people.people_model import PeopleModel
from mentordesk.ui.people.person_dialog import PersonDialog
from mentordesk.ui.people.whoami_dialog import WhoAmIDialog
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
Key = Qt.Key


class Saved(list[tuple[Any, ...]]):
    """What a dialog's `save` was given; while `refusing` names a field, `save` refuses
    the form with a problem about that field instead, as a service does."""

    refusing = ""


@dataclass
class World:
    """Ana mentors Ben, weekly on Mondays; Chidi Okeke is on the team too; a technical
    goal and a checklist run."""

    services: Services
    people: PeopleModel
    pair_id: int
    goal_id: int
    run_id: int
    team: TeamDatabaseService


@pytest.fixture
def world(services: Services, settings_store: SettingsStore, team: TeamDatabaseService) -> World:
    people = services.people
    ana = people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    people.create(PersonDraft("Chidi Okeke", "chidi@example.org"))
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    services.meetings.plan(
        pair_id,
        SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21)),
    )
    goal = GoalDraft(1, Skill.TECHNICAL, "Write production-grade SQL", date(2026, 12, 1))
    goal_id = services.goals.create(pair_id, goal).created or 0
    run_id = services.health.start(pair_id, "scheduling").created or 0
    settings_store.save(Settings(first_run_done=True))
    model = PeopleModel(services.people)
    model.load()
    return World(services, model, pair_id, goal_id, run_id, team)


def recorder(saved: Saved) -> Callable[..., None]:
    """A `save` that notes what it was given (or refuses it: see `Saved`)."""

    def save(*args: object) -> None:
        if saved.refusing:
            raise ValidationError.single(saved.refusing, "this needs another look")
        saved.append(args)

    return save


def _goal_dialog(w: World, saved: Saved) -> QDialog:
    plan = w.services.goals.quarters(w.pair_id)[0]
    return GoalDialog(recorder(saved), plan.span, Skill.SOFT)


def _checkin_dialog(w: World, saved: Saved) -> QDialog:
    goal = w.services.goals.get(w.goal_id)
    span = w.services.goals.span_of(goal, w.pair_id)
    return CheckInDialog(recorder(saved), goal, span, w.services.goals.today())


def _move_dialog(w: World, saved: Saved) -> QDialog:
    occurrence = w.services.meetings.occurrences(w.pair_id)[-1]
    series = w.services.meetings.get(occurrence.series_id)
    return MoveDialog(recorder(saved), series, occurrence)


def _series_choice(w: World, saved: Saved, *, cancelling: bool) -> SeriesChoiceDialog:
    series = [(1, "Mondays 16:00", True), (2, "Thursdays 09:00", False)]
    if cancelling:
        return SeriesChoiceDialog(
            "Send Cancellation",
            "Which meetings?",
            series,
            recorder(saved),
            action="Cancel Meetings",
            destructive=True,
        )
    return SeriesChoiceDialog("Send Invitation", "Which meetings?", series, recorder(saved))


def _conflict(_w: World, _saved: Saved) -> QDialog:
    mine = SessionContent(SessionStatus.HELD, ("Estimates",), "My notes")
    theirs = SessionContent(SessionStatus.HELD, ("Reviews",), "Their notes")
    return ConflictDialog(mine, theirs)


def _restore(w: World, saved: Saved) -> QDialog:
    return RestoreDialog(w.services.safety, recorder(saved))


BUILD: dict[str, Callable[[World, Saved], QDialog]] = {
    "person": lambda _w, s: PersonDialog(recorder(s)),
    "who am I": lambda w, s: WhoAmIDialog(recorder(s), w.services.people.all(), None),
    "pair": lambda w, s: PairDialog(recorder(s), w.people, date(2026, 11, 21)),
    "edit pair": lambda w, s: PairDialog(
        recorder(s), w.people, date(2026, 11, 21), pair=w.services.pairs.get(w.pair_id)
    ),
    "agreement": lambda _w, s: AgreementDialog(recorder(s), "Ana & Ben", None),
    "end pair": lambda _w, s: EndPairDialog(recorder(s), "Ana & Ben", date(2026, 11, 21)),
    "goal": _goal_dialog,
    "check-in": _checkin_dialog,
    "review": lambda w, s: ReviewDialog(recorder(s), w.services.goals.get(w.goal_id)),
    "series": lambda w, s: SeriesDialog(
        recorder(s), w.services.meetings.suggested_draft(w.pair_id), True
    ),
    "move": _move_dialog,
    "health check": lambda _w, s: HealthCheckDialog(recorder(s), "Ana Silva"),
    "checklist run": lambda w, s: RunDialog(
        recorder(s), w.services.health.run(w.run_id), date(2026, 11, 21)
    ),
    "team database": lambda w, _s: TeamDatabaseDialog(w.team, "this computer's own file"),
    "send invitation": lambda w, s: _series_choice(w, s, cancelling=False),
    "send cancellation": lambda w, s: _series_choice(w, s, cancelling=True),
    "changed elsewhere": _conflict,
    "restore": _restore,
    "checklist templates": lambda w, _s: TemplateEditor(w.services, ChangeBridge()),
}


def _first_field(dialog: QDialog) -> QWidget:
    """The field a person expects to type into first, by dialog."""
    fields: dict[type, Callable[[Any], QWidget]] = {
        PersonDialog: lambda d: d.name,
        WhoAmIDialog: lambda d: d.person,
        AgreementDialog: lambda d: d.cadence,
        EndPairDialog: lambda d: d.ended_on,
        GoalDialog: lambda d: d.title,
        CheckInDialog: lambda d: d.on,
        ReviewDialog: lambda d: d.outcomes.checkedButton(),
        SeriesDialog: lambda d: d.weekday,
        MoveDialog: lambda d: d.when,
        HealthCheckDialog: lambda d: d.scores[0],
        RunDialog: lambda d: d.ticks[0],
        TeamDatabaseDialog: lambda d: d.host,
        SeriesChoiceDialog: lambda d: d.list,
        ConflictDialog: lambda d: d.findChild(QWidget, "theirs_version"),
        RestoreDialog: lambda d: d.table,
        TemplateEditor: lambda d: d.title,
    }
    if isinstance(dialog, PairDialog):
        return dialog.mentor if dialog.mentor.isEnabled() else dialog.started_on
    return fields[type(dialog)](dialog)


# What a person types first, and what the first field then holds.
TYPING: dict[str, tuple[Callable[[QtBot, QWidget], None], Callable[[Any], object], object]] = {
    "person": (lambda b, w: b.keyClicks(w, "Chidi Okeke"), lambda d: d.name.text(), "Chidi Okeke"),
    "who am I": (
        lambda b, w: b.keyClicks(w, "Ben"),
        lambda d: d.person.currentText(),
        "Ben Okafor",
    ),
    "pair": (lambda b, w: b.keyClicks(w, "Chi"), lambda d: d.mentor.currentText(), "Chidi Okeke"),
    "edit pair": (
        lambda b, w: b.keyClick(w, Key.Key_Down),
        lambda d: d.started_on.date(),
        QDate(2026, 9, 6),
    ),
    "agreement": (
        lambda b, w: b.keyClicks(w, "Weekly, Mondays 16:00"),
        lambda d: d.cadence.text(),
        "Weekly, Mondays 16:00",
    ),
    "end pair": (
        lambda b, w: b.keyClicks(w, "15"),
        lambda d: d.ended_on.date(),
        QDate(2026, 11, 15),
    ),
    "goal": (
        lambda b, w: b.keyClicks(w, "Lead two design reviews"),
        lambda d: d.title.text(),
        "Lead two design reviews",
    ),
    "check-in": (lambda b, w: b.keyClicks(w, "15"), lambda d: d.on.date(), QDate(2026, 11, 15)),
    "review": (
        lambda b, w: b.keyClick(w, Key.Key_Right),
        lambda d: d.outcome(),
        Outcome.NOT_ACHIEVED,
    ),
    "series": (lambda b, w: b.keyClicks(w, "Th"), lambda d: d.weekday.currentText(), "Thursday"),
    "move": (
        lambda b, w: b.keyClick(w, Key.Key_Up),  # Monday 21 Dec to the Tuesday
        lambda d: d.when.dateTime(),
        QDateTime(QDate(2026, 12, 22), QTime(16, 0)),
    ),
    "health check": (lambda b, w: b.keyClicks(w, "5"), lambda d: d.scores[0].value(), 5),
    "checklist run": (
        lambda b, w: b.keyClick(w, Key.Key_Space),
        lambda d: d.ticks[0].isChecked(),
        True,
    ),
    "team database": (
        lambda b, w: b.keyClicks(w, "db.example.org"),
        lambda d: d.host.text(),
        "db.example.org",
    ),
    "send invitation": (
        lambda b, w: b.keyClick(w, Key.Key_Space),
        lambda d: d.ticked(),
        [],
    ),
    "send cancellation": (
        lambda b, w: b.keyClick(w, Key.Key_Space),
        lambda d: d.ticked(),
        [],
    ),
    "changed elsewhere": (lambda b, w: b.keyClick(w, Key.Key_Space), lambda d: d.choice, None),
    "restore": (
        lambda b, w: b.keyClick(w, Key.Key_Down),
        lambda d: d.table.currentIndex().row(),
        1,
    ),
    "checklist templates": (
        lambda b, w: b.keyClicks(w, "When we keep missing Mondays"),
        lambda d: d.title.text(),
        "When we keep missing Mondays",
    ),
}

SQLITE = {"restore": pytest.mark.sqlite_only}  # backups are of the SQLite file
ALL = [pytest.param(name, marks=SQLITE.get(name, ())) for name in BUILD]


def show(qtbot: QtBot, world: World, name: str, saved: Saved, clock: FixedClock) -> QDialog:
    """Build dialog `name` and open it as the app does, active and ready for keys (two
    backups, an hour apart, for the restore dialog to offer)."""
    if name == "restore":
        world.services.safety.backup()
        clock.moment = clock.moment.replace(hour=11)
        world.services.safety.backup()
    dialog = BUILD[name](world, saved)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
    return dialog


@pytest.mark.parametrize("name", ALL)
def test_the_first_keys_typed_land_in_the_first_field(
    qtbot: QtBot, world: World, clock: FixedClock, name: str
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, name, saved, clock)
    first = _first_field(dialog)
    assert focused() is first or first.isAncestorOf(focused())
    type_keys, held, expected = TYPING[name]
    type_keys(qtbot, focused())
    assert held(dialog) == expected
    assert dialog.isVisible()
    assert saved == []


def test_a_dialog_opened_from_the_window_takes_the_first_words_typed(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    qtbot.keyClick(focused(), Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.operations.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(focused(), "Chidi Okeke")
    qtbot.keyClick(focused(), Key.Key_Tab)
    qtbot.keyClicks(focused(), "chidi@example.org")
    qtbot.keyClick(focused(), Key.Key_Return)
    assert window.operations.dialog is None
    assert [(p.name, p.email) for p in services.people.all()] == [
        ("Chidi Okeke", "chidi@example.org")
    ]


@pytest.mark.parametrize("name", ALL)
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a list drops
def test_space_presses_no_button_it_is_not_on(
    qtbot: QtBot, world: World, clock: FixedClock, name: str
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, name, saved, clock)
    qtbot.keyClick(focused(), Key.Key_Space)
    popup = QApplication.activePopupWidget()
    if popup is not None:  # Space opens a drop-down list: Escape closes it again
        qtbot.keyClick(popup, Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # neither accepted nor closed
    assert saved == []


def _ok(dialog: QDialog) -> QPushButton:
    buttons: QDialogButtonBox = dialog.buttons  # type: ignore[attr-defined]
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _default(dialog: QDialog) -> QPushButton:
    [default] = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    return default


SAFE_RETURN = {  # Return in the first field of a dialog that destroys something
    "end pair": ("End Pair", "Cancel"),
    "send cancellation": ("Cancel Meetings", "Keep Meetings"),
    "restore": ("Restore Backup", "Cancel"),
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=SQLITE.get(n, ())) for n in SAFE_RETURN],
)
def test_what_destroys_is_named_and_return_chooses_the_safe_button(
    qtbot: QtBot, world: World, clock: FixedClock, name: str
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, name, saved, clock)
    action, safe = SAFE_RETURN[name]
    assert action in [b.text() for b in dialog.findChildren(QPushButton)]
    assert _default(dialog).text() == safe
    if isinstance(dialog, SeriesChoiceDialog):
        qtbot.keyClick(focused(), Key.Key_Down)
        qtbot.keyClick(focused(), Key.Key_Space)  # tick the second series too
    qtbot.keyClick(focused(), Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert saved == []


@pytest.mark.parametrize(
    ("name", "field", "problem"),
    [
        ("person", "name", "name"),
        ("agreement", "cadence", "cadence"),
        ("goal", "title", "title"),
        ("check-in", "note", "note"),
        ("series", "location", "location"),
        ("move", "location", "location"),
        ("checklist run", "notes", "steps"),
    ],
)
def test_return_in_a_line_field_accepts_the_form_only_when_it_is_complete(
    qtbot: QtBot, world: World, clock: FixedClock, name: str, field: str, problem: str
) -> None:
    saved = Saved()
    saved.refusing = problem
    dialog = show(qtbot, world, name, saved, clock)
    assert isinstance(dialog, FormDialog)
    widget = getattr(dialog, field)
    line = widget[0] if isinstance(widget, list) else widget
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "x")
    qtbot.keyClick(focused(), Key.Key_Return)
    assert dialog.isVisible()  # the problem is shown where the person looks
    assert dialog.error_text(problem) == "This needs another look."
    assert saved == []
    saved.refusing = ""
    qtbot.keyClick(focused(), Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(saved) == 1


def test_return_in_the_team_database_form_uses_it_once_it_is_complete(
    qtbot: QtBot, world: World, clock: FixedClock
) -> None:
    dialog = show(qtbot, world, "team database", Saved(), clock)
    assert isinstance(dialog, TeamDatabaseDialog)
    qtbot.keyClick(focused(), Key.Key_Return)  # no server yet
    assert dialog.isVisible()
    assert dialog.error_text("host") == "Enter the server's name or address."
    assert world.team.configured() is None
    qtbot.keyClicks(focused(), "db.example.org")
    qtbot.keyClick(focused(), Key.Key_Return)
    assert not dialog.isVisible()
    chosen = world.team.configured()
    assert chosen is not None
    assert chosen.host == "db.example.org"


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("agreement", "expectations"),
        ("agreement", "ending"),
        ("goal", "specific"),
        ("goal", "measure"),
        ("review", "reflection"),
        ("health check", "comment"),
        ("checklist run", "outcome"),
        ("end pair", "reason"),  # Ctrl+Return is asked for on purpose; Return is not
    ],
)
def test_a_multi_line_field_keeps_return_and_ctrl_return_accepts(
    qtbot: QtBot, world: World, clock: FixedClock, name: str, field: str
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, name, saved, clock)
    box = getattr(dialog, field)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    assert focused() is box
    box.clear()
    qtbot.keyClicks(box, "First line")
    qtbot.keyClick(box, Key.Key_Return)
    qtbot.keyClicks(box, "second line")
    assert box.toPlainText() == "First line\nsecond line"
    assert dialog.isVisible()
    assert saved == []
    qtbot.keyClick(box, Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(saved) == 1
    assert repr("First line\nsecond line")[1:-1] in repr(saved[0])


def test_the_pair_dialog_never_offers_the_mentor_as_mentee(
    qtbot: QtBot, world: World, clock: FixedClock
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, "pair", saved, clock)
    assert isinstance(dialog, PairDialog)

    def offered(combo: QComboBox) -> list[str]:
        return [combo.itemText(row) for row in range(combo.count())]

    qtbot.keyClicks(focused(), "Ana")
    assert dialog.mentor.currentText() == "Ana Silva"
    assert offered(dialog.mentee) == ["Ben Okafor", "Chidi Okeke"]
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert focused() is dialog.mentee
    qtbot.keyClicks(focused(), "Ana")  # not there to be chosen
    assert dialog.mentee.currentIndex() == -1
    qtbot.keyClick(focused(), Key.Key_Down)
    assert dialog.mentee.currentText() == "Ben Okafor"
    assert offered(dialog.mentor) == ["Ana Silva", "Chidi Okeke"]
    qtbot.keyClick(focused(), Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(focused(), Key.Key_Down)  # past Ben, who is the mentee now
    assert dialog.mentor.currentText() == "Chidi Okeke"
    assert dialog.mentee.currentText() == "Ben Okafor"
    assert offered(dialog.mentee) == ["Ana Silva", "Ben Okafor"]
    qtbot.keyClick(focused(), Key.Key_Return)
    assert not dialog.isVisible()
    chidi, ben = (world.services.people.find(ref) for ref in ("chidi-okeke", "ben-okafor"))
    assert chidi is not None
    assert ben is not None
    assert saved[0][:2] == (chidi.id, ben.id)


@pytest.mark.sqlite_only
def test_restoring_a_backup_is_asked_once_more_with_cancel_the_default(
    qtbot: QtBot, world: World, clock: FixedClock
) -> None:
    saved = Saved()
    dialog = show(qtbot, world, "restore", saved, clock)
    assert isinstance(dialog, RestoreDialog)
    qtbot.keyClick(focused(), Key.Key_Down)  # the older backup
    older = world.services.safety.backups()[1].path
    click(qtbot, dialog, "Restore Backup")
    assert question().defaultButton().text() == "Cancel"
    assert question().escapeButton() is question().defaultButton()
    answer(qtbot, Key.Key_Return)
    assert saved == []
    assert dialog.isVisible()
    click(qtbot, dialog, "Restore Backup")
    click(qtbot, question(), "Restore Backup")
    assert saved == [(older,)]
    assert not dialog.isVisible()
