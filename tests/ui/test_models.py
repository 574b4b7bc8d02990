"""Every list model, checked by qtmodeltester after loading and after each kind of change.

One `check()` per model: the tester stays connected and verifies every later signal.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import ActionItem
from mentordesk.services import Services
from mentordesk.ui.common.filter_proxy import FoldingFilterProxy, fold
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.pairs.pair_list_model import STATUS_ROLE, PairListModel
from mentordesk.ui.pairs.pair_list_panel import PairFilterProxy
from mentordesk.ui.people.people_model import PeopleModel
from mentordesk.ui.sessions.agenda_model import AgendaLine, AgendaModel


def names(model: PeopleModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_people_model_through_every_kind_of_change(
    qtmodeltester: ModelTester, services: Services
) -> None:
    services.demo.load()
    model = PeopleModel(services.people)
    model.load()
    qtmodeltester.check(model, force_py=True)
    assert names(model)[:2] == ["Ana Silva", "Ben Okafor"]

    zoe = services.people.create(PersonDraft("Aaron Abbott", "zoe@example.org")).created
    assert zoe is not None
    model.refresh({zoe})  # an insert, at the top by name
    assert names(model)[0] == "Aaron Abbott"

    kept = QPersistentModelIndex(model.index(0, 1))
    services.people.update(zoe, PersonDraft("Zoë Young", "zoe@example.org"))
    model.refresh({zoe})  # an update that moves the row to the end
    assert names(model)[-1] == "Zoë Young"
    assert kept.row() == model.rowCount() - 1  # persistent indexes follow the move

    services.people.delete(zoe)
    model.refresh({zoe})  # a removal
    assert "Zoë Young" not in names(model)


def test_pair_model_shows_status_and_quarter(
    qtmodeltester: ModelTester, services: Services
) -> None:
    services.demo.load()
    model = PairListModel(services.pairs, services.meetings)
    model.load()
    qtmodeltester.check(model, force_py=True)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    ended = rows["Gabriel Moreau → Dana Kowalski"]
    assert model.index(ended, 1).data() == "Ended"
    assert model.index(ended, 0).data(STATUS_ROLE) == "ended"
    assert model.index(ended, 0).data(Qt.ItemDataRole.FontRole).italic()
    active = rows["Ana Silva → Ben Okafor"]
    assert model.index(active, 2).data() == "Q2"

    assert "mentors" in model.index(active, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(active, 0).data(Qt.ItemDataRole.DecorationRole) is None

    pair_id = model.index(active, 0).data(ID_ROLE)
    services.pairs.end(pair_id, date(2026, 11, 21), "Goals achieved")
    model.refresh({pair_id})
    assert model.index(active, 1).data() == "Ended"


def test_pair_model_answers_the_roles_it_does_not_show_without_reading(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Views ask every cell for about eight roles as they paint; the pair list answers
    the ones it never shows at once, so scrolling does not fetch rows it will not draw."""
    services.demo.load()
    model = PairListModel(services.pairs, services.meetings)
    model.load()
    fetched: list[list[int]] = []
    monkeypatch.setattr(model, "fetch_records", lambda ids: fetched.append(ids) or {})
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole):
        assert model.index(0, 0).data(role) is None
    assert fetched == []
    assert model.index(0, 0).data(ID_ROLE) is not None  # ids need no record either
    model.index(0, 0).data()
    assert len(fetched) == 1


def test_filter_proxies_fold_case_and_accents_and_hide_ended(
    qtmodeltester: ModelTester, services: Services
) -> None:
    services.demo.load()
    services.people.create(PersonDraft("Zoë Ærøskøbing", "zoe@example.org"))
    people = PeopleModel(services.people)
    people.load()
    proxy = FoldingFilterProxy()
    proxy.setSourceModel(people)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("ZOE")
    assert proxy.rowCount() == 1
    proxy.set_text("platform ana")  # every word, in any column's text
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Ana Silva"]

    pairs = PairListModel(services.pairs, services.meetings)
    pairs.load()
    pair_proxy = PairFilterProxy()
    pair_proxy.setSourceModel(pairs)
    qtmodeltester.check(pair_proxy, force_py=True)
    assert pair_proxy.rowCount() == 6
    pair_proxy.set_show_ended(False)
    assert pair_proxy.rowCount() == 5


@pytest.mark.parametrize(
    ("text", "folded"), [("Żaneta", "zaneta"), ("ÅSA", "asa"), ("Straße", "strasse")]
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_a_topic_on_the_agenda_shows_ticked_while_the_topics_hold_it(
    qtmodeltester: ModelTester,
) -> None:
    asked: list[tuple[str, bool]] = []
    model = AgendaModel(lambda _item, _done: None, lambda topic, on: asked.append((topic, on)))
    model.show(
        [AgendaLine("Goal (Ben Okafor) — billing: 10%", topic="billing"), AgendaLine("A note")]
    )
    qtmodeltester.check(model)
    goal, note = model.index(0, 0), model.index(1, 0)
    assert goal.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert note.data(Qt.ItemDataRole.CheckStateRole) is None  # nothing to tick
    assert model.setData(goal, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [("billing", True)]  # the topics change; the tick follows them
    assert goal.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.set_discussed(frozenset({"billing"}))
    assert goal.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_an_agenda_read_again_keeps_each_action_item_in_its_row(
    qtmodeltester: ModelTester,
) -> None:
    ticked: list[tuple[int, bool]] = []
    model = AgendaModel(lambda item, done: ticked.append((item.id, done)), lambda _t, _on: None)
    first = ActionItem(7, "ai-7", 1, 1, "Share one thing learned")
    second = ActionItem(9, "ai-9", 1, 2, "Pair on a review")
    model.show([AgendaLine("Ana: share", first), AgendaLine("Goal (Ben Okafor) — billing: 10%")])
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(0, 0))
    assert model.setData(kept, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [(7, True)]
    # Read again with a new item first: the ticked item's row moves, its index follows.
    model.show(
        [
            AgendaLine("Ben: pair", second),
            AgendaLine("Ana: share", first, done=True),
            AgendaLine("Goal (Ben Okafor) — billing: 10%"),
        ]
    )
    assert kept.isValid()
    assert kept.row() == 1
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Ben: pair",
        "Ana: share",
        "Goal (Ben Okafor) — billing: 10%",
    ]
