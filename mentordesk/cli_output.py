"""What a command prints, made safe for a terminal: data may hold characters a terminal
acts on (it moves the cursor, changes colours, reorders text) instead of showing them."""

from __future__ import annotations

import io
from typing import TextIO

# Characters a terminal acts on instead of showing: C0 controls but tab and line feed,
# DEL, C1 controls (0x9b starts an escape sequence as ESC [ does) and the bidi overrides
# that reorder what follows. Data may hold them; they are printed as \u escapes, which a
# JSON reader also reads back as the same character.
_ACTIVE = [*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
_ACTIVE += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_INERT = {code: f"\\u{code:04x}" for code in _ACTIVE}


class InertText(io.TextIOBase):
    """A text stream that passes everything on but what a terminal would act on."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(text.translate(_INERT))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()
