"""A catalogue file (``skatecalc/data/text/*.toml``) read without importing ``tomllib``.

The catalogues use a small part of TOML: comments, ``[table.path]`` headers with bare keys
and ``key = "text"`` lines (a bare or a quoted key, a basic string without escapes). A
command prints words from them, so reading them is on every command's start-up path, and
``tomllib`` (with ``datetime`` and its regular expressions) costs a command some 5 ms to
import and parse. This reads that part line by line, building the same tables as
``tomllib.loads`` in the same order; any line outside that part, and anything TOML refuses
or this reader is not sure of (a key given twice, a table defined twice, a key that is also
a table), hands the whole text to ``tomllib``, which gives the result or the error.

>>> loads('# words\\n[word]\\npoints = "punten"\\n"mass start" = "massastart"\\n')
{'word': {'points': 'punten', 'mass start': 'massastart'}}
>>> loads('[word]\\npoints = 1\\n')  # not the catalogues' part of TOML: tomllib reads it
{'word': {'points': 1}}
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["loads"]

_TEXT = r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'
_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"  # a blank line or a comment
    r"|\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]"  # a table header
    rf"|(?:([A-Za-z0-9_-]+)|{_TEXT})[ \t]*=[ \t]*{_TEXT}"  # key = "text"
    r")[ \t]*"
)


def _fast(text: str) -> dict[str, Any] | None:
    """The tables of ``text``, or ``None`` when a line is outside the plain part or TOML
    might refuse it (then `tomllib` decides)."""
    root: dict[str, Any] = {}
    table = root
    defined: set[str] = set()
    for line in text.split("\n"):
        match = _LINE.fullmatch(line)
        if match is None:
            return None
        header, bare, quoted, value = match.groups()
        if header is not None:
            if header in defined:
                return None
            defined.add(header)
            table = root
            for part in header.split("."):
                inner = table.setdefault(part, {})
                if type(inner) is not dict:
                    return None
                table = inner
        elif value is not None:
            key = bare if bare is not None else quoted
            if key in table:
                return None
            table[key] = value
    return root


def loads(text: str) -> dict[str, Any]:
    """The tables of a catalogue file, as ``tomllib.loads(text)`` gives them."""
    tables = _fast(text)
    if tables is None:
        import tomllib

        tables = tomllib.loads(text)
    return tables
