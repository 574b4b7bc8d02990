"""The session log in the GUI: typed notes reach the database with no save action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import Session, SessionStatus
from mentordesk.services import Services
from mentordesk.ui.sessions.session_log_model import SessionLogModel
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_typed_notes_are_saved_without_a_save_action(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_2, CTRL)
    assert window.workspace.currentWidget() is window.workspace.sessions_tab
    panel = window.workspace.sessions
    statuses = [panel.log.index(r, 1).data() for r in range(panel.log.rowCount())]
    assert statuses[:3] == ["Missed", "Missed", "Missed"]
    panel.table.selectRow(2)  # Mon 16 Nov, missed so far: record it
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor.session is not None
    qtbot.keyClicks(editor.topics, "Code review")
    qtbot.keyClicks(editor.notes, "Ben <b>prefers</b> small PRs & quick feedback")
    qtbot.keyClicks(editor.private_note, "Seemed unsure about reviews")
    qtbot.keyClicks(editor.new_item, "Read the style guide")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    session_id = editor.session.id

    def saved() -> bool:
        session = services.sessions.get(session_id)
        note = session.private_note_of(services.people.find("ana-silva").id)  # type: ignore[union-attr]
        return (
            session.notes == "Ben <b>prefers</b> small PRs & quick feedback"
            and session.topics == ("Code review",)
            and note is not None
            and note.text == "Seemed unsure about reviews"
        )

    qtbot.waitUntil(saved, timeout=5000)
    session = services.sessions.get(session_id)
    assert session.status is SessionStatus.HELD
    assert [(a.text, a.due) for a in session.action_items] == [
        ("Read the style guide", date(2026, 11, 23))
    ]
    # The log follows once the save is announced back on the GUI thread.
    qtbot.waitUntil(lambda: panel.log.index(2, 2).data() == "Code review", timeout=5000)
    assert panel.log.index(2, 1).data() == "Held"
    assert editor.items.index(0, 2).data() == "Read the style guide"

    editor.items.setData(
        editor.items.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert services.sessions.get(session_id).action_items[0].done_on == date(2026, 11, 21)


def test_session_log_model(qtmodeltester: ModelTester, services: Services, pair_id: int) -> None:
    model = SessionLogModel(services.sessions)
    qtmodeltester.check(model, force_py=True)
    model.set_pair(pair_id)
    assert model.rowCount() == 8
    first = model.record_at(0)
    assert first is not None
    services.sessions.open_for(pair_id, first.occurrence)
    model.refresh_all()
    assert model.index(0, 1).data() == "Held"


def test_presentation_mode_hides_private_notes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    session_id, _ = services.sessions.open_for(pair_id)
    ana = services.people.find("ana-silva")
    assert ana is not None
    services.sessions.save_private_note(session_id, ana.id, "Worried about workload")
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(session_id)
    editor = window.workspace.sessions.editor
    assert editor.private_note.toPlainText() == "Worried about workload"
    assert editor.private_note.isVisibleTo(window)
    assert not window.banner.isVisibleTo(window)

    qtbot.keyClick(
        window.workspace.sessions.table, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert not editor.private_note.isVisibleTo(window)
    assert window.banner.isVisibleTo(window)
    assert window.windowTitle() == "MentorDesk — presentation mode"
    window.workspace.sessions.choose_session(session_id)  # switching sessions keeps it hidden
    assert not editor.private_note.isVisibleTo(window)

    qtbot.keyClick(
        window.workspace.sessions.table, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.private_note.isVisibleTo(window)
    assert not window.banner.isVisibleTo(window)


def test_meeting_mode_saves_notes_as_they_are_typed(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    earlier = services.sessions.log(pair_id)[2]  # Mon 16 Nov
    old, _ = services.sessions.open_for(pair_id, earlier.occurrence)
    services.sessions.save(old, SessionStatus.HELD, ["Estimates"], "We talked estimates.")
    ben = services.people.find("ben-okafor")
    assert ben is not None
    services.sessions.add_action_item(old, ben.id, "Bring two estimates")
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_M, CTRL)
    meeting = window.companions.meeting_window
    assert meeting is not None
    qtbot.waitExposed(meeting)
    assert meeting.meeting is not None
    assert meeting.meeting.start.date() == date(2026, 11, 23)  # the next meeting
    assert meeting.timer_label.text() == "starts Mon, 23 Nov, 16:00"  # two days ahead
    assert meeting.last_summary.text().startswith("Mon, 16 Nov: Estimates")
    lines = [meeting.agenda.index(r, 0).data() for r in range(meeting.agenda.rowCount())]
    assert lines[0] == "Ben Okafor: Bring two estimates"

    editor = meeting.editor
    assert editor.session is not None
    # Two days before the meeting: it is prepared, not yet held.
    assert SessionStatus(editor.status.currentData()) is SessionStatus.PLANNED
    qtbot.keyClicks(editor.notes, "Estimates went well ")
    editor.notes.insertPlainText("👍")  # as an input method would: QTest cannot type it
    qtbot.keyClick(editor.notes, Qt.Key.Key_Return, CTRL)  # jump to a new action item
    qtbot.keyClicks(editor.new_item, "Share the estimate template")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    meeting.agenda.setData(
        meeting.agenda.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    session_id = editor.session.id
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).notes == "Estimates went well 👍", timeout=5000
    )
    session = services.sessions.get(session_id)
    assert session.status is SessionStatus.PLANNED
    assert [a.text for a in session.action_items] == ["Share the estimate template"]
    assert services.sessions.get(old).action_items[0].done_on == date(2026, 11, 21)
    meeting.close()


def test_search_box_finds_and_opens_a_session(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[0].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, ["Résumé review"], "Notes")
    window = make_window()
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    search = window.companions.search_window
    assert search is not None
    qtbot.keyClicks(search.query, "RESUME")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert search.summary.text() == "1 result, best first. Enter opens one."
    assert [search.results.index(0, c).data() for c in range(4)] == [
        "2 Nov 2026",
        "Ana Silva → Ben Okafor",
        "Topic",
        "Résumé review",
    ]
    search.table.activated.emit(search.results.index(0, 0))
    assert window.workspace.currentWidget() is window.workspace.sessions_tab
    assert window.workspace.sessions.editor.session is not None
    assert window.workspace.sessions.editor.session.id == session_id
    search.query.clear()
    qtbot.keyClicks(search.query, "zzz-nothing")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert search.summary.text() == "Nothing found."


def test_a_goal_check_in_from_the_session_is_linked_to_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    from mentordesk.domain.goals import GoalDraft, Skill

    goal = (
        services.goals.create(
            pair_id, GoalDraft(1, Skill.TECHNICAL, "Write SQL", date(2026, 11, 30))
        ).created
        or 0
    )
    services.goals.add_checkin(goal, date(2026, 11, 10), 30, "")
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[2].occurrence
    )
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(session_id)
    editor = window.workspace.sessions.editor
    assert editor.goal.currentText() == "Write SQL"
    assert editor.progress.value() == 30  # where the goal stands
    editor.progress.setValue(55)
    qtbot.mouseClick(editor.check_in, Qt.MouseButton.LeftButton)
    checkin = services.goals.get(goal).checkins[-1]
    assert (checkin.on, checkin.progress, checkin.session_id) == (
        date(2026, 11, 16),
        55,
        session_id,
    )
    assert editor.checkins_done.text() == "Checked in this session: Write SQL 55%"


def test_agenda_action_item_and_search_models(
    qtmodeltester: ModelTester, services: Services, pair_id: int
) -> None:
    from mentordesk.ui.sessions.action_item_model import ActionItemModel
    from mentordesk.ui.sessions.agenda_model import AgendaModel, agenda_lines
    from mentordesk.ui.sessions.search_result_model import SearchResultModel

    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[0].occurrence
    )
    services.sessions.save(session_id, SessionStatus.HELD, ["Review habits"], "")
    ben = services.people.find("ben-okafor")
    assert ben is not None
    services.sessions.add_action_item(session_id, ben.id, "Read the guide")
    ticked: list[bool] = []
    agenda = AgendaModel(lambda _item, done: ticked.append(done), lambda _topic, _on: None)
    qtmodeltester.check(agenda, force_py=True)
    agenda.show(agenda_lines(services.sessions.agenda(pair_id)))
    assert agenda.index(0, 0).data() == "Ben Okafor: Read the guide"
    assert agenda.setData(
        agenda.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert ticked == [True]
    items = ActionItemModel(lambda _item, _done: None)
    qtmodeltester.check(items, force_py=True)
    items.show(services.sessions.get(session_id).action_items, {ben.id: "Ben Okafor"})
    assert items.index(0, 1).data() == "Ben Okafor"
    results = SearchResultModel(services.sessions)
    qtmodeltester.check(results, force_py=True)
    results.search("habits")
    assert results.rowCount() == 1
    results.search("")
    assert results.rowCount() == 0


def test_the_meeting_on_now_is_under_way_or_about_to_start() -> None:
    from datetime import UTC, datetime, timedelta

    from mentordesk.domain.meetings import Occurrence, meeting_on_now

    def at(day: int, hour: int) -> Occurrence:
        start = datetime(2026, 11, day, hour, tzinfo=UTC)
        return Occurrence(1, start.date(), start, timedelta(minutes=45), "Room")

    monday, next_monday = at(23, 15), at(30, 15)
    week = [monday, next_monday]
    assert meeting_on_now(week, datetime(2026, 11, 23, 15, 30, tzinfo=UTC)) is monday
    assert meeting_on_now(week, datetime(2026, 11, 23, 14, 40, tzinfo=UTC)) is monday
    assert meeting_on_now(week, datetime(2026, 11, 23, 16, 0, tzinfo=UTC)) is next_monday
    assert meeting_on_now(week, datetime(2026, 12, 1, tzinfo=UTC)) is None


def test_only_the_tab_in_front_reads_and_a_hidden_tab_catches_up_when_shown(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    assert window.workspace.currentWidget() is window.workspace.goals
    assert window.workspace.sessions.log.rowCount() == 0  # not read while the Goals tab is in front
    assert window.workspace.overview.title.text() == ""  # nor is the overview, with its signals
    assert window.action_map[ActionId.MEETING_MODE].isEnabled()  # the actions follow at once
    window.workspace.setCurrentWidget(window.workspace.overview_tab)
    assert window.workspace.overview.title.text() == "Ana Silva → Ben Okafor"
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    rows = window.workspace.sessions.log.rowCount()
    assert rows > 0
    window.workspace.setCurrentWidget(window.workspace.goals)
    first = services.sessions.log(pair_id)[0].occurrence
    session_id, _ = services.sessions.open_for(pair_id, first)
    changes = services.sessions.save(session_id, SessionStatus.HELD, ["Hidden change"], "")
    window.bridge.changed.emit(changes)
    log = window.workspace.sessions.log

    def topics() -> list[str]:
        return [str(log.index(r, 2).data()) for r in range(log.rowCount())]

    assert "Hidden change" not in topics()  # the hidden tab has not re-read yet
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    assert "Hidden change" in topics()


def private_label(make_window: Callable[[], MainWindow], session_id: int, pair_id: int) -> str:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(session_id)
    return window.workspace.sessions.editor.private_label.text()


def test_in_team_mode_the_private_note_says_it_stays_on_this_computer(
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id, _ = services.sessions.open_for(pair_id)
    assert private_label(make_window, session_id, pair_id) == (
        "My private notes (Ana Silva; only you see them)"
    )
    monkeypatch.setattr(type(services.safety), "is_local", property(lambda _: False))
    assert private_label(make_window, session_id, pair_id) == (
        "My private notes (Ana Silva; only you see them, kept on this computer and never on "
        "the shared database)"
    )


def test_tabs_behind_the_goals_are_built_when_first_opened(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    assert [
        t.built
        for t in (
            window.workspace.sessions_tab,
            window.workspace.meetings_tab,
            window.workspace.health_tab,
        )
    ] == [
        False,
        False,
        False,
    ]
    window.companions.set_presentation(True)  # before the editor exists
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    assert window.workspace.sessions_tab.built
    assert not window.workspace.meetings_tab.built
    assert window.workspace.sessions.log.rowCount() > 0  # the chosen pair, read as it was built
    assert window.workspace.sessions.editor.presentation
    assert window.workspace.sessions.isVisibleTo(window)
    window.action_map[ActionId.SHOW_HEALTH].trigger()
    assert window.workspace.health.pair_id == pair_id


def test_warm_up_readies_the_other_tabs_without_bringing_them_forward(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.companions.set_presentation(True)
    window.pair_list.choose(pair_id)
    prepared: list[bool] = []
    monkeypatch.setattr(services, "prepare", lambda: prepared.append(True))
    steps = window.workspace.warm_up()
    qtbot.waitUntil(lambda: not steps.isActive())
    assert prepared == [True]  # the store's models are built before the first write
    lazy = (
        window.workspace.sessions_tab,
        window.workspace.meetings_tab,
        window.workspace.overview_tab,
        window.workspace.health_tab,
    )
    assert all(tab.built for tab in lazy)
    assert window.workspace.currentWidget() is window.workspace.goals
    assert (
        window.workspace.overview.title.text() == ""
    )  # built, and read when it comes to the front
    rows = len(services.sessions.log(pair_id))
    assert window.workspace.sessions.log.rowCount() == rows  # the chosen pair, read in idle time
    assert window.workspace.sessions.editor.presentation
    reads: list[int] = []
    log = services.sessions.log
    monkeypatch.setattr(services.sessions, "log", lambda p: reads.append(p) or log(p))
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    assert window.workspace.sessions.isVisibleTo(window)
    assert reads == []  # nothing left to read when it comes to the front
    assert window.workspace.sessions.log.rowCount() == rows


def test_the_action_column_takes_the_free_width_at_1280_by_720(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[2].occurrence
    )
    ben = services.people.find("ben-okafor")
    assert ben is not None
    services.sessions.add_action_item(session_id, ben.id, "Read the style guide")
    window = make_window()
    window.resize(1280, 720)
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    window.workspace.sessions.choose_session(session_id)
    table = window.workspace.sessions.editor.item_table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() < 600)
    header = table.horizontalHeader()
    names = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    action = names.index("Action")
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[action] >= header.fontMetrics().horizontalAdvance("Action") + 8  # not '.ctio'
    assert all(widths[action] > w for c, w in enumerate(widths) if c != action), widths
    assert sum(widths) <= table.viewport().width()  # all of them in view


def test_a_pair_without_goals_shows_no_goal_of_another_pair_to_check_in(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    with_goals = next(p for p in services.pairs.ids() if services.goals.quarters(p))
    window.pair_list.choose(with_goals)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    held = next(r for r in range(panel.log.rowCount()) if panel.log.record_at(r).session)
    panel.table.selectRow(held)
    editor = panel.editor
    assert editor.goal.count() >= 1
    ana = services.people.create(PersonDraft("Zoe Quinn", "zoe@example.org")).created or 0
    ben = services.people.create(PersonDraft("Yan Li", "yan@example.org")).created or 0
    bare = (
        window.bridge.run(lambda: services.pairs.create(ana, ben, services.pairs.today())).created
        or 0
    )
    window.pair_list.choose(bare)
    assert editor.goal.count() == 0  # not the other pair's goal
    assert not editor.check_in.isEnabled()
    panel.record_ad_hoc()
    assert editor.goal.count() == 0
    assert not editor.check_in.isEnabled()
    assert editor.goal.placeholderText() == "No open goal this quarter"


def test_a_chosen_meeting_without_a_record_says_what_it_is(
    make_window: Callable[[], MainWindow], pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    statuses = [panel.log.index(r, 1).data() for r in range(panel.log.rowCount())]
    panel.table.selectRow(statuses.index("Missed"))
    assert panel.editor.heading.text() == (
        "Mon, 2 Nov, 16:00 was missed: nothing was recorded. Record This Meeting to write it up."
    )
    panel.table.selectRow(statuses.index("Planned"))
    assert panel.editor.heading.text().endswith(
        "is planned. Record This Meeting to prepare it or take notes."
    )


def test_showing_a_pair_fills_the_editor_from_the_log_just_read(
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The log reads its sessions and meetings whole; the session chosen when a pair is
    shown is not read a second time, nor are the meetings to mark its overdue items (five
    statements fewer on a server); choosing another row later reads that one afresh."""
    now = services.sessions.now()
    log = services.sessions.log(pair_id)
    last = [r for r in log if r.when < now][-1]  # chosen on show
    first, _ = services.sessions.open_for(pair_id, last.occurrence)
    services.sessions.save(first, SessionStatus.HELD, ["Plans"], "Release planning")
    ana = services.pairs.get(pair_id).mentor.id
    services.sessions.agree_action_item(first, ana, "Draft the plan", due=log[0].when.date())
    window = make_window()
    series_reads: list[str] = []

    def statement(_conn: object, _cursor: object, sql: str, *_: object) -> None:
        if "FROM meeting_series" in sql:
            series_reads.append(sql)

    event.listen(Engine, "before_cursor_execute", statement)
    try:
        window.pair_list.choose(pair_id)
        window.action_map[ActionId.SHOW_SESSIONS].trigger()
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
    assert len(series_reads) == 1  # the log's own
    panel = window.workspace.sessions
    assert len(panel.editor.items.overdue) == 1  # marked from the log's meetings
    read: list[int] = []
    real = services.sessions.get

    def counted(session_id: int) -> Session:
        read.append(session_id)
        return real(session_id)

    monkeypatch.setattr(services.sessions, "get", counted)  # a call-through count
    panel.show_pair(panel.view)  # shown afresh
    assert panel.editor.session is not None
    assert panel.editor.session.id == first
    assert panel.editor.notes.toPlainText() == "Release planning"
    assert read == []
    row = panel.log.row_for_session(first)
    assert row is not None
    panel.table.selectRow(row - 1 if row else row + 1)
    panel.table.selectRow(row)
    assert read == [first]


def test_switching_pair_saves_what_was_typed_and_shows_the_other_pairs_log_alone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    """The editor is filled once when a pair is shown (by the row chosen in its log), and
    emptied only for a pair with no log: nothing of the pair shown before stays, and what
    was typed a moment before is saved at once, not after the typing pause."""
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel, editor = window.workspace.sessions, window.workspace.sessions.editor
    panel.record_ad_hoc()
    assert editor.session is not None
    typed_in = editor.session.id
    qtbot.keyClicks(editor.notes, "Half a thought")
    ana = services.people.create(PersonDraft("Zoe Quinn", "zoe@example.org")).created or 0
    ben = services.people.create(PersonDraft("Yan Li", "yan@example.org")).created or 0
    create = lambda: services.pairs.create(ana, ben, services.pairs.today())  # noqa: E731
    bare = window.bridge.run(create).created or 0

    window.pair_list.choose(bare)
    assert services.sessions.get(typed_in).notes == "Half a thought"
    assert panel.log.rowCount() == 0
    assert editor.session is None
    assert editor.notes.toPlainText() == ""
    assert not editor.notes.isEnabled()
    assert editor.heading.text() == "Choose a meeting in the log, or record a new session."

    filled: list[str] = []  # each time the editor's notes are set
    editor.notes.document().contentsChanged.connect(lambda: filled.append("notes"))
    window.pair_list.choose(pair_id)
    assert filled == ["notes"]  # once, not emptied first and filled again
    chosen = panel.chosen()
    assert chosen is not None
    assert editor.session == chosen.session  # what the log shows, not left over
    assert "Choose a meeting" not in editor.heading.text()
    panel.choose_session(typed_in)
    assert editor.notes.toPlainText() == "Half a thought"
    assert editor.notes.isEnabled()
