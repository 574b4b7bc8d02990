"""The words the domain and the services say to a person, in the language in use.

These layers cannot import Qt, so the window hands in Qt's translator with `use` when it
chooses a language (ui/common/translation.py); until then, and on the command line,
they are the English they are written in. `translate` has the name and arguments that
pyside6-lupdate looks for, so `make translations` gathers these strings with the GUI's.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    del context
    return text


_in_use: list[Translator] = [_english]  # one process, one language


def use(translator: Translator | None) -> None:
    """Say every word from now on through `translator` (None: English again)."""
    _in_use[0] = translator or _english


def translate(context: str, text: str) -> str:
    """`text` in the language in use."""
    return _in_use[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`: translated where it is shown."""
    del context
    return text


def one_or_many(n: int, one: str, many: str, **values: object) -> str:
    """`one` or `many` (each a translated sentence with a {n}) as `n` needs, filled in
    with `n` and `values`. English and German have these two forms; a language with more
    would need Qt's %n."""
    return (one if n == 1 else many).format(n=n, **values)
