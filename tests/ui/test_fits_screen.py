"""Every window and dialog, painted on a 1280 × 720 and on a 1366 × 768 laptop screen, fits
the screen, and none of its text is cut; and on the small screen again in German and in the
pseudo-translation (every marked string 40 % longer), so a longer language shows whole too.

The screen: the offscreen platform takes its screen size from a JSON file named in its
platform argument (`QT_QPA_PLATFORM=offscreen:configfile=…`, see tests/support/screen_fit.py),
read once, when the QApplication starts. So this module runs itself once per screen size,
as a pytest of its own with that platform argument (both at once): there `test_painted`
opens each window the way MentorDesk does, on the demo team and the fixed clock, lets
MentorDesk size it, paints it and measures it. Here, `test_fits_the_screen` and
`test_shows_all_its_text` report what it found, one test per screen and window; a problem
known and not yet fixed is marked xfail (strict) in KNOWN, on its own window and check.

To see the windows as painted, set MENTORDESK_TEST_PICTURES to a folder: each run saves a
picture of every window it looks at there, and names it in each problem. To look at one
window on one screen by hand, run this module with MENTORDESK_TEST_SCREEN=1280x720 and
QT_QPA_PLATFORM=offscreen:configfile=<a file screen_fit.screen_config wrote> (and -k).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from screen_fit import Found, describe, problems, screen_config

from mentordesk.calendar_files.method import Method
from mentordesk.domain.goals import Skill
from mentordesk.paths import app_paths
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.team_database import ServerAddress, TeamDatabaseService
from mentordesk.settings import Settings, SettingsStore
from mentordesk.store.opening import open_store
from mentordesk.ui.common.translation import PSEUDO, speak
from mentordesk.ui.data.merge_dialog import MergeDialog
from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
from mentordesk.ui.window import crash_notice
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

A = ActionId
W = TypeVar("W", bound=QWidget)

SCREENS = {
    "1280x720": (1280, 720),
    "1366x768": (1366, 768),
    "1280x720-pseudo": (1280, 720),
    "1280x720-de": (1280, 720),
}
# Runs in another language (ui/common/translation.py): German, and the pseudo-translation
# whose every marked string is 40 % longer. Room and Alt letters are their questions.
LANGUAGE = {"1280x720-pseudo": PSEUDO, "1280x720-de": "de"}
SCREEN = os.environ.get("MENTORDESK_TEST_SCREEN", "")  # set in the run for one screen
PICTURES = os.environ.get("MENTORDESK_TEST_PICTURES", "")  # where it saves what it saw
RECORD = os.environ.get("MENTORDESK_TEST_RECORD", "")  # where it writes what it found
ROOT = Path(__file__).resolve().parents[2]
RUN_SECONDS = 180  # a run for one screen takes ~10 s; past this it hangs
MODAL_ROUNDS = 2000  # event-loop rounds (no delay) to wait for a modal dialog to open
DEMO_DAY = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # the fixed clock of tests/conftest.py

TABS = {
    "goals": A.SHOW_GOALS,
    "sessions": A.SHOW_SESSIONS,
    "meetings": A.SHOW_MEETINGS,
    "pair & agreement": A.SHOW_AGREEMENT,
    "health": A.SHOW_HEALTH,
}
# (check: "fits" or "text", window, screen or "" for both) → a problem known and not yet
# fixed (strict xfail: a fixed one fails until its entry goes). None today; fixed so far:
# the main window's first size without room for its frame, the goal cards and the session
# editor squeezed by their neighbours, the welcome page's labels wrapped at the page's width,
# and checklist guidance cut to one line by Qt's two-thirds-of-the-screen first size.
KNOWN: dict[tuple[str, str, str], str] = {}


# -- the run for one screen: open, paint, measure ---------------------------------------------
@dataclass
class Desk:
    """MentorDesk on the screen of this run: the main window (built when first asked
    for) over the test's services, and what the windows looked at showed."""

    case: str
    qtbot: QtBot
    services: Services
    settings: SettingsStore
    ui_state: QSettings
    team: TeamDatabaseService
    clock: FixedClock
    tmp_path: Path
    found: Found = field(default_factory=Found)
    looked_at: list[str] = field(default_factory=list)
    _window: MainWindow | None = None

    def window(self) -> MainWindow:
        """The main window, shown at the size MentorDesk gives it at a first start."""
        if self._window is None:
            window = MainWindow(self.services, self.settings, self.ui_state, self.team)
            self.qtbot.addWidget(window)
            with self.qtbot.waitExposed(window):
                window.show()
            self._window = window
        return self._window

    def check(self, widget: QWidget, showing: str = "") -> None:
        """Paint `widget`'s window as it is now and note what does not fit (once: the
        same problem seen again, say with another pair `showing`, is not noted again)."""
        top = widget.window()
        self.looked_at.append(describe(top))
        found = problems(top)
        picture = ""
        if PICTURES:  # every window as painted, for whoever looks into a problem
            shot = Path(PICTURES) / f"{SCREEN} {self.case} {len(self.looked_at)}.png"
            top.grab().save(str(shot))
            picture = f" (as painted: {shot})"
        for noted, new in (
            (self.found.beyond_screen, found.beyond_screen),
            (self.found.cut, found.cut),
        ):
            for problem in new:
                said = f"with {showing} shown, {problem}" if showing else problem
                if not any(_gist(problem) == _gist(earlier) for earlier in noted):
                    noted.append(said + picture)

    def trigger(self, action: ActionId) -> None:
        """Choose a menu command of the main window."""
        self.window().action_map[action].trigger()

    def choose(self, title: str) -> int:
        """Choose the pair called `title` in the pair list; its id."""
        window = self.window()
        model = window.pair_model
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
        pair_id = model.id_at(row)
        assert pair_id is not None
        window.pair_list.choose(pair_id)
        return pair_id

    def dialog(self) -> QDialog:
        """The dialog the main window's operations have open."""
        operations = self.window().operations
        self.qtbot.waitUntil(lambda: operations.dialog is not None, timeout=5000)
        dialog = operations.dialog
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        return dialog

    def shown(self, kind: type[W], name: str = "") -> W:
        """The top-level window of `kind` (named `name`, if given) on screen."""

        def find() -> W | None:
            return next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible() and name in ("", w.objectName())
                ),
                None,
            )

        self.qtbot.waitUntil(lambda: find() is not None, timeout=5000)
        widget = find()
        assert widget is not None
        self.qtbot.waitExposed(widget)
        return widget

    def modal(self, opens: Callable[[], object]) -> None:
        """Call `opens`, which runs a modal dialog (exec); check the dialog from inside its
        event loop, then reject it, so that `opens` returns."""
        rounds = 0

        def look() -> None:
            nonlocal rounds
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or not dialog.isVisible():
                rounds += 1
                if rounds > MODAL_ROUNDS:
                    return  # `opens` returned without one: looked_at says so
                QTimer.singleShot(0, look)
                return
            try:
                self.check(dialog)
            finally:
                dialog.reject()

        QTimer.singleShot(0, look)
        opens()
        assert self.looked_at, "the modal dialog was never looked at"


def _gist(problem: str) -> str:
    """A problem without its particulars (the pair shown, sizes in brackets, what it
    names after a ";"): the same problem seen with another pair is not noted again."""
    return re.sub(r"\([^)]*\)", "", problem.split(" shown, ", 1)[-1]).split(";")[0]


Case = Callable[[Desk], None]


@dataclass(frozen=True)
class Setup:
    """What the database holds before the window opens."""

    demo: bool = True  # the demo team, Ana Silva as the person using this computer
    first_run: bool = False  # MentorDesk never started before


OPEN: dict[str, tuple[Case, Setup]] = {}


def case(name: str, setup: Setup = Setup()) -> Callable[[Case], Case]:
    """Register how to open window `name` as MentorDesk does, and check it."""

    def register(opens: Case) -> Case:
        OPEN[name] = (opens, setup)
        return opens

    return register


ANA_BEN = "Ana Silva → Ben Okafor"
CHEN_HANA = "Chen Wei ↔ Hana Sato"
FARAH_EMIL = "Farah Haddad → Emil Johansson"  # the longest names of the demo team


def _tab(action: ActionId) -> Case:
    """The main window at its first start, the tab in front, each pair of the demo team
    chosen in turn."""

    def opens(desk: Desk) -> None:
        window = desk.window()
        model = window.pair_model
        for row in range(model.rowCount()):
            title = str(model.index(row, 0).data())
            desk.choose(title)
            desk.trigger(action)
            desk.check(window, showing=title)

    return opens


for _name, _action in TABS.items():
    case(f"main window, {_name}")(_tab(_action))


@case("welcome page", Setup(demo=False, first_run=True))
def _welcome(desk: Desk) -> None:
    window = desk.window()
    assert window.welcome is not None
    assert window.pages.currentWidget() is window.welcome
    desk.check(window)


@case("new pair")
def _new_pair(desk: Desk) -> None:
    desk.trigger(A.NEW_PAIR)
    desk.check(desk.dialog())


@case("edit pair")
def _edit_pair(desk: Desk) -> None:
    desk.choose(FARAH_EMIL)
    desk.trigger(A.EDIT_PAIR)
    desk.check(desk.dialog())


@case("new person")
def _new_person(desk: Desk) -> None:
    desk.trigger(A.NEW_PERSON)
    desk.check(desk.dialog())


@case("who am I")
def _who_am_i(desk: Desk) -> None:
    desk.trigger(A.WHO_AM_I)
    desk.check(desk.dialog())


@case("people")
def _people(desk: Desk) -> None:
    desk.trigger(A.MANAGE_PEOPLE)
    people = desk.window().companions.people_window
    assert people is not None
    people.table.selectRow(0)
    desk.check(desk.shown(type(people)))


def _goal_with_checkins(desk: Desk, title: str) -> tuple[int, int]:
    pair_id = desk.choose(title)
    goals = [g for plan in desk.services.goals.quarters(pair_id) for g in plan.goals]
    goal = next(g for g in goals if g.checkins)
    return goal.id, pair_id


@case("set goal")
def _set_goal(desk: Desk) -> None:
    pair_id = desk.choose(FARAH_EMIL)
    plans = desk.services.goals.quarters(pair_id)
    pair = desk.services.pairs.get(pair_id)
    desk.window().workspace.goal_operations.set_goal(pair, plans[-1].span.number, Skill.SOFT)
    desk.check(desk.dialog())


@case("edit goal")
def _edit_goal(desk: Desk) -> None:
    goal_id, pair_id = _goal_with_checkins(desk, ANA_BEN)
    desk.window().workspace.goal_operations.edit_goal(goal_id, pair_id)
    desk.check(desk.dialog())


@case("goal check-in")
def _check_in(desk: Desk) -> None:
    goal_id, pair_id = _goal_with_checkins(desk, ANA_BEN)
    desk.window().workspace.goal_operations.check_in(goal_id, pair_id)
    desk.check(desk.dialog())


@case("goal review")
def _review(desk: Desk) -> None:
    goal_id, _pair_id = _goal_with_checkins(desk, ANA_BEN)
    desk.window().workspace.goal_operations.review(goal_id)
    desk.check(desk.dialog())


@case("self-assessment")
def _assess(desk: Desk) -> None:
    goal_id, _pair_id = _goal_with_checkins(desk, ANA_BEN)
    desk.window().workspace.goal_operations.assess(goal_id)
    desk.check(desk.dialog())


@case("next meeting's agenda")
def _agenda(desk: Desk) -> None:
    desk.choose(CHEN_HANA)
    desk.trigger(A.SHARE_AGENDA)
    desk.check(desk.dialog())


@case("meeting recap to share")
def _share_recap(desk: Desk) -> None:
    desk.choose(ANA_BEN)
    desk.trigger(A.SHARE_RECAP)
    desk.check(desk.dialog())


@case("reminders")
def _reminders(desk: Desk) -> None:
    desk.trigger(A.REMINDERS)
    desk.check(desk.dialog())


@case("meeting plan")
def _series(desk: Desk) -> None:
    pair_id = desk.choose(ANA_BEN)
    desk.window().workspace.meeting_operations.plan(pair_id)
    desk.check(desk.dialog())


@case("move meeting")
def _move(desk: Desk) -> None:
    pair_id = desk.choose(ANA_BEN)
    now = desk.clock.now()
    later = [o for o in desk.services.meetings.occurrences(pair_id) if o.start > now]
    desk.window().workspace.meeting_operations.move(later[0])
    desk.check(desk.dialog())


def _send(method: Method) -> Case:
    def opens(desk: Desk) -> None:
        pair_id = desk.choose(ANA_BEN)
        meetings = desk.services.meetings
        draft = meetings.suggested_draft(pair_id)  # a new series in three weeks' time
        first = draft.first_date + timedelta(weeks=3)
        later = replace(draft, first_date=first, until=max(draft.until, first + timedelta(weeks=8)))
        meetings.plan(pair_id, replace(later, location="Room 5.02, by the lifts"))
        assert len(desk.services.calendar.candidates(pair_id, method)) > 1  # else no choice
        desk.window().workspace.meeting_operations.send(pair_id, method)
        desk.check(desk.dialog())

    return opens


case("send invitation")(_send(Method.REQUEST))
case("send cancellation")(_send(Method.CANCEL))


@case("agreement")
def _agreement(desk: Desk) -> None:
    desk.choose(ANA_BEN)  # signed: the dialog says signing again is needed
    desk.trigger(A.EDIT_AGREEMENT)
    desk.check(desk.dialog())


@case("end pair")
def _end_pair(desk: Desk) -> None:
    desk.choose(FARAH_EMIL)
    desk.trigger(A.END_PAIR)
    desk.check(desk.dialog())


@case("run a checklist, which")
def _which_checklist(desk: Desk) -> None:
    desk.choose(ANA_BEN)
    desk.modal(lambda: desk.trigger(A.RUN_CHECKLIST))


@case("checklist run, worked through")
def _worked_through(desk: Desk) -> None:
    pair_id = desk.choose(CHEN_HANA)
    [run] = desk.services.health.runs(pair_id)
    desk.window().workspace.health_operations.open_run(run.id)
    desk.check(desk.dialog())


def _new_run(key: str) -> Case:
    def opens(desk: Desk) -> None:
        pair_id = desk.choose(FARAH_EMIL)
        desk.window().workspace.health_operations.start_checklist(pair_id, key)
        desk.check(desk.dialog())

    return opens


for _key in ("scheduling", "expectations", "imbalance"):
    case(f"checklist run, {_key}")(_new_run(_key))


@case("checklist templates")
def _templates(desk: Desk) -> None:
    from mentordesk.ui.health.template_editor import TemplateEditor

    desk.trigger(A.CHECKLIST_TEMPLATES)
    desk.check(desk.shown(TemplateEditor))


@case("health check")
def _health_check(desk: Desk) -> None:
    pair_id = desk.choose(ANA_BEN)
    window = desk.window()
    me = window.companions.me
    assert me is not None  # Ana, the pair's mentor
    window.workspace.health_operations.answer_health_check(pair_id, me, lambda: None)
    desk.check(desk.dialog())


@case("team overview")
def _team_overview(desk: Desk) -> None:
    desk.trigger(A.TEAM_OVERVIEW)
    team = desk.window().companions.team_window
    assert team is not None
    desk.qtbot.waitUntil(lambda: team.model.rowCount() > 0, timeout=5000)  # rows read
    desk.check(desk.shown(type(team)))


@case("restore from backup")
def _restore(desk: Desk) -> None:
    from mentordesk.ui.data.restore_dialog import RestoreDialog

    desk.services.safety.backup()
    desk.clock.moment += timedelta(hours=1)
    desk.services.safety.backup()
    desk.trigger(A.RESTORE_BACKUP)
    desk.check(desk.shown(RestoreDialog))


@case("check database")
def _check_database(desk: Desk) -> None:
    desk.modal(lambda: desk.trigger(A.CHECK_DATABASE))


@case("team database")
def _team_database(desk: Desk) -> None:
    desk.trigger(A.TEAM_DATABASE)
    desk.check(desk.dialog())


@case("team database, a server chosen")
def _team_database_chosen(desk: Desk) -> None:
    server = ServerAddress("db.example.org", 5432, "mentordesk", "ana")
    desk.team.use(server, "", remember=False)  # adds "Use This Computer's Own Database"
    desk.trigger(A.TEAM_DATABASE)
    desk.check(desk.dialog())


@case("merge records")
def _merge(desk: Desk) -> None:
    path = desk.tmp_path / "laptop.json"
    desk.services.interchange.export_file(path, include_private=True)
    document = json.loads(path.read_text())
    for n, session in enumerate(document["pairs"][0]["sessions"][:6]):
        session["notes"] = f"Written on the laptop, a longer note to show in the window {n}."
    document["people"][0]["email"] = "someone.with.a.long.address@laptop.example.org"
    path.write_text(json.dumps(document))
    plan = desk.services.merging.plan(path)
    desk.window().operations.open_dialog(MergeDialog(path.name, plan, desk.window()))
    desk.check(desk.dialog())


@case("search notes")
def _search(desk: Desk) -> None:
    desk.trigger(A.SEARCH)
    search = desk.window().companions.search_window
    assert search is not None
    search.query.setText("review")
    search.run()
    assert search.results.rowCount() > 0
    desk.check(desk.shown(type(search)))


def _meeting_mode(desk: Desk) -> MeetingModeWindow:
    """Meeting mode for Ana and Ben's next meeting, opened ten minutes into it and
    looked at once it has run over time (the widest the timer gets)."""
    pair_id = desk.choose(ANA_BEN)
    meeting = desk.services.meetings.next_meetings([pair_id])[pair_id]
    assert meeting is not None
    desk.clock.moment = meeting.start + timedelta(minutes=10)
    desk.trigger(A.MEETING_MODE)
    window = desk.window().companions.meeting_window
    assert window is not None
    desk.qtbot.waitExposed(window)
    desk.clock.moment = meeting.end + timedelta(minutes=5)
    window.update_timer()
    assert "50:00 / 45:00" in window.timer_label.text()  # over time, in any language
    return window


@case("meeting mode")
def _meeting(desk: Desk) -> None:
    desk.check(_meeting_mode(desk))


@case("end meeting recap")
def _recap(desk: Desk) -> None:
    meeting = _meeting_mode(desk)
    editor = meeting.editor
    desk.qtbot.keyClicks(editor.topics, "Code review, estimates, the on-call rota")
    for item in ("Read the style guide", "Pair on the billing export before Friday"):
        desk.qtbot.keyClicks(editor.new_item, item)
        desk.qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    meeting.end_meeting()
    recap = desk.shown(QMessageBox, "meeting_recap")
    desk.check(recap)
    recap.button(QMessageBox.StandardButton.Close).click()


@case("keyboard shortcuts")
def _keys(desk: Desk) -> None:
    desk.trigger(A.KEYBOARD_SHORTCUTS)
    desk.check(desk.shown(QDialog, "keyboard_shortcuts"))


@case("guidance")
def _guide(desk: Desk) -> None:
    desk.trigger(A.GUIDANCE)
    desk.check(desk.shown(QDialog, "guidance_library"))


@case("about")
def _about(desk: Desk) -> None:
    desk.modal(lambda: desk.trigger(A.ABOUT))


@case("import problems")
def _import_problems(desk: Desk) -> None:
    people = [
        {"id": f"p{n}", "name": f"Person {n}", "email": f"not-an-email-{n}"} for n in range(30)
    ]
    path = desk.tmp_path / "team export from the old spreadsheet, version 3 (final).json"
    path.write_text(json.dumps({"format": "mentordesk", "version": 1, "people": people}), "utf-8")
    desk.window().operations.import_file(path)
    desk.check(desk.shown(QDialog, "problems_dialog"))


@case("export question")
def _export_question(desk: Desk) -> None:
    desk.choose(FARAH_EMIL)
    desk.modal(lambda: desk.trigger(A.EXPORT))


@case("print preview")
def _print_preview(desk: Desk) -> None:
    desk.choose(ANA_BEN)
    desk.modal(lambda: desk.trigger(A.PRINT_PREVIEW))


@case("crash notice")
def _crash_notice(desk: Desk) -> None:
    paths = app_paths()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    paths.running_marker.write_text("4242 2026-11-20T16:05:00\n", "utf-8")
    paths.crash_log.write_text("Fatal Python error: Segmentation fault\n", "utf-8")
    notice = crash_notice.begin(paths)
    assert notice is not None
    try:
        desk.check(crash_notice.show(notice, desk.window()))
    finally:
        crash_notice.end(paths)


def _screen_of_this_run() -> tuple[int, int]:
    size = QApplication.primaryScreen().geometry().size()
    return size.width(), size.height()


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the demo team as loaded on DEMO_DAY: each window's test opens a
    copy (loading the demo team for each would double the time of the run)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    try:
        Services.over(store, FixedClock(DEMO_DAY)).demo.load()
    finally:
        store.close()
    return path


@pytest.fixture
def desk_services(
    request: pytest.FixtureRequest, demo_database: Path, clock: FixedClock, tmp_path: Path
) -> Iterator[Services]:
    """The services of the window's test: over a copy of the demo team's database, or
    over an empty one, as the window's Setup says."""
    assert clock.now() == DEMO_DAY  # the day the demo team was loaded on
    _opens, setup = OPEN[request.node.callspec.params["name"]]
    path = tmp_path / "desk.sqlite3"
    if setup.demo:
        shutil.copyfile(demo_database, path)
    store = open_store(f"sqlite:///{path}")
    yield Services.over(store, clock)
    store.close()


@pytest.mark.parametrize("name", list(OPEN))
def test_painted(
    name: str,
    qtbot: QtBot,
    desk_services: Services,
    settings_store: SettingsStore,
    ui_state: QSettings,
    team: TeamDatabaseService,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Open window `name` as MentorDesk does and note what does not fit (in RECORD, for
    the run that started this one); fails only when the window cannot be looked at."""
    assert _screen_of_this_run() == SCREENS[SCREEN], "the platform ignored the screen asked for"
    speak(LANGUAGE.get(SCREEN, "en"))
    opens, setup = OPEN[name]
    if setup.demo:
        settings_store.save(Settings(first_run_done=True, current_user="ana"))
    if setup.first_run:
        settings_store.save(Settings())
    desk = Desk(name, qtbot, desk_services, settings_store, ui_state, team, clock, tmp_path)
    opens(desk)
    assert desk.looked_at, "no window was looked at"
    if not RECORD:  # run by hand for one screen: what it found, said here
        found = desk.found.beyond_screen + desk.found.cut
        assert not found, "\n".join(["", *found])
        return
    with Path(RECORD).open("a", encoding="utf-8") as record:
        record.write(json.dumps({"window": name, **asdict(desk.found)}) + "\n")


# -- this run: one run per screen size, and what each window showed in it ---------------------
@dataclass
class Painted:
    """What the run for one screen found: by window, or why it found nothing."""

    found: dict[str, Found]
    broke: dict[str, str]  # window → why test_painted could not look at it
    output: str  # the run's own output, for a run that broke as a whole


@dataclass
class ScreenRun:
    """The pytest of this module for one screen size, in a process of its own."""

    screen: str
    process: subprocess.Popen[str]
    record: Path
    results: Path

    @classmethod
    def start(cls, screen: str, folder: Path) -> ScreenRun:
        width, height = SCREENS[screen]
        config = screen_config(width, height, folder / f"screen-{screen}.json")
        record, results = folder / f"found-{screen}.jsonl", folder / f"results-{screen}.xml"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_SCALE_FACTOR", "QT_SCREEN_SCALE", "QT_FONT_DPI"))
        }
        env |= {
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "MENTORDESK_TEST_SCREEN": screen,
            "MENTORDESK_TEST_RECORD": str(record),
        }
        command = [
            *(sys.executable, "-m", "pytest", str(Path(__file__).resolve())),
            *("-p", "no:cacheprovider", "-q", "--no-header", "-o", "junit_family=xunit1"),
            f"--junitxml={results}",
        ]
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        return cls(screen, process, record, results)

    def painted(self) -> Painted:
        """Wait for the run to end and read what it found."""
        try:
            output, _ = self.process.communicate(timeout=RUN_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
            output = f"the run took over {RUN_SECONDS} s:\n{output}"
        found: dict[str, Found] = {}
        if self.record.exists():
            for line in self.record.read_text("utf-8").splitlines():
                entry = json.loads(line)
                window = entry.pop("window")
                found[window] = Found(**entry)
        broke: dict[str, str] = {}
        if self.results.exists():
            for test in ElementTree.parse(self.results).getroot().iter("testcase"):
                name = test.get("name", "")
                for trouble in test:
                    if trouble.tag in ("failure", "error", "skipped"):
                        window = name.removeprefix("test_painted[").removesuffix("]")
                        broke[window] = f"{trouble.get('message')}\n{trouble.text or ''}"
        return Painted(found, broke, output)


@pytest.fixture(scope="module")
def painted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Painted]]:
    """What each window showed, by screen size: the runs for both screens, started at once."""
    folder = tmp_path_factory.mktemp("screens")
    runs = [ScreenRun.start(screen, folder) for screen in SCREENS]
    try:
        yield {run.screen: run.painted() for run in runs}
    finally:  # a run left behind by an error is stopped, and its pipe closed
        for run in runs:
            if run.process.poll() is None:
                run.process.kill()
            if run.process.stdout is not None and not run.process.stdout.closed:
                run.process.communicate()


def _cases(check: str) -> list[object]:
    cases: list[object] = []
    for screen in SCREENS:
        if screen in LANGUAGE and check not in ("fits", "text", "clashes"):
            continue
        for window in OPEN:
            reason = KNOWN.get((check, window, screen)) or KNOWN.get((check, window, ""))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(screen, window, marks=marks, id=f"{screen}-{window}"))
    return cases


def _found(painted: dict[str, Painted], screen: str, window: str) -> Found:
    run = painted[screen]
    if window in run.broke:
        pytest.fail(f"{window} could not be looked at on {screen}: {run.broke[window]}")
    if window not in run.found:
        pytest.fail(f"the run for {screen} said nothing about {window}:\n{run.output[-4000:]}")
    return run.found[window]


def test_the_measure_sees_what_is_cut(qtbot: QtBot) -> None:
    """The measure itself, on a window with every kind of text it reads: at the size its
    layout asks for, nothing is cut; squeezed below it, each is named; larger than the
    screen, the window is; a page wider than its scroll area, the text it hides is."""
    window = QDialog()
    window.setWindowTitle("Every kind of text")
    layout = QVBoxLayout(window)
    wrapped = QLabel("A wrapped label, long enough for three lines once it is squeezed")
    wrapped.setWordWrap(True)
    group = QGroupBox("A group box of some length")
    QVBoxLayout(group).addWidget(QLabel("inside"))
    tabs = QTabWidget()
    for title in ("A first tab", "A second tab"):
        tabs.addTab(QWidget(), title)
    table = QTableView()
    table.setAccessibleName("A table")  # named: this test is about room, not names
    table.setTabKeyNavigation(False)
    table.setModel(QStandardItemModel(1, 2, window))
    table.model().setHeaderData(0, Qt.Orientation.Horizontal, "A long column header")
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    wide = QLabel("Far to the right, where no one sees it")
    page = QWidget()
    page.setMinimumWidth(900)
    QHBoxLayout(page).addWidget(wide, 0, Qt.AlignmentFlag.AlignRight)
    area = QScrollArea()
    area.setWidget(page)
    area.setFixedWidth(300)
    for widget in (
        QLabel("A label of some length"),
        wrapped,
        QPushButton("A button of some length"),
        QCheckBox("A check box of some length"),
        QRadioButton("A radio button of some length"),
        group,
        tabs,
        table,
    ):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.resize(500, window.height())  # room for the stretched columns' headers too
    assert problems(window) == Found()

    layout.addWidget(area)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setMinimumSize(0, 0)
    window.resize(60, 400)
    cut = "\n".join(problems(window).cut)
    for named in (
        "QLabel “A label of some length”",
        "QLabel “A wrapped label",
        "QPushButton “A button of some length”",
        "QCheckBox “A check box of some length”",
        "QRadioButton “A radio button of some length”",
        "QGroupBox “A group box of some length”",
        "tab 'A first tab'",
        "column 'A long column header'",
        "QLabel “Far to the right, where no one sees it”",
    ):
        assert named in cut

    room = window.screen().availableGeometry()
    window.resize(room.width() + 100, 400)
    assert "larger than the" in "".join(problems(window).beyond_screen)


def test_the_name_check_sees_a_nameless_control(qtbot: QtBot) -> None:
    """The name check itself: an unlabelled field and table have no name; a form's label,
    a button's text or an accessible name is one. And the Tab check: a table as Qt
    makes it keeps Tab for its cells."""
    window = QDialog()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    bare, table, named = QLineEdit(), QTableView(), QTableView()
    named.setAccessibleName("Pairs")
    form = QFormLayout()
    labelled = QLineEdit()
    form.addRow("&Name:", labelled)
    for widget in (bare, table, named, QPushButton("OK")):
        column.addWidget(widget)
    column.addLayout(form)
    with qtbot.waitExposed(window):
        window.show()
    found = problems(window)
    assert [entry.split(" ")[0] for entry in found.nameless] == ["QLineEdit", "QTableView"]
    assert len(found.traps) == 2  # both tables keep Tab, as QTableView does by default


def test_the_clash_check_sees_a_shared_alt_letter(qtbot: QtBot) -> None:
    """The clash check itself: a form label and a button on one letter clash; '&&' is an
    ampersand, not a letter; a hidden button is not on the window."""
    window = QDialog()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    form.addRow("&Name:", QLineEdit())
    form.addRow(QPushButton("&New"))
    form.addRow(QPushButton("Salt && &Pepper"))
    hidden = QPushButton("&Pepper")
    form.addRow(hidden)
    hidden.hide()
    with qtbot.waitExposed(window):
        window.show()
    assert problems(window).clashes == ["Alt+N is '&Name:' and '&New'"]


@pytest.mark.parametrize(("screen", "window"), _cases("fits"))
def test_fits_the_screen(painted: dict[str, Painted], screen: str, window: str) -> None:
    """The window, frame and all, is on the screen, as MentorDesk sizes and places it."""
    beyond = _found(painted, screen, window).beyond_screen
    if beyond:
        pytest.fail("\n".join([f"on a {screen} screen, {window}:", *beyond]), pytrace=False)


@pytest.mark.parametrize(("screen", "window"), _cases("text"))
def test_shows_all_its_text(painted: dict[str, Painted], screen: str, window: str) -> None:
    """No label, button, check box, radio button, group box title, tab or column header
    of the window has less room than its text needs; nothing is squeezed out of its
    parent, hidden behind a tool bar's », or cut by a page that scrolls sideways."""
    cut = _found(painted, screen, window).cut
    if cut:
        pytest.fail("\n".join([f"on a {screen} screen, {window}:", *cut]), pytrace=False)


@pytest.mark.parametrize(("screen", "window"), _cases("names"))
def test_every_control_has_a_name(painted: dict[str, Painted], screen: str, window: str) -> None:
    """Every button, field, list, table and box a person can reach has a name that
    accessibility tools (a screen reader, through QAccessible) can say."""
    nameless = _found(painted, screen, window).nameless
    if nameless:
        pytest.fail(
            "\n".join([f"on a {screen} screen, {window}, no name:", *nameless]), pytrace=False
        )


@pytest.mark.parametrize(("screen", "window"), _cases("traps"))
def test_tab_moves_on_from_every_table(
    painted: dict[str, Painted], screen: str, window: str
) -> None:
    """Tab leaves a table or list for the next control (the arrow keys move inside it),
    so a person working by keyboard never gets stuck in one."""
    traps = _found(painted, screen, window).traps
    if traps:
        pytest.fail(
            "\n".join([f"on a {screen} screen, {window}, Tab stays in:", *traps]), pytrace=False
        )


@pytest.mark.parametrize(("screen", "window"), _cases("clashes"))
def test_no_two_controls_share_an_alt_letter(
    painted: dict[str, Painted], screen: str, window: str
) -> None:
    """Alt and a letter reaches one thing: no two labels, buttons, tabs or menu titles
    shown together share their underlined letter (in German too)."""
    shared = _found(painted, screen, window).clashes
    if shared:
        pytest.fail("\n".join([f"on a {screen} screen, {window}:", *shared]), pytrace=False)


# Each run holds the tests of its side only: the run for one screen paints, this one asks.
if SCREEN:
    del painted, test_the_measure_sees_what_is_cut, test_the_name_check_sees_a_nameless_control
    del test_the_clash_check_sees_a_shared_alt_letter
    del test_fits_the_screen, test_shows_all_its_text, test_every_control_has_a_name
    del test_tab_moves_on_from_every_table, test_no_two_controls_share_an_alt_letter
else:
    del demo_database, desk_services, test_painted
