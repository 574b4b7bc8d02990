"""The words the domain and the services say to a person, in the language in use.

These layers cannot import Qt, so the window hands in Qt's translator with `use` when it
chooses a language (ui/common/translation.py); until then, and on the command line,
they are the English they are written in. `translate` has the name and arguments that
pyside6-lupdate looks for, so `make translations` gathers these strings with the GUI's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str], str]
Decimal = Callable[[float], str]


def _english(context: str, text: str) -> str:
    del context
    return text


def _point(number: float) -> str:
    return f"{number:.1f}"


_in_use: list[Translator] = [_english]  # one process, one language
_decimal: list[Decimal] = [_point]
_language = ["en"]
_thread = threading.local()  # `english` on this thread only


def use(
    translator: Translator | None, decimal: Decimal | None = None, language: str = "en"
) -> None:
    """Say every word from now on through `translator`, write a number with one decimal
    with `decimal` (None: English again, '3.5'), and read shipped texts in `language`
    where there are some (a code: 'de')."""
    _in_use[0] = translator or _english
    _decimal[0] = decimal or _point
    _language[0] = language if translator is not None else "en"


def language() -> str:
    """The code of the language in use ('en' inside `english`)."""
    return "en" if getattr(_thread, "english", False) else _language[0]


@contextmanager
def english() -> Iterator[None]:
    """Everything said on this thread inside is English: for words stored as data, which
    a change of language must not change (an agreement's cadence, which the pair signs)."""
    before = getattr(_thread, "english", False)
    _thread.english = True
    try:
        yield
    finally:
        _thread.english = before


def translate(context: str, text: str) -> str:
    """`text` in the language in use."""
    if getattr(_thread, "english", False):
        return text
    return _in_use[0](context, text)


def one_decimal(number: float) -> str:
    """`number` with one decimal, as the language in use writes it ('3.5', '3,5')."""
    if getattr(_thread, "english", False):
        return _point(number)
    return _decimal[0](number)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`: translated where it is shown."""
    del context
    return text


def one_or_many(n: int, one: str, many: str, **values: object) -> str:
    """`one` or `many` (each a translated sentence with a {n}) as `n` needs, filled in
    with `n` and `values`. English and German have these two forms; a language with more
    would need Qt's %n."""
    return (one if n == 1 else many).format(n=n, **values)
