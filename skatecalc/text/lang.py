"""The output language: one normaliser for every ``lang`` argument and ``--lang`` option.

>>> normalise_lang("nl"), normalise_lang("English"), normalise_lang("NL")
('nl', 'en', 'nl')
"""

from __future__ import annotations

from ..errors import InvalidRuleError
from ..limits import shown
from ..time import Lang

__all__ = ["ACCEPTED", "LANGS", "Lang", "normalise_lang"]

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
"""Every accepted spelling (compared without regard to case) and the language it means."""


def normalise_lang(value: object) -> Lang:
    """``"en"`` or ``"nl"`` for any accepted spelling of the output language.

    ``en``, ``english`` and ``isu`` mean English (ISU notation); ``nl``, ``dutch`` and
    ``nederlands`` mean Dutch; case does not matter (ASCII letters only). Anything else is
    refused with an
    [`InvalidRuleError`][skatecalc.errors.InvalidRuleError] that lists what is accepted.

    >>> normalise_lang("Dutch"), normalise_lang(normalise_lang("isu"))
    ('nl', 'en')
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
