"""The Qt user interface. It calls services and never touches the database itself.

PySide6 is loaded here, before any screen, to answer one question of its import hook
ahead: after every import, PySide6 asks whether the module may opt into its
`from __feature__ import ...` switches (snake_case, true_property) by reading the
module's whole source with `inspect.getsource` and keeping it in `linecache`: about 130
files read at every start, slower still with a cold page cache. MentorDesk opts into no
feature (tests/ui/test_qt_loading.py checks that nothing imports `__feature__`), so the
answer is given without reading anything: its own modules always see Qt's plain API
(PySide6's 0, "no feature"), and any other module is left alone (-1, "ignore"), as
PySide6 leaves every module whose source does not name it.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook answered below)


def _opts_into_features(module: ModuleType) -> bool:
    """True for MentorDesk's own modules: they see Qt's plain API whatever feature another
    module might select (none does); False, "leave it alone", for any other."""
    return module.__name__ == "mentordesk" or module.__name__.startswith("mentordesk.")


_hook = sys.modules.get("shibokensupport.feature")
if _hook is not None and callable(getattr(_hook, "_mod_uses_pyside", None)):
    setattr(_hook, "_mod_uses_pyside", _opts_into_features)  # noqa: B010 (a module)
