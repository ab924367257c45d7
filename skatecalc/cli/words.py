"""The library's messages in command-line words.

The library's errors say how to fix a problem in Python terms (``after=9``,
``rules.override(division_b=[...])``, ``combination=...``); on the command line the same
advice names the option (``--after 9``, ``--table-b``, ``--combination NAME``).
`cli_words` rewrites the forms the library uses; a test runs the documented commands
with bad values and checks that no Python form reaches the terminal.
"""

from __future__ import annotations

import functools
import re

__all__ = ["cli_words"]

_AFTER = r"after=(None|\.\.\.|[^\s:;,)]+)"

_REWRITES: tuple[tuple[str, str], ...] = (
    (
        r"rules\.override\(division_b=\[\.\.\.\]\) \(points of B-places 1, 2, \.\.\.\),"
        r" or (--table-b [\d,]+) on the command line",
        r"\1 (points of B-places 1, 2, ...)",
    ),
    (
        r"rules\.override\(final=\[\.\.\.\]\) \(points of Final places 1, 2, \.\.\.\),"
        r" or (--table-final [\d,.]+) on the command line",
        r"\1 (points of Final places 1, 2, ...)",
    ),
    (
        r"rules\.override\(distances=\{\d+: \[\.\.\.\]\}\) \(points of places 1, 2, \.\.\.\),"
        r" or (--table-distance \d+=POINTS) \(place 1 first, comma-separated\) on the"
        r" command line",
        r"\1 (points of places 1, 2, ..., comma-separated)",
    ),
    (
        r"Rules\.custom\(\.\.\.\) with your own Division B table \(override\(distances="
        r"\.\.\.\) replaces the Division A table only\)",
        "a Division B table of your own (the command line has no option for it:"
        " --table-distance sets the Division A table only)",
    ),
    (
        r"rules\.override\(distances=\{\.\.\.\}\) or rules\.override\(division_a=\[\.\.\.\]\);"
        r" (--table-distance D=POINTS or --table-b) on the command line",
        r"\1",
    ),
    (
        r"rules\.override\(division_a=\[\.\.\.\]\), rules\.override\(division_b=\[\.\.\.\]\)"
        r" or rules\.override\(final=\[\.\.\.\]\); --table-b on the command line",
        "--table-b or --table-final",
    ),
    (
        r"rules\.override\(division_a=\[\.\.\.\]\) \(points of places 1, 2, \.\.\.\)",
        "a table of your own (points of places 1, 2, ...; the command line has no option"
        " for the Division A table)",
    ),
    (
        r"; build your own with worldcup\.Rules\.custom\(\.\.\.\)",
        "; choose one of them with --season",
    ),
    (r"\bgive after=None\b", "leave out --after"),
    (r"\bclassify with " + _AFTER, r"use --after \1"),
    (r"\bafter=None\b", "no --after"),
    (r"\bafter=\.\.\.", "--after N"),
    (r"\b" + _AFTER, r"--after \1"),
    (r"\bcombination=\.\.\.", "--combination NAME"),
    (r"\bcombination=([^\s:;,)]+)", r"--combination \1"),
)

_FORMS = ("override(", "Rules.custom(", "after=", "combination=")
"""Text every pattern of `_REWRITES` needs: a message with none of it is left as it is
(and the patterns are compiled only when one has it: start-up time)."""


@functools.cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in _REWRITES)


def cli_words(message: str) -> str:
    """``message`` with the library's Python forms replaced by command-line options.

    >>> cli_words("after=9: Sprint has 4 distances")
    '--after 9: Sprint has 4 distances'
    >>> cli_words("known seasons are 2017/18 to 2025/26;"
    ...           " build your own with worldcup.Rules.custom(...)")
    'known seasons are 2017/18 to 2025/26; choose one of them with --season'
    >>> cli_words("Ireen Wüst")
    'Ireen Wüst'
    """
    if not any(form in message for form in _FORMS):
        return message
    for pattern, replacement in _compiled():
        message = pattern.sub(replacement, message)
    return message
