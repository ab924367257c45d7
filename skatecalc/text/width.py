"""Display width: how many terminal columns a text takes, so that names in any script align.

East Asian wide and full-width characters (``W``, ``F``: Japanese, Chinese and Korean
letters, full-width digits) take two columns; combining marks, zero-width joiners and other
invisible format characters take none; everything else takes one. Ambiguous-width
characters (``A``) count one, as Western terminals show them.

    >>> display_width("Miho Takagi"), display_width("高木美帆"), display_width("Wu\\u0308st")
    (11, 8, 4)
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Literal, TypeAlias

__all__ = ["Align", "char_width", "display_width", "pad"]

Align: TypeAlias = Literal["left", "right"]
"""Where a cell's text sits in its column."""

_ZERO_WIDTH_FORMAT = frozenset("\u200b\u200c\u200d\u2060\ufeff")
"""Format characters (Cf) that take no column: zero-width space, non-joiner, joiner, word
joiner, byte-order mark. Other format characters (the soft hyphen) keep one column."""


@functools.lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """The columns one character takes: 0, 1 or 2.

    >>> char_width("a"), char_width("木"), char_width("\\u0308"), char_width("Ａ")
    (1, 2, 0, 2)
    """
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me"):
        return 0
    if char in _ZERO_WIDTH_FORMAT or unicodedata.category(char) == "Cc":
        return 0
    if "\u1160" <= char <= "\u11ff":  # Hangul medial vowels and final consonants join
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal (printable ASCII: its length).

    Control characters count zero: show them escaped first (``skatecalc._text.printable``),
    as the table layout does.

    >>> display_width("Ireen Wüst"), display_width("小平奈緒"), display_width("")
    (10, 8, 0)
    """
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(char_width(c) for c in text)


def pad(text: str, width: int, align: Align = "left") -> str:
    """``text`` padded with spaces to ``width`` columns (by display width), on the right
    (``align="left"``) or on the left (``align="right"``); longer text is kept whole.

    >>> pad("高木", 6) + "|", pad("Kok", 6, "right") + "|"
    ('高木  |', '   Kok|')
    """
    fill = " " * max(0, width - display_width(text))
    return text + fill if align == "left" else fill + text
