"""The one identity rule for skaters' names, used by every reader and every domain.

Names copied from web pages carry invisible differences: a non-breaking space (U+00A0), a
thin space (U+2009), a zero-width space (U+200B), or an accent written as a letter plus a
combining mark (NFD, ``"Ko\\u0301k"``) instead of one character (NFC, ``"Kók"``). Such a
name is the same skater. `name_key` is the rule: Unicode NFC, zero-width characters
removed, every kind of space folded to one ASCII space and the ends stripped. The key is
also the spelling shown (the first spelling met, after this folding)::

    >>> name_key("Femke\\u00a0Kok") == name_key(" Femke \\u2009Kok ") == "Femke Kok"
    True
    >>> name_key("Joy Beune\\u200b"), name_key("Z\\u0307urek") == "Żurek"
    ('Joy Beune', True)

Case and accents are *not* folded: ``Femke Kók`` and ``Femke Kok`` are different
spellings, and one input that uses both is an error naming both (`variant_key` finds
them, `check_spelling` raises)::

    >>> variant_key("Femke Kók") == variant_key("FEMKE KOK")
    True
    >>> seen: dict[str, str] = {}
    >>> check_spelling("Femke Kok", seen)
    'Femke Kok'
    >>> check_spelling("Femke\\u00a0Kok", seen)
    'Femke Kok'
    >>> check_spelling("Femke Kók", seen)
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: skater 'Femke Kók' is spelled 'Femke Kok' elsewhere: \
case and accents count in names, use one spelling
"""

from __future__ import annotations

import re
import unicodedata

from .errors import DuplicateError

__all__ = ["ZERO_WIDTH", "NameIndex", "check_spelling", "fold_key", "name_key", "variant_key"]

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
"""Characters removed from names: zero-width space, (non-)joiner, word joiner, BOM, soft hyphen."""

_DROP = {ord(c): None for c in ZERO_WIDTH}

_SPACES = re.compile(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
"""A run of spaces of any kind (Unicode white space other than line breaks, which a quoted
CSV name may hold and which are kept)."""


def name_key(name: str) -> str:
    """The identity of a name and the spelling shown: NFC, zero-width characters removed,
    every run of spaces (any Unicode space; line breaks are kept) one ASCII space, the
    ends stripped.

    Idempotent: ``name_key(name_key(x)) == name_key(x)``.

    >>> name_key("  Miho\\u202fTakagi\\t"), name_key("Wu\\u0308st") == "Wüst"
    ('Miho Takagi', True)
    """
    if name.isascii() and "  " not in name and "\t" not in name and name == name.strip():
        return name  # the common case, before any copy: ASCII is NFC and has no zero-width
    text = unicodedata.normalize("NFC", name.translate(_DROP)).strip()
    if text.isascii() and "  " not in text and "\t" not in text:
        return text  # the common case: nothing to fold
    return _SPACES.sub(" ", text)


def variant_key(name: str) -> str:
    """`name_key` with case and accents folded: equal for spellings that differ only there.

    Used only to find such spellings and refuse them (never to join two names).

    >>> variant_key("Femke Kók") == variant_key("femke kok")
    True
    """
    key = name_key(name)
    if key.isascii():
        return key.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFD", key)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).casefold()


_HYPHENS_AND_SPACES = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]+")


def fold_key(name: str) -> str:
    """`variant_key` with spaces and hyphens removed: the identity of one skater across
    documents (with the nation), as official documents spell names differently
    (``Andzelika WÓJCIK`` / ``Andżelika Wójcik``, ``Min-Sun Kim`` / ``Minsun Kim``).

    Used only to join spellings across sources, and every join is reported (see
    `skatecalc.io.aliases`); inside one source spellings must still match exactly.

    >>> fold_key("Min-Sun KIM") == fold_key("Minsun Kim") == fold_key("Min Sun Kim")
    True
    >>> fold_key("Na-Hyun LEE") == fold_key("Na-Hyeon Lee")  # a transliteration: never
    False
    """
    return _HYPHENS_AND_SPACES.sub("", variant_key(name))


def check_spelling(name: str, seen: dict[str, str]) -> str:
    """``name_key(name)``, after checking it against the spellings already ``seen``.

    ``seen`` maps `variant_key` to the first spelling (it is updated). A spelling that
    differs from an earlier one only in case or accents raises `DuplicateError` naming both.

    >>> seen: dict[str, str] = {}
    >>> check_spelling("Miho Takagi", seen), check_spelling("Miho\\u00a0Takagi", seen)
    ('Miho Takagi', 'Miho Takagi')
    """
    key = name_key(name)
    first = seen.setdefault(variant_key(key), key)
    if first != key:
        raise DuplicateError(
            f"skater {key!r} is spelled {first!r} elsewhere: case and accents count in"
            " names, use one spelling"
        )
    return key


class NameIndex:
    """The name index of a table's rows (a tuple of rows, or whatever a table keeps them in,
    with their ``names``): exact names and their identity keys (`name_key`) to positions,
    the first row of a name first.

    >>> NameIndex((), ("Ireen Wüst", "Femke Kok")).find("Ireen Wu\u0308st")
    0
    """

    __slots__ = ("by_name", "by_nfc", "names", "rows")

    def __init__(self, rows: object, names: tuple[str, ...] | None = None) -> None:
        self.rows = rows
        if names is None:
            assert isinstance(rows, tuple)
            names = tuple(row.name for row in rows)
        self.names = names
        by_name: dict[str, int] = {}
        by_nfc: dict[str, int] = {}
        for position, name in enumerate(self.names):
            by_name.setdefault(name, position)
            if isinstance(name, str):
                by_nfc.setdefault(name_key(name), position)
        self.by_name = by_name
        self.by_nfc = by_nfc

    def find(self, name: str) -> int | None:
        position = self.by_name.get(name)
        if position is None and self.by_nfc:
            position = self.by_nfc.get(name_key(name)) if isinstance(name, str) else None
        return position
