"""MentorDesk speaks the chosen language: Qt's translators installed at the start (from
--lang or View ▸ Language), German menus, tool bar and first screens, Qt's own words
(shortcut names) in German too, and a pseudo-translation that lengthens every marked
string by 40 % so what is not marked, or would not fit, shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from screen_fit import problems

from mentordesk.cli import build_parser
from mentordesk.resource_files import resource
from mentordesk.settings import SettingsStore
from mentordesk.ui.common import translation
from mentordesk.ui.common.translation import LONGER, PSEUDO, pseudo, speak
from mentordesk.ui.window.actions import ACTIONS, MENUS, ActionId
from mentordesk.ui.window.main_window import MainWindow

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "translations" / "mentordesk_de.ts"


@pytest.fixture
def spoken(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """speak(), undone after the test: no translator and British dates again."""
    yield speak
    speak("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_pseudo_translation_is_longer_and_keeps_what_code_needs() -> None:
    for text in ("&New Pair…", "Sign as {name}", "Done: {count} people.", "Pair && &Agreement"):
        said = pseudo(text)
        assert len(said) >= len(text) * (1 + LONGER)
        assert said.startswith("«")
        assert said.endswith("»")
    assert "&N" in pseudo("&New Pair…")
    assert "{name}" in pseudo("Sign as {name}")
    assert pseudo("Pair && &Agreement").count("&") == 3
    assert pseudo("Sign as {name}").format(name="Ana") == pseudo("Sign as {name}").replace(
        "{name}", "Ana"
    )


def test_in_german_the_menus_tool_bar_and_first_screens_speak_german(
    spoken: Callable[[str], str], make_window: Callable[[], MainWindow]
) -> None:
    assert spoken("de") == "de"
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:6] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Paar", "P&ersonen", "&Hilfe"]
    assert window.action_map[ActionId.NEW_PAIR].text() == "&Neues Paar…"
    undo = window.action_map[ActionId.UNDO]
    assert undo.shortcut().toString(undo.shortcut().SequenceFormat.NativeText) == "Strg+Z"
    assert window.pair_list.empty.text().startswith("Noch keine Paare.")
    assert (
        window.no_pairs.steps[1].text()
        == "2. Aus ihnen ein Paar bilden, mit dem Tag, an dem es beginnt."
    )
    assert QLocale().language() == QLocale.Language.German  # dates and numbers follow


def test_with_the_pseudo_translation_every_action_and_menu_is_translated(
    spoken: Callable[[str], str], make_window: Callable[[], MainWindow]
) -> None:
    """Every action's text and tip and every menu title goes through Qt's translation:
    none is left in plain English."""
    assert spoken(PSEUDO) == PSEUDO
    window = make_window()
    untranslated = [
        f"{action_id.name}: {action.text()}"
        for action_id, action in window.action_map.items()
        if not action.text().startswith("«")
        or (ACTIONS[action_id].tip and not action.statusTip().startswith("«"))
    ]
    assert not untranslated
    titles = [a.text() for a in window.menuBar().actions()]
    assert len(titles) == len(MENUS)
    assert all(title.startswith("«") for title in titles)


def test_view_language_keeps_the_choice_and_offers_to_start_again(
    qtbot: QtBot, make_window: Callable[[], MainWindow], settings_store: SettingsStore
) -> None:
    window = make_window()
    german = window.findChild(type(window.action_map[ActionId.UNDO]), "language_de")
    assert german is not None
    asked: list[str] = []

    def answer_later() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            later = [b for b in box.buttons() if b.text() == "&Later"]
            later[0].click()
        else:
            QTimer.singleShot(10, answer_later)

    QTimer.singleShot(10, answer_later)
    german.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert settings_store.load().language == "de"
    assert "next start" in asked[0]
    assert not window.restart_requested  # later, as asked


def test_lang_is_an_option_of_the_window() -> None:
    args = build_parser().parse_args(["--lang", "de"])
    assert args.lang == "de"
    assert args.command is None


def test_the_translations_are_complete_and_compiled(tmp_path: Path) -> None:
    """Every marked string of the code is in the German .ts (pyside6-lupdate finds no
    new one), each has its translation, and the shipped .qm is what lrelease makes of
    the .ts: `make translations` was run after the last change."""
    bin_dir = Path(sys.executable).parent  # PySide6's tools, beside the Python running
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "mentordesk").rglob("*.py"))
    done = subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
         "-ts", str(fresh)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert "0 new" in done.stdout, done.stdout
    messages = ElementTree.parse(fresh).getroot().iter("message")
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type")]
    assert not unfinished
    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)],
        check=True, timeout=120,
    )  # fmt: skip
    assert qm.read_bytes() == Path(str(resource("translations/mentordesk_de.qm"))).read_bytes()


def test_an_unknown_language_falls_back_to_english(spoken: Callable[[str], str]) -> None:
    assert spoken("xx") == "en"
    assert translation.translate("Menus", "&File") == "&File"


def test_the_first_screens_show_every_word_when_words_grow_by_40_percent(
    spoken: Callable[[str], str], make_window: Callable[[], MainWindow]
) -> None:
    """The pair list's and the first-pair page's texts, 40 % longer, still show whole."""
    spoken(PSEUDO)
    window = make_window()
    window.resize(1280, 720)
    found = problems(window)
    cut = [c for c in found.cut if "«" in c and "toolbar" not in c.lower()]
    assert not cut


def test_starting_again_keeps_the_database_but_not_the_language() -> None:
    from mentordesk.ui.window.application import same_database

    assert same_database(["mentordesk", "--lang", "de", "--db", "/tmp/x.sqlite3"]) == [
        "--db",
        "/tmp/x.sqlite3",
    ]
    assert same_database(["mentordesk", "--db=postgresql://h/db"]) == ["--db=postgresql://h/db"]
    assert same_database(["mentordesk", "--lang", "de"]) == []


def test_the_domains_words_and_decimals_follow_the_language(
    spoken: Callable[[str], str],
) -> None:
    """The window hands Qt's translator and locale to the domain's words (domain/words.py):
    health reasons in German with a decimal comma; English again after."""
    from mentordesk.domain import words
    from mentordesk.domain.health import HealthSignals

    signals = HealthSignals(30, 2, 0, 0, 0, 0.5, health_check=2.5)
    spoken("de")
    assert signals.reasons == [
        "2 Treffen in Folge verpasst",
        "seit 30 Tagen kein Treffen",
        "das Check-up ergibt im Schnitt 2,5 von 5",
    ]
    with words.english():  # what is stored as data, in any language
        assert signals.reasons[2] == "the health check averages 2.5 of 5"
    spoken("en")
    assert signals.reasons[2] == "the health check averages 2.5 of 5"
