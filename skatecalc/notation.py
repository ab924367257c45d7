"""The words every layer accepts and writes the same way: the output language, the gender,
the ordinal of a place. One normaliser each, used by the readers, the domains, the text
renderers and the command line alike.

    >>> normalise_lang("Dutch"), normalise_gender(" Women ")
    ('nl', 'women')
    >>> format_ordinal(22), format_ordinal(8, "nl")
    ('22nd', '8e')

This module imports nothing of skatecalc but its errors and `limits.shown`, so that every
layer can use it (points and gaps are written by
[`format_points`][skatecalc.samalog.format_points] and
[`format_gap`][skatecalc.samalog.format_gap]).

The one identity rule for skaters' names, used by every reader and every domain.

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
    skatecalc.errors.DuplicateError: skater 'Femke Kók' is spelled 'Femke Kok' elsewhere: case and accents count in names, use one spelling

Small text helpers shared by the text output of every table (no I/O, no layout).

>>> printable("Femke Kok"), printable("Ireen Wüst"), printable("Dai Dai N'tab")
('Femke Kok', 'Ireen Wüst', "Dai Dai N'tab")
>>> printable("\\x1b[31mRed\\x1b[0m")
'\\\\x1b[31mRed\\\\x1b[0m'
"""  # noqa: E501

from __future__ import annotations

import functools
import unicodedata

from ._lazy import pattern
from .errors import DuplicateError, InvalidRuleError, ResultsError, SkatecalcError
from .limits import shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Literal, TypeAlias

__all__ = [
    "ACCEPTED",
    "GENDERS",
    "LANGS",
    "ZERO_WIDTH",
    "Gender",
    "Lang",
    "NameIndex",
    "check_spelling",
    "fold_key",
    "format_ordinal",
    "name_key",
    "normalise_gender",
    "normalise_lang",
    "printable",
    "variant_key",
]


if TYPE_CHECKING:
    Lang: TypeAlias = Literal["en", "nl"]
    """Notation of times and points: ``"en"`` is ISU notation (``1:46.38``, ``110.980``),
    ``"nl"`` Dutch notation (``1.46,38``, ``110,980``)."""
else:  # at run time a plain str (typing is not imported at start-up)
    Lang = str

LANGS: tuple[Lang, ...] = ("en", "nl")
"""The output languages: ``en`` English with ISU notation (``1:46.38``, ``110.980``), ``nl``
Dutch with Dutch notation (``1.46,38``, ``110,980``)."""

ACCEPTED: dict[str, Lang] = {
    "en": "en",
    "english": "en",
    "isu": "en",
    "nl": "nl",
    "dutch": "nl",
    "nederlands": "nl",
}
"""Every accepted spelling of a language (compared without regard to case) and what it means."""


def normalise_lang(value: object) -> Lang:
    """``"en"`` or ``"nl"`` for any accepted spelling of the output language.

    ``en``, ``english`` and ``isu`` mean English (ISU notation); ``nl``, ``dutch`` and
    ``nederlands`` mean Dutch; case does not matter (ASCII letters only). Anything else is
    refused with an [`InvalidRuleError`][skatecalc.errors.InvalidRuleError] that lists what
    is accepted.

    >>> normalise_lang("nl"), normalise_lang("English"), normalise_lang(normalise_lang("isu"))
    ('nl', 'en', 'en')
    >>> normalise_lang("de")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: unknown language 'de': use en or nl (also accepted: ...
    """
    if value == "en" or value == "nl":  # the common case, first
        return "en" if value == "en" else "nl"
    if isinstance(value, str) and len(value) <= 16 and value.isascii():
        lang = ACCEPTED.get(value.casefold())
        if lang is not None:
            return lang
    others = ", ".join(k for k in ACCEPTED if k not in LANGS)
    raise InvalidRuleError(
        f"unknown language {shown(value)}: use en or nl (also accepted: {others}, in any case)"
    )


if TYPE_CHECKING:
    Gender: TypeAlias = Literal["men", "women"]
    """The gender of a race, a cup, a selection order or a quota event."""
else:  # at run time a plain str (typing is not imported at start-up)
    Gender = str

GENDERS: tuple[Gender, ...] = ("men", "women")
"""The genders, in the order tables list them."""


def normalise_gender(value: object, *, error: type[SkatecalcError] = ResultsError) -> Gender:
    """``"men"`` or ``"women"``, in any case and with surrounding white space, else
    ``error`` (a [`ResultsError`][skatecalc.errors.ResultsError] unless the caller names
    another, e.g. a `FileFormatError` for a cell of a file). No other spelling is taken
    (``M``, ``heren``, ``male`` are refused, not guessed).

    >>> normalise_gender(" Women "), normalise_gender("MEN")
    ('women', 'men')
    >>> normalise_gender("mixed")
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: gender 'mixed' must be 'men' or 'women'
    """
    if value == "men" or value == "women":  # the common case, first
        return "men" if value == "men" else "women"
    if isinstance(value, str) and len(value) <= 16:
        folded = value.strip().lower()
        if folded == "men" or folded == "women":
            return "men" if folded == "men" else "women"
    raise error(f"gender {shown(value)} must be 'men' or 'women'")


def format_ordinal(n: int, lang: object = "en") -> str:
    """A place as an ordinal: ``1st``, ``2nd``, ``3rd``, ``11th`` in English; ``1e``, ``2e``
    in Dutch.

    >>> [format_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 111)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '111th']
    >>> format_ordinal(8, "nl")
    '8e'
    """
    if type(n) is not int or n < 0 or n >= 10**9:
        raise InvalidRuleError(f"place {shown(n)} is not a whole number from 0")
    if normalise_lang(lang) == "nl":
        return f"{n}e"
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
"""Characters removed from names: zero-width space, (non-)joiner, word joiner, BOM, soft hyphen."""

_DROP = {ord(c): None for c in ZERO_WIDTH}

_SPACES = pattern(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
"""A run of spaces of any kind (Unicode white space other than line breaks, which a quoted
CSV name may hold and which are kept)."""


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The identity of a name and the spelling shown: NFC, zero-width characters removed,
    every run of spaces (any Unicode space; line breaks are kept) one ASCII space, the
    ends stripped. Kept for the last 16,384 names asked (a World Cup asks for each
    skater's name in every race, several times).

    Idempotent: ``name_key(name_key(x)) == name_key(x)``.

    >>> name_key("  Miho\\u202fTakagi\\t"), name_key("Wu\\u0308st") == "Wüst"
    ('Miho Takagi', True)
    """
    # printable: no white space but the ASCII space (nor a line break, nor a control)
    if name.isascii() and name.isprintable() and "  " not in name and name == name.strip():
        return name  # the common case, before any copy: ASCII is NFC and has no zero-width
    text = unicodedata.normalize("NFC", name.translate(_DROP)).strip()
    if text.isprintable() and "  " not in text:
        return text  # no run of spaces to fold (accented names too)
    return _SPACES.sub(" ", text)


@functools.lru_cache(maxsize=16384)
def variant_key(name: str) -> str:
    """`name_key` with case and accents folded: equal for spellings that differ only there.

    Used only to find such spellings and refuse them (never to join two names). Kept for
    the last 16,384 names asked (a World Cup reads each skater's name in every race).

    >>> variant_key("Femke Kók") == variant_key("femke kok")
    True
    """
    key = name_key(name)
    if key.isascii():
        return key.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFD", key)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).casefold()


_HYPHENS_AND_SPACES = pattern(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]+")
_NO_HYPHENS_OR_SPACES = dict.fromkeys(map(ord, " -\u2010\u2011\u2012\u2013\u2014\u2212"))
"""The characters `_HYPHENS_AND_SPACES` removes from a printable text (its only space is
the ASCII space)."""


@functools.lru_cache(maxsize=16384)
def fold_key(name: str) -> str:
    """`variant_key` with spaces and hyphens removed: the identity of one skater across
    documents (with the nation), as official documents spell names differently
    (``Andzelika WÓJCIK`` / ``Andżelika Wójcik``, ``Min-Sun Kim`` / ``Minsun Kim``).

    Used only to join spellings across sources, and every join is reported (see
    `skatecalc.io.spellings`); inside one source spellings must still match exactly.

    >>> fold_key("Min-Sun KIM") == fold_key("Minsun Kim") == fold_key("Min Sun Kim")
    True
    >>> fold_key("Na-Hyun LEE") == fold_key("Na-Hyeon Lee")  # a transliteration: never
    False
    """
    key = variant_key(name)
    if key.isprintable():  # no white space but the ASCII space: the hyphens and spaces go
        return key.translate(_NO_HYPHENS_OR_SPACES)
    return _HYPHENS_AND_SPACES.sub("", key)


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
