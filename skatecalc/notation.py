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
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from .errors import InvalidRuleError, ResultsError, SkatecalcError
from .limits import shown

__all__ = [
    "ACCEPTED",
    "GENDERS",
    "LANGS",
    "Gender",
    "Lang",
    "format_ordinal",
    "normalise_gender",
    "normalise_lang",
]

Lang: TypeAlias = Literal["en", "nl"]
"""Notation of times and points: ``"en"`` is ISU notation (``1:46.38``, ``110.980``),
``"nl"`` Dutch notation (``1.46,38``, ``110,980``)."""

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


Gender: TypeAlias = Literal["men", "women"]
"""The gender of a race, a cup, a selection order or a quota event."""

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
