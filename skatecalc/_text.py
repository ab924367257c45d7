"""Small text helpers shared by the text output of every table (no I/O, no layout).

>>> printable("Femke Kok"), printable("Ireen Wüst"), printable("Dai Dai N'tab")
('Femke Kok', 'Ireen Wüst', "Dai Dai N'tab")
>>> printable("\\x1b[31mRed\\x1b[0m")
'\\\\x1b[31mRed\\\\x1b[0m'
"""

from __future__ import annotations

import unicodedata

__all__ = ["printable"]

#: Characters that change how a terminal shows the text around them without being control
#: characters (Unicode category Cc): bidirectional embeddings, overrides and isolates, the
#: directional marks, and the line and paragraph separators.
_INVISIBLE = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters shown escaped (``\\x1b``, ``\\u202e``), for text
    output on a terminal; letters, marks, spaces and punctuation of every script are kept.

    Only the display changes: names keep their exact spelling in the data, and text
    without control characters comes back unchanged (the same object).

    >>> printable("A\\tB\\u202eC")
    'A\\\\tB\\\\u202eC'
    """
    if text.isprintable() and not any(c in _INVISIBLE for c in text):
        return text
    return "".join(
        _escape(c) if c in _INVISIBLE or unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in text
    )
