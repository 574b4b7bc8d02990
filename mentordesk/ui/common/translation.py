"""The language MentorDesk speaks: Qt's translators for the chosen one (MentorDesk's own
words from resources/translations, Qt's own dialogs' from its installation), and a
pseudo-translation that makes every string 40 % longer and accented, so a test (or a
person with `--lang pseudo`) sees at once what is not translatable or would not fit.

Strings are marked where they are written: `translate("Context", "text")` where they are
shown, `QT_TRANSLATE_NOOP("Context", "text")` where a table keeps them to translate
later; `pyside6-lupdate` finds both (`make translations`).
"""

from __future__ import annotations

import math
from collections.abc import Sized

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk.domain import words
from mentordesk.resource_files import resource

SYSTEM = ""  # the desktop's language
PSEUDO = "pseudo"
LANGUAGES = {"en": "English", "de": "Deutsch"}  # View ▸ Language offers these
LONGER = 0.4  # how much longer the pseudo-translation makes every string
_ACCENTED = str.maketrans(
    "aceinouyACEINOUY",
    "àçéîñöûÿÀÇÉÎÑÖÛŸ",
)
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`: translated where it is shown."""
    del context
    return text


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the language in use (`n`: the count a plural form follows)."""
    return QCoreApplication.translate(context, text, None, n)


def pseudo(text: str) -> str:
    """`text` accented and 40 % longer (in words of tildes where it has words, so a
    line may break between them), in guillemets that show where it was cut (brackets
    stand taller than letters); its mnemonic (&), {placeholders} and %1-style
    arguments kept as they are."""
    if not text:
        return text
    out: list[str] = []
    keep = 0  # inside a {placeholder}
    for index, char in enumerate(text):
        if char == "{":
            keep += 1
        elif char == "}":
            keep = max(0, keep - 1)
        before = text[index - 1] if index else ""
        if keep or (before and before in "&%") or char in "&%":
            out.append(char)
        else:
            out.append(char.translate(_ACCENTED))
    room = max(1, math.ceil(len(text) * LONGER) - 2)  # the marks count too
    words = ("~~~~~ " * room)[:room].rstrip().ljust(room, "~")
    padding = words if " " in text else "~" * room
    return f"«{''.join(out)}{padding}»"


class PseudoTranslator(QTranslator):
    """Every string in every context, pseudo-translated."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del context, disambiguation, n
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def speak(language: str) -> str:
    """Install the translators of `language` (SYSTEM, a code of LANGUAGES, or PSEUDO;
    anything else is taken as SYSTEM) in the running application, in place of any
    installed before; returns the language now spoken ("en" when there are no words for
    the one asked for). Dates and numbers follow the language chosen; with SYSTEM, the
    desktop's locale."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a Qt application must exist before it can speak")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    words.use(_through_qt, _one_decimal)  # the domain's and the services' words too
    if language == PSEUDO:
        _install(app, PseudoTranslator(app))
        return PSEUDO
    if language not in LANGUAGES:
        language = SYSTEM
    # The desktop's first language only: Qt would otherwise go down its list and speak
    # German to a person who put English first (MentorDesk's English needs no file).
    system = (
        QLocale(QLocale.system().uiLanguages()[0])
        if QLocale.system().uiLanguages()
        else QLocale.system()
    )
    locale = system if language == SYSTEM else QLocale("en_GB" if language == "en" else language)
    QLocale.setDefault(locale if language != SYSTEM else QLocale.system())
    if locale.language() == QLocale.Language.English:
        return "en"
    ours = QTranslator(app)
    if not ours.load(locale, "mentordesk", "_", str(resource("translations"))):
        return "en"
    _install(app, ours)
    spoken = ours.language().split("_")[0] or "en"
    words.use(_through_qt, _one_decimal, spoken)  # and the shipped guides in it
    qt = QTranslator(app)
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", where):
        _install(app, qt)
    return spoken


def _through_qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _one_decimal(number: float) -> str:
    """Rounded as Python rounds (English stays as it was), with the locale's point."""
    return f"{number:.1f}".replace(".", QLocale().decimalPoint())


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def counted(context: str, n: int | Sized, one: str, many: str) -> str:
    """'1 person', '3 people' in the language in use: `one` and `many` ('{count} people')
    are marked with QT_TRANSLATE_NOOP in `context` where they are written."""
    number = n if isinstance(n, int) else len(n)
    if number == 1:
        return translate(context, one)
    return translate(context, many).format(count=number)
